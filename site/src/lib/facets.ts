/**
 * Filters that combine, without JavaScript: a list (the organisations directory, the upcoming events) is filtered
 * by up to three facets at once, and every combination with at least one entry is a pre-rendered page of its own.
 * A selection has one address: its facets in the order they are declared, e.g.
 * /de/organisationen/bezirk/osterfeld/sprache/ar/ (never …/sprache/ar/bezirk/osterfeld/). Only non-empty
 * combinations get a page, so their number is bounded by what the entries have (an entry with one district, L
 * languages and F fields appears on at most 1 + 2L + 2F + 2LF combination pages), not by the product of all values.
 */
import { laterPages } from './pagination.ts'

/** One way of filtering a list: its address segment, every value in display order, and the values of an entry. */
export type Facet<T> = {
  key: string
  values: readonly string[]
  of: (entry: T) => readonly string[]
}

/** The chosen value per facet key; a facet not in it is not filtered on. */
export type Selection = Readonly<Record<string, string>>

/** A selection with at least one entry, and how many. */
export type Combination = { selection: Selection; count: number }

/** The address segments of a selection, in the facets' order: "bezirk/osterfeld/sprache/ar/" ('' for none). */
export function selectionPath<T>(facets: readonly Facet<T>[], selection: Selection): string {
  return facets
    .filter((facet) => selection[facet.key] !== undefined)
    .map((facet) => `${facet.key}/${selection[facet.key]}/`)
    .join('')
}

export function matchesSelection<T>(entry: T, facets: readonly Facet<T>[], selection: Selection): boolean {
  return facets.every((facet) => {
    const chosen = selection[facet.key]
    return chosen === undefined || facet.of(entry).includes(chosen)
  })
}

export function selectEntries<T>(entries: readonly T[], facets: readonly Facet<T>[], selection: Selection): T[] {
  return entries.filter((entry) => matchesSelection(entry, facets, selection))
}

/** The selections one entry appears under (the empty one excluded), each once. */
function selectionsOf<T>(entry: T, facets: readonly Facet<T>[]): Selection[] {
  let selections: Selection[] = [{}]
  for (const facet of facets) {
    const values = [...new Set(facet.of(entry))].filter((value) => facet.values.includes(value))
    selections = selections.flatMap((selection) => [
      selection,
      ...values.map((value) => ({ ...selection, [facet.key]: value })),
    ])
  }
  return selections.filter((selection) => Object.keys(selection).length > 0)
}

/**
 * Every non-empty selection with its count, in a stable order (by number of facets, then by the facets' value order):
 * the filter pages a build renders.
 */
export function combinations<T>(entries: readonly T[], facets: readonly Facet<T>[]): Combination[] {
  const found = new Map<string, Combination>()
  for (const entry of entries)
    for (const selection of selectionsOf(entry, facets)) {
      const path = selectionPath(facets, selection)
      const known = found.get(path)
      if (known) known.count += 1
      else found.set(path, { selection, count: 1 })
    }
  // Fewer facets first; then by which facets are chosen (district before language …); then by the values' order.
  const rank = ({ selection }: Combination) => [
    Object.keys(selection).length,
    ...facets.map((facet) => (selection[facet.key] === undefined ? 1 : 0)),
    ...facets.map((facet) => facet.values.indexOf(selection[facet.key] ?? '')),
  ]
  return [...found.values()].sort((a, b) => {
    const [left, right] = [rank(a), rank(b)]
    const differs = left.findIndex((value, index) => value !== right[index])
    return differs === -1 ? 0 : left[differs] - right[differs]
  })
}

/** One choice in a facet's group: the selection it leads to and how many entries that shows. */
export type FacetOption = { value: string | null; selection: Selection; count: number; current: boolean }

/**
 * The choices of each facet from the current selection: first "all" (the facet removed), then every value with
 * entries once the facet is changed to it (values that would show none are left out), with the count of entries
 * that selection shows.
 */
export function facetOptions<T>(
  entries: readonly T[],
  facets: readonly Facet<T>[],
  selection: Selection,
): { facet: Facet<T>; options: FacetOption[] }[] {
  return facets.map((facet) => {
    const { [facet.key]: chosen, ...others } = selection
    const rest = selectEntries(entries, facets, others)
    const counts = new Map<string, number>()
    for (const entry of rest)
      for (const value of new Set(facet.of(entry))) counts.set(value, (counts.get(value) ?? 0) + 1)
    return {
      facet,
      options: [
        { value: null, selection: others, count: rest.length, current: chosen === undefined },
        ...facet.values
          .filter((value) => (counts.get(value) ?? 0) > 0)
          .map((value) => ({
            value,
            selection: { ...others, [facet.key]: value },
            count: counts.get(value) ?? 0,
            current: chosen === value,
          })),
      ],
    }
  })
}

/**
 * The pages of every combination: page 1 at the selection's path, the others at …/seite/N, as the rest parameter of a
 * `[...selection]` route (no trailing slash).
 */
export function combinationPages<T>(
  facets: readonly Facet<T>[],
  found: readonly Combination[],
  size: number,
): { path: string; selection: Selection; page: number; count: number }[] {
  return found.flatMap(({ selection, count }) => {
    const path = selectionPath(facets, selection).slice(0, -1)
    return [1, ...laterPages(count, size)].map((page) => ({
      path: page === 1 ? path : `${path}/seite/${page}`,
      selection,
      page,
      count,
    }))
  })
}
