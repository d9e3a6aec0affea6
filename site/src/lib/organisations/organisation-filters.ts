/**
 * The directory of migrant organisations filters by language, district or field of activity without
 * JavaScript: each filter value is its own pre-rendered page, e.g. /de/organisationen/sprache/tr/,
 * /de/organisationen/bezirk/sterkrade/, /de/organisationen/feld/sport/.
 * Also the directory as downloadable data (JSON, CSV) – only what the CMS API publishes, so contact
 * details appear only where the organisation consented.
 */
import { districts } from '@ki/contract'
import { csvLines } from '#/lib/csv.ts'
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

export function alphabetical(organisations: Organisation[]): Organisation[] {
  return [...organisations].sort((a, b) => a.name.localeCompare(b.name, 'de'))
}

export function filteredOrganisations(
  organisations: Organisation[],
  filter: Pick<OrganisationFilter, 'kind' | 'value'> | null,
  fields: ActivityField[],
): Organisation[] {
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
