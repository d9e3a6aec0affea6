import { localeCodes, type LocaleCode } from '#/i18n/locales.ts'
import { htmlLang, pathForLocale } from '#/i18n/routing.ts'

/**
 * The hreflang value of a locale. Leichte Sprache is German (`<html lang="de">`) but needs its own
 * alternate, so it keeps its private-use code.
 */
export function hreflang(code: LocaleCode): string {
  return code === 'de-x-ls' ? code : htmlLang(code)
}

/** Alternates for site sections whose address differs only in the locale prefix (documents, 404, …). */
export function sectionAlternates(path: string): Record<LocaleCode, string> {
  return Object.fromEntries(localeCodes.map((code) => [code, pathForLocale(path, code)])) as Record<LocaleCode, string>
}
