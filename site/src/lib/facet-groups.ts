/**
 * What a filtered list shows of its selection (#/lib/facets.ts): the filter groups as links with counts (each option
 * changes one facet; "Alle" removes it), the selection in words for the heading, and the entries it selects.
 */
import type { LocaleCode } from '#/i18n/locales.ts'
import { t } from '#/i18n/ui.ts'
import { facetOptions, selectEntries, selectionPath, type Facet, type FacetOption, type Selection } from './facets.ts'

/** Arabic and Persian separate a list with the Arabic comma. */
const arabicScript: ReadonlySet<LocaleCode> = new Set(['ar', 'fa'])

/** "7 Organisationen", "1 Organisation": how many entries a list shows (`orgs.count` / `orgs.countOne`). */
export function entryCount(locale: LocaleCode, kind: 'orgs' | 'events', count: number): string {
  return count === 1 ? t(locale, `${kind}.countOne`) : t(locale, `${kind}.count`, { count })
}

type SelectionFacts<T> = { options: { facet: Facet<T>; options: FacetOption[] }[]; entries: T[] }

/**
 * The options and entries of each selection, per list of entries: they are the same on every numbered page of the
 * selection and in every language, so a build computes them once per selection instead of once per page (each time a
 * pass over the whole list per facet; at 1k entries the filter pages spent most of their time here).
 */
const factsOf = new WeakMap<readonly unknown[], Map<string, SelectionFacts<unknown>>>()

function selectionFacts<T>(
  entries: readonly T[],
  facets: readonly Facet<T>[],
  selection: Selection,
): SelectionFacts<T> {
  const key = `${facets.map((facet) => `${facet.key}=${facet.values.join(',')}`).join('&')}#${selectionPath(facets, selection)}`
  let known = factsOf.get(entries)
  if (!known) factsOf.set(entries, (known = new Map<string, SelectionFacts<unknown>>()))
  const found = known.get(key) as SelectionFacts<T> | undefined
  if (found) return found
  const facts = {
    options: facetOptions(entries, facets, selection),
    entries: selectEntries(entries, facets, selection),
  }
  known.set(key, facts as SelectionFacts<unknown>)
  return facts
}

export type FacetGroup = { legend: string; options: { label: string; href: string; current: boolean }[] }

export function facetGroups<T>(input: {
  locale: LocaleCode
  entries: readonly T[]
  facets: readonly Facet<T>[]
  selection: Selection
  /** The unfiltered list's address; a selection's is below it. */
  base: string
  legends: Readonly<Record<string, string>>
  labelOf: (key: string, value: string) => string
}): {
  entries: T[]
  groups: FacetGroup[]
  /** The chosen facets in address order, in words. */
  chosen: { legend: string; label: string }[]
  /** "Stadtbezirk: Osterfeld, Sprache: Arabisch". */
  description: string
  url: string
} {
  const { locale, entries, facets, selection, base, legends, labelOf } = input
  const url = (each: Selection) => `${base}${selectionPath(facets, each)}`
  const facts = selectionFacts(entries, facets, selection)
  const groups = facts.options.map(({ facet, options }) => ({
    legend: legends[facet.key],
    options: options.map((option) => ({
      label: `${option.value === null ? t(locale, 'filters.all') : labelOf(facet.key, option.value)} (${option.count})`,
      href: url(option.selection),
      current: option.current,
    })),
  }))
  const chosen = facets
    .filter((facet) => selection[facet.key] !== undefined)
    .map((facet) => ({ legend: legends[facet.key], label: labelOf(facet.key, selection[facet.key]) }))
  return {
    entries: facts.entries,
    groups,
    chosen,
    description: chosen.map((each) => `${each.legend}: ${each.label}`).join(arabicScript.has(locale) ? '، ' : ', '),
    url: url(selection),
  }
}
