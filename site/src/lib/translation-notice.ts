import { sourceLocale, type LocaleCode } from '#/i18n/locales.ts'
import type { TranslationState } from '#/loaders/schemas.ts'

/**
 * What a translated page says about its translation: shown in German (fallback), partly translated (the fields
 * without a translation appear in German: a partial translation counts as a translation, with this notice),
 * older than the German text (outdated, with a link to the German original), or nothing.
 */
export type TranslationNotice = 'fallback' | 'partial' | 'outdated' | null

/**
 * The notice for an event, organisation or document: `fellBack` lists, per localized field it shows, whether that
 * field appears in German because this locale has no text for it.
 */
export function entryTranslationNotice(
  state: TranslationState | undefined,
  locale: LocaleCode,
  fellBack: boolean[],
): TranslationNotice {
  if (locale === sourceLocale) return null
  if (state === 'outdated') return 'outdated'
  if (!fellBack.some(Boolean)) return null
  return fellBack.every(Boolean) || state === 'missing' || state === undefined ? 'fallback' : 'partial'
}
