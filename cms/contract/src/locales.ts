/**
 * The content languages of the portal. German is the source; every other locale falls back to it.
 * `htmlLang` is what the public site writes into `<html lang>` (Leichte Sprache is German).
 * `path` is the URL prefix on the public site.
 */
export type LocaleDefinition = {
  code: string
  label: string
  htmlLang: string
  path: string
  rtl: boolean
}

export const locales = [
  { code: 'de', label: 'Deutsch', htmlLang: 'de', path: 'de', rtl: false },
  { code: 'de-x-ls', label: 'Leichte Sprache', htmlLang: 'de', path: 'leichte-sprache', rtl: false },
  { code: 'en', label: 'English', htmlLang: 'en', path: 'en', rtl: false },
  { code: 'tr', label: 'Türkçe', htmlLang: 'tr', path: 'tr', rtl: false },
  { code: 'ar', label: 'العربية', htmlLang: 'ar', path: 'ar', rtl: true },
  { code: 'fa', label: 'فارسی / دری', htmlLang: 'fa', path: 'fa', rtl: true },
  { code: 'uk', label: 'Українська', htmlLang: 'uk', path: 'uk', rtl: false },
  { code: 'ru', label: 'Русский', htmlLang: 'ru', path: 'ru', rtl: false },
  { code: 'pl', label: 'Polski', htmlLang: 'pl', path: 'pl', rtl: false },
  { code: 'ro', label: 'Română', htmlLang: 'ro', path: 'ro', rtl: false },
  { code: 'bg', label: 'Български', htmlLang: 'bg', path: 'bg', rtl: false },
] as const satisfies readonly LocaleDefinition[]

export type LocaleCode = (typeof locales)[number]['code']
export const localeCodes: LocaleCode[] = locales.map((locale) => locale.code)
export const sourceLocale: LocaleCode = 'de'
export const translationLocales = localeCodes.filter((code) => code !== sourceLocale)
