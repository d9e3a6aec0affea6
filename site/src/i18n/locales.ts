/**
 * The content languages come from the CMS, so the site and the CMS can never disagree about them.
 */
export {
  locales,
  localeCodes,
  sourceLocale,
  translationLocales,
  type LocaleCode,
  type LocaleDefinition,
} from '../../../cms/src/i18n/locales.ts'
