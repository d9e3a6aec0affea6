/**
 * The directory as open data with the field names of Open Referral's Human Services Data Specification (HSDS 3.0,
 * which Open Referral UK profiles): each organisation is an `organization` with its `services` (what it offers, in
 * which `languages`, for which fields of activity as `attributes`), `locations` (address and coordinates) and
 * `contacts` (person, e-mail, `phones`). What HSDS has no field for carries an `x_` prefix. Contact details are only
 * what the CMS API publishes, i.e. only where the organisation consented; without them there is no `contacts` entry
 * and no `email`. Identifiers are UUIDs derived from the organisation's slug, so they stay the same between builds.
 */
import { createHash } from 'node:crypto'
import { languageName } from '#/i18n/format.ts'
import type { ActivityField, Organisation } from '#/loaders/schemas.ts'

/** The namespace of this portal's identifiers (UUID v5, RFC 9562), itself a v5 UUID of the URL namespace. */
const NAMESPACE = uuidV5('https://www.oberhausen.de/ki/organisationen', '6ba7b811-9dad-11d1-80b4-00c04fd430c8')

/** A name-based UUID (version 5, SHA-1) of `name` in `namespace`. */
export function uuidV5(name: string, namespace: string = NAMESPACE): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16)
  bytes[6] = (bytes[6] & 0x0f) | 0x50
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

export type HsdsLanguage = { id: string; name: string; code: string }
export type HsdsPhone = { id: string; number: string }
export type HsdsContact = {
  id: string
  organization_id: string
  name: string | null
  email: string | null
  phones: HsdsPhone[]
}
export type HsdsAddress = {
  id: string
  location_id: string
  address_1: string
  city: string
  state_province: string
  postal_code: string
  country: string
  address_type: 'physical'
}
export type HsdsLocation = {
  id: string
  organization_id: string
  location_type: 'physical'
  name: string
  latitude: number | null
  longitude: number | null
  addresses: HsdsAddress[]
}
export type HsdsAttribute = {
  id: string
  link_id: string
  link_entity: 'service'
  taxonomy_term_id: string
  taxonomy_term: { id: string; code: string; name: string; vocabulary: string }
}
export type HsdsService = {
  id: string
  organization_id: string
  name: string
  description: string
  url: string
  status: 'active'
  /** The day the organisation last confirmed its entry ("Angaben bestätigt am"), YYYY-MM-DD, or null. */
  assured_date: string | null
  languages: HsdsLanguage[]
  attributes: HsdsAttribute[]
}
export type HsdsOrganization = {
  id: string
  name: string
  description: string
  email: string | null
  website: string | null
  year_incorporated: number | null
  uri: string
  services: HsdsService[]
  locations: HsdsLocation[]
  contacts: HsdsContact[]
  x_slug: string
  x_district: string
  x_quarter: string | null
  x_communities: string[]
  x_network_member: boolean
  /** The description in every language the CMS has it in (`description` is the German one). */
  x_descriptions: Record<string, string>
  x_sample: boolean
}

const VOCABULARY = 'ki-oberhausen-taetigkeitsfelder'

const isoDay = (value: string | null | undefined) => (value ? value.slice(0, 10) : null)

/** One organisation as an HSDS `organization`; `page` is its page on this site. */
export function hsdsOrganization(org: Organisation, fields: ActivityField[], page: string): HsdsOrganization {
  const id = uuidV5(`organisation:${org.slug}`)
  const serviceId = uuidV5(`service:${org.slug}`)
  const descriptions = Object.fromEntries(
    Object.entries(org.description ?? {}).filter((entry): entry is [string, string] => Boolean(entry[1])),
  )
  const person = org.contact?.person ?? null
  const email = org.contact?.email ?? null
  const phone = org.contact?.phone ?? null
  const contactId = uuidV5(`contact:${org.slug}`)
  const contacts: HsdsContact[] =
    person || email || phone
      ? [
          {
            id: contactId,
            organization_id: id,
            name: person,
            email,
            phones: phone ? [{ id: uuidV5(`phone:${org.slug}`), number: phone }] : [],
          },
        ]
      : []
  const locationId = uuidV5(`location:${org.slug}`)
  const address = org.address
  const hasPlace = Boolean(address?.street || address?.postcode || typeof address?.lat === 'number')
  const locations: HsdsLocation[] = hasPlace
    ? [
        {
          id: locationId,
          organization_id: id,
          location_type: 'physical',
          name: org.name,
          latitude: address?.lat ?? null,
          longitude: address?.lng ?? null,
          addresses:
            address?.street || address?.postcode
              ? [
                  {
                    id: uuidV5(`address:${org.slug}`),
                    location_id: locationId,
                    address_1: address.street ?? '',
                    city: 'Oberhausen',
                    state_province: 'Nordrhein-Westfalen',
                    postal_code: address.postcode ?? '',
                    country: 'DE',
                    address_type: 'physical',
                  },
                ]
              : [],
        },
      ]
    : []
  const attributes = (org.fields ?? []).flatMap((fieldId): HsdsAttribute[] => {
    const field = fields.find((each) => each.id === fieldId)
    if (!field) return []
    const termId = uuidV5(`field:${field.slug}`)
    return [
      {
        id: uuidV5(`attribute:${org.slug}:${field.slug}`),
        link_id: serviceId,
        link_entity: 'service',
        taxonomy_term_id: termId,
        taxonomy_term: { id: termId, code: field.slug, name: field.title.de ?? field.slug, vocabulary: VOCABULARY },
      },
    ]
  })
  return {
    id,
    name: org.name,
    description: descriptions.de ?? '',
    email,
    website: org.website ?? null,
    year_incorporated: org.founded ?? null,
    uri: page,
    services: [
      {
        id: serviceId,
        organization_id: id,
        name: org.name,
        description: descriptions.de ?? '',
        url: page,
        status: 'active',
        assured_date: isoDay(org.confirmedAt),
        languages: (org.languages ?? []).map((code) => ({
          id: uuidV5(`language:${org.slug}:${code}`),
          name: languageName(code, 'de'),
          code,
        })),
        attributes,
      },
    ],
    locations,
    contacts,
    x_slug: org.slug,
    x_district: org.district,
    x_quarter: org.quarter ?? null,
    x_communities: org.communities ?? [],
    x_network_member: org.networkMember === true,
    x_descriptions: descriptions,
    x_sample: org.sample === true,
  }
}
