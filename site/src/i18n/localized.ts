import { sourceLocale, type LocaleCode } from './locales.ts'
import { fallbackFor } from './routing.ts'

/** A field as the CMS returns it with `locale=all`: one value per locale, missing or null where not translated. */
export type Localized<T> = Partial<Record<LocaleCode, T | null>>

export type Picked<T> = {
  value: T
  /** The locale the value is written in. */
  locale: LocaleCode
  /** True when the reader's locale had no value and German is shown instead. */
  fellBack: boolean
}

function present<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined && value !== ''
}

/**
 * The value for `locale`, or the German one when it is not translated.
 * Returns null only when German is missing too; callers decide whether that is an error.
 */
export function pickLocalized<T>(field: Localized<T> | null | undefined, locale: LocaleCode): Picked<T> | null {
  const own = field?.[locale]
  if (present(own)) return { value: own, locale, fellBack: false }
  const fallback = fallbackFor(locale)
  const german = fallback ? field?.[fallback] : undefined
  if (fallback && present(german)) return { value: german, locale: fallback, fellBack: true }
  return null
}

/** Like pickLocalized, for fields the schema guarantees in German: never null. */
export function localized<T>(field: Localized<T>, locale: LocaleCode, what: string): T {
  const picked = pickLocalized(field, locale)
  if (!picked) throw new Error(`${what} has no text in "${locale}" nor in "${sourceLocale}"`)
  return picked.value
}

/** Like pickLocalized, for fields the schema guarantees in German: never null. */
export function pickRequired<T>(field: Localized<T>, locale: LocaleCode, what: string): Picked<T> {
  const picked = pickLocalized(field, locale)
  if (!picked) throw new Error(`${what} has no text in "${locale}" nor in "${sourceLocale}"`)
  return picked
}
