import { locales, sourceLocale, type LocaleCode } from './locales.ts'

type Locale = (typeof locales)[number]

const byCode = new Map<string, Locale>(locales.map((locale) => [locale.code, locale]))
const byPath = new Map<string, Locale>(locales.map((locale) => [locale.path, locale]))

export function isLocaleCode(value: string): value is LocaleCode {
  return byCode.has(value)
}

export function localeDefinition(code: LocaleCode): Locale {
  const locale = byCode.get(code)
  if (!locale) throw new Error(`Unknown locale code "${code}"`)
  return locale
}

/** The locale whose URL prefix starts `path`; paths without a known prefix belong to German. */
export function localeFromPath(path: string): LocaleCode {
  const firstSegment = path.split('/').filter(Boolean)[0] ?? ''
  return byPath.get(firstSegment)?.code ?? sourceLocale
}

/** The URL prefix segment of a locale, e.g. `leichte-sprache` for `de-x-ls`. */
export function localePath(code: LocaleCode): string {
  return localeDefinition(code).path
}

/** The code for a URL prefix segment, or undefined when the segment is no locale. */
export function localeFromPathSegment(segment: string): LocaleCode | undefined {
  return byPath.get(segment)?.code
}

/**
 * The same path under another locale's prefix: `/de/dokumente/` → `/tr/dokumente/`.
 * Only the prefix changes; pages with translated slugs get their address from the page tree.
 */
export function pathForLocale(path: string, code: LocaleCode): string {
  const segments = path.split('/').filter(Boolean)
  if (segments.length > 0 && byPath.has(segments[0])) segments.shift()
  const rest = segments.join('/')
  const trailingSlash = rest === '' || path.endsWith('/') ? '/' : ''
  return `/${[localePath(code), rest].filter(Boolean).join('/')}${trailingSlash}`
}

/** The locale shown when content is missing in `code`: German for every translation, none for German itself. */
export function fallbackFor(code: LocaleCode): LocaleCode | null {
  return code === sourceLocale ? null : sourceLocale
}

export function htmlLang(code: LocaleCode): string {
  return localeDefinition(code).htmlLang
}

export function isRtl(code: LocaleCode): boolean {
  return localeDefinition(code).rtl
}
