import { localeCodes } from '@ki/contract'
import { describe, expect, it } from 'vitest'
import { formatDate } from '#/i18n/format.ts'
import { t } from '#/i18n/ui.ts'
import type { ActivityField, Organisation } from '#/loaders/schemas.ts'
import { hsdsOrganization, uuidV5 } from '#/lib/organisations/open-referral.ts'
import { organisationFeedUrl, webcalUrl } from '#/lib/urls.ts'

const fields: ActivityField[] = [{ id: 7, slug: 'bildung', title: { de: 'Bildung', en: 'Education' }, order: 1 }]

const base: Organisation = {
  id: 1,
  name: 'Kulturverein Anadolu',
  slug: 'kulturverein-anadolu',
  district: 'sterkrade',
  quarter: 'Tackenberg',
  description: { de: 'Wir treffen uns dienstags.', tr: 'Salı günleri buluşuyoruz.' },
  languages: ['tr', 'de'],
  communities: ['türkisch'],
  fields: [7],
  address: { street: 'Steinbrinkstraße 1', postcode: '46145', lat: 51.52, lng: 6.86 },
  website: 'https://anadolu.example',
  founded: 1987,
  networkMember: true,
  updatedAt: '2026-11-30T10:00:00.000Z',
  confirmedAt: '2026-12-01T08:00:00.000Z',
}
const page = 'https://ki.example/de/organisationen/kulturverein-anadolu/'

describe('the directory as Open Referral (HSDS 3.0) data', () => {
  it('names an organisation, its service, location, address and languages with HSDS fields', () => {
    const record = hsdsOrganization(base, fields, page)
    expect(Object.keys(record).filter((key) => !key.startsWith('x_'))).toEqual([
      'id',
      'name',
      'description',
      'email',
      'website',
      'year_incorporated',
      'uri',
      'services',
      'locations',
      'contacts',
    ])
    expect(record).toMatchObject({
      name: 'Kulturverein Anadolu',
      description: 'Wir treffen uns dienstags.',
      website: 'https://anadolu.example',
      year_incorporated: 1987,
      uri: page,
      x_district: 'sterkrade',
      x_descriptions: { de: 'Wir treffen uns dienstags.', tr: 'Salı günleri buluşuyoruz.' },
    })
    const [service] = record.services
    expect(service).toMatchObject({
      organization_id: record.id,
      url: page,
      status: 'active',
      assured_date: '2026-12-01',
    })
    expect(service.languages.map(({ code, name }) => ({ code, name }))).toEqual([
      { code: 'tr', name: 'Türkisch' },
      { code: 'de', name: 'Deutsch' },
    ])
    expect(service.attributes.map((each) => each.taxonomy_term)).toEqual([
      { id: uuidV5('field:bildung'), code: 'bildung', name: 'Bildung', vocabulary: 'ki-oberhausen-taetigkeitsfelder' },
    ])
    expect(record.locations).toEqual([
      {
        id: uuidV5('location:kulturverein-anadolu'),
        organization_id: record.id,
        location_type: 'physical',
        name: 'Kulturverein Anadolu',
        latitude: 51.52,
        longitude: 6.86,
        addresses: [
          {
            id: uuidV5('address:kulturverein-anadolu'),
            location_id: uuidV5('location:kulturverein-anadolu'),
            address_1: 'Steinbrinkstraße 1',
            city: 'Oberhausen',
            state_province: 'Nordrhein-Westfalen',
            postal_code: '46145',
            country: 'DE',
            address_type: 'physical',
          },
        ],
      },
    ])
  })

  it('has contacts and an e-mail only where the CMS published them, i.e. with the organisation consent', () => {
    expect(hsdsOrganization(base, fields, page)).toMatchObject({ email: null, contacts: [] })
    const consented = hsdsOrganization(
      { ...base, contact: { person: 'A. Yılmaz', email: 'info@anadolu.example', phone: '0208 123456' } },
      fields,
      page,
    )
    expect(consented.email).toBe('info@anadolu.example')
    expect(consented.contacts).toEqual([
      {
        id: uuidV5('contact:kulturverein-anadolu'),
        organization_id: consented.id,
        name: 'A. Yılmaz',
        email: 'info@anadolu.example',
        phones: [{ id: uuidV5('phone:kulturverein-anadolu'), number: '0208 123456' }],
      },
    ])
  })

  it('gives stable UUIDs (version 5) derived from the slug', () => {
    const id = hsdsOrganization(base, fields, page).id
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(hsdsOrganization({ ...base, name: 'Umbenannt' }, fields, page).id).toBe(id)
    // RFC 9562's own example: the v5 UUID of "www.example.com" in the DNS namespace.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    )
  })
})

describe('an organisation page', () => {
  it('says "Angaben bestätigt am …" in every language with the date in that language', () => {
    const lines = Object.fromEntries(
      localeCodes.map((locale) => [
        locale,
        t(locale, 'orgs.confirmed', { date: formatDate('2026-12-01T08:00:00Z', locale) }),
      ]),
    )
    expect(lines.de).toBe('Angaben bestätigt am 1. Dezember 2026')
    expect(lines.en).toBe('Details confirmed on December 1, 2026')
    expect(lines.tr).toBe('Bilgiler 1 Aralık 2026 tarihinde onaylandı')
    expect(Object.values(lines).every((line) => !line.includes('{date}'))).toBe(true)
  })

  it('offers its own events as a calendar file and as a webcal: subscription', () => {
    const feed = organisationFeedUrl('kulturverein-anadolu', 'tr')
    expect(feed).toBe('/tr/organisationen/kulturverein-anadolu.ics')
    expect(webcalUrl(feed, new URL('https://ki.example/'))).toBe(
      'webcal://ki.example/tr/organisationen/kulturverein-anadolu.ics',
    )
  })
})
