/**
 * The A–Z index on the search page: every piece of content of a locale, grouped by its first letter in the
 * reader's alphabet. It is what readers without JavaScript get instead of the search.
 */
import type { LocaleCode } from '#/i18n/locales.ts'
import { htmlLang } from '#/i18n/routing.ts'

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

/** An entry of the index with the group (first letter) it is listed under. */
export type AzRow = { entry: AzEntry; letter: string; group: number }
/** Where a letter's entries start: its group's position in the index and the page of its first entry. */
export type AzLetter = { letter: string; group: number; page: number }

/**
 * The index as one list in A–Z order, and for each letter the page (of `size` entries) its first entry is on,
 * so the index can be split into numbered pages and each letter linked to where it starts.
 */
export function azRows(groups: AzGroup[], size: number): { rows: AzRow[]; letters: AzLetter[] } {
  const rows: AzRow[] = []
  const letters: AzLetter[] = []
  groups.forEach((group, index) => {
    letters.push({ letter: group.letter, group: index, page: Math.floor(rows.length / size) + 1 })
    for (const entry of group.entries) rows.push({ entry, letter: group.letter, group: index })
  })
  return { rows, letters }
}
