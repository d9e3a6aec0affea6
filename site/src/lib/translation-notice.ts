import { sourceLocale, type LocaleCode } from '#/i18n/locales.ts'
import type { LanguageReview, TranslationState } from '#/loaders/schemas.ts'

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

/**
 * What a page in a reader's language says about the check of its text by a person: Leichte Sprache checked by a
 * Prüfgruppe carries the mark with the group and the date; any translated text not yet checked says so (for Leichte
 * Sprache: not yet checked by the readers it is written for; otherwise: not yet by a native speaker). A checked
 * translation says nothing, and no reviewer's name is published outside Leichte Sprache. German, and a page shown
 * in German because it is not translated, say nothing.
 */
export type ReviewNote = { checkedBy: string; checkedOn: string } | 'unchecked' | null

export const easyLanguage: LocaleCode = 'de-x-ls'

export function reviewNote(
  review: LanguageReview | undefined,
  locale: LocaleCode,
  notice: TranslationNotice,
): ReviewNote {
  if (locale === sourceLocale || notice === 'fallback') return null
  const by = review?.languageReviewedBy?.[locale]
  const on = review?.languageReviewedOn?.[locale]
  if (by && on) return locale === easyLanguage ? { checkedBy: by, checkedOn: on } : null
  return 'unchecked'
}
