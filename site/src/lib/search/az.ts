/**
 * The A–Z index on the search page: every piece of content of a locale, grouped by its first letter in the
 * reader's alphabet. It is what readers without JavaScript get instead of the search.
 */
import type { LocaleCode } from '../../i18n/locales.ts'
import { htmlLang } from '../../i18n/routing.ts'

export type AzEntry = { title: string; href: string; type: string; lang?: string }
export type AzGroup = { letter: string; entries: AzEntry[] }

/** `Ärzte` files under A in German, `Çocuk` under Ç in Turkish; digits and signs under `#`. */
export function azGroups(entries: AzEntry[], locale: LocaleCode): AzGroup[] {
  const lang = htmlLang(locale)
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true })
  const base = new Intl.Collator(lang, { sensitivity: 'base' })
  const sorted = [...entries].sort((a, b) => collator.compare(a.title, b.title) || a.href.localeCompare(b.href))
  const groups: AzGroup[] = []
  for (const entry of sorted) {
    const first = [...entry.title.trim()][0] ?? '#'
    const letter = /\p{L}/u.test(first) ? first.toLocaleUpperCase(lang) : '#'
    const group = groups.find((each) => base.compare(each.letter, letter) === 0)
    if (group) group.entries.push(entry)
    else groups.push({ letter, entries: [entry] })
  }
  return groups
}
