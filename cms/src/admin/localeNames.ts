import { locales, spokenLanguages } from '@ki/contract'

const germanNames: Readonly<Record<string, string>> = spokenLanguages

/** A content locale by its German name, as editors read it ("Leichte Sprache", "Arabisch"), not by its code. */
export function localeName(code: string): string {
  return germanNames[code] ?? locales.find((locale) => locale.code === code)?.label ?? code
}
