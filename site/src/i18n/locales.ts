/**
 * The content languages come from the contract the CMS is built on, so the site and the CMS can never disagree about them.
 */
export {
  locales,
  localeCodes,
  sourceLocale,
  translationLocales,
  type LocaleCode,
  type LocaleDefinition,
} from '@ki/contract'
