/**
 * The directory of migrant organisations filters by district, language and field of activity, combined, without
 * JavaScript: each non-empty combination is its own pre-rendered page, e.g. /de/organisationen/sprache/tr/,
 * /de/organisationen/bezirk/osterfeld/sprache/ar/, /de/organisationen/bezirk/sterkrade/feld/sport/ (#/lib/facets.ts).
 * Also the directory as downloadable data (JSON, CSV) – only what the CMS API publishes, so contact
 * details appear only where the organisation consented.
 */
import { districts } from '@ki/contract'
import { csvLines } from '#/lib/csv.ts'
import { combinationPages, combinations, type Facet } from '#/lib/facets.ts'
import { pageSizes } from '#/lib/pagination.ts'
import type { ActivityField, Organisation } from '#/loaders/schemas.ts'

export type OrganisationFilter = { kind: 'sprache' | 'bezirk' | 'feld'; value: string; count: number }

/** The city's districts (from the contract), in the order of the map and the filters. */
export { districts }

export function matchesOrganisationFilter(
  org: Organisation,
  filter: Pick<OrganisationFilter, 'kind' | 'value'>,
  fields: ActivityField[],
): boolean {
  switch (filter.kind) {
    case 'sprache':
      return (org.languages ?? []).includes(filter.value)
    case 'bezirk':
      return org.district === filter.value
    case 'feld': {
      const field = fields.find((each) => each.slug === filter.value)
      return field !== undefined && (org.fields ?? []).includes(field.id)
    }
  }
}

const byGermanName = new Intl.Collator('de').compare
/** Sorted once per list: every numbered page of a filtered directory and every language sorts the same selection. */
const sorted = new WeakMap<readonly Organisation[], readonly Organisation[]>()

/** By name as German sorts it (a new list; the same one for the same list of organisations). */
export function alphabetical(organisations: readonly Organisation[]): readonly Organisation[] {
  let list = sorted.get(organisations)
  if (!list) sorted.set(organisations, (list = [...organisations].sort((a, b) => byGermanName(a.name, b.name))))
  return list
}

export function filteredOrganisations(
  organisations: Organisation[],
  filter: Pick<OrganisationFilter, 'kind' | 'value'> | null,
  fields: ActivityField[],
): readonly Organisation[] {
  return alphabetical(
    filter ? organisations.filter((org) => matchesOrganisationFilter(org, filter, fields)) : organisations,
  )
}

/**
 * Every filter value with at least one organisation and how many match: districts in map order,
 * languages most frequent first, fields in editorial order.
 */
export function availableOrganisationFilters(
  organisations: Organisation[],
  fields: ActivityField[],
): OrganisationFilter[] {
  const count = (filter: Pick<OrganisationFilter, 'kind' | 'value'>) =>
    organisations.filter((org) => matchesOrganisationFilter(org, filter, fields)).length
  const languages = [...new Set(organisations.flatMap((org) => org.languages ?? []))]
  const withCounts = (kind: OrganisationFilter['kind'], values: string[]) =>
    values.map((value) => ({ kind, value, count: count({ kind, value }) })).filter((filter) => filter.count > 0)
  return [
    ...withCounts('bezirk', [...districts]),
    ...withCounts('sprache', languages).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
    ...withCounts(
      'feld',
      [...fields].sort((a, b) => (a.order ?? 0) - (b.order ?? 0)).map((field) => field.slug),
    ),
  ]
}

/**
 * The directory's facets, in the order of their address segments (bezirk/…/sprache/…/feld/…/): districts in map
 * order, languages most frequent first, fields in editorial order.
 */
export function organisationFacets(organisations: Organisation[], fields: ActivityField[]): Facet<Organisation>[] {
  const spoken = new Map<string, number>()
  for (const org of organisations)
    for (const language of new Set(org.languages ?? [])) spoken.set(language, (spoken.get(language) ?? 0) + 1)
  const languages = [...spoken.keys()].sort((a, b) => spoken.get(b)! - spoken.get(a)! || a.localeCompare(b))
  const slugOf = new Map(fields.map((field) => [field.id, field.slug]))
  return [
    { key: 'bezirk', values: districts, of: (org) => [org.district] },
    { key: 'sprache', values: languages, of: (org) => org.languages ?? [] },
    {
      key: 'feld',
      values: [...fields].sort((a, b) => (a.order ?? 0) - (b.order ?? 0)).map((field) => field.slug),
      of: (org) => (org.fields ?? []).flatMap((id) => slugOf.get(id) ?? []),
    },
  ]
}

/**
 * Every combination of district, language and field that has organisations, page by page: the filtered directory
 * pages, `path` below /organisationen/ ("bezirk/osterfeld/sprache/ar", "…/seite/2").
 */
export function organisationFilterPages(organisations: Organisation[], fields: ActivityField[]) {
  const facets = organisationFacets(organisations, fields)
  return combinationPages(facets, combinations(organisations, facets), pageSizes.organisations)
}

/** Columns of organisationen.csv, in order; documented on the directory page. */
export const csvColumns = [
  'name',
  'slug',
  'district',
  'quarter',
  'street',
  'postcode',
  'lat',
  'lng',
  'languages',
  'communities',
  'fields',
  'website',
  'founded',
  'network_member',
  'contact_person',
  'contact_email',
  'contact_phone',
  'description_de',
  'url',
] as const

export type DirectoryRecord = Record<(typeof csvColumns)[number], string | number | boolean | null>

export function directoryRecord(org: Organisation, fields: ActivityField[], url: string): DirectoryRecord {
  const fieldSlugs = (org.fields ?? [])
    .map((id) => fields.find((field) => field.id === id)?.slug)
    .filter((slug): slug is string => Boolean(slug))
  return {
    name: org.name,
    slug: org.slug,
    district: org.district,
    quarter: org.quarter ?? null,
    street: org.address?.street ?? null,
    postcode: org.address?.postcode ?? null,
    lat: org.address?.lat ?? null,
    lng: org.address?.lng ?? null,
    languages: (org.languages ?? []).join('|'),
    communities: (org.communities ?? []).join('|'),
    fields: fieldSlugs.join('|'),
    website: org.website ?? null,
    founded: org.founded ?? null,
    network_member: org.networkMember === true,
    contact_person: org.contact?.person ?? null,
    contact_email: org.contact?.email ?? null,
    contact_phone: org.contact?.phone ?? null,
    description_de: org.description?.de ?? null,
    url,
  }
}

export function toCsv<T extends readonly string[]>(
  columns: T,
  rows: Record<T[number], string | number | boolean | null>[],
): string {
  return csvLines([columns, ...rows.map((row) => columns.map((column: T[number]) => row[column]))])
}
