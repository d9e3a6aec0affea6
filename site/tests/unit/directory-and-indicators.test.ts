import { describe, expect, it } from 'vitest'
import type { ActivityField, Indicator, Organisation } from '#/loaders/schemas.ts'
import { describeRecurrence } from '#/lib/events/event-text.ts'
import { formatValue, indicatorSeries, indicatorsByArea } from '#/lib/indicators/indicators.ts'
import { indicatorCsv } from '#/lib/indicators/indicator-csv.ts'
import {
  availableOrganisationFilters,
  csvColumns,
  directoryRecord,
  filteredOrganisations,
  toCsv,
} from '#/lib/organisations/organisation-filters.ts'

const fields: ActivityField[] = [
  { id: 1, slug: 'sport', title: { de: 'Sport' }, order: 2 },
  { id: 2, slug: 'frauen', title: { de: 'Frauen' }, order: 1 },
]
const org = (
  id: number,
  name: string,
  district: Organisation['district'],
  languages: string[],
  fieldIds: number[],
  extra: Partial<Organisation> = {},
): Organisation => ({
  id,
  name,
  slug: name.toLowerCase().replace(/\W+/g, '-'),
  district,
  languages,
  fields: fieldIds,
  updatedAt: '2026-11-30T09:00:00.000Z',
  ...extra,
})
const organisations = [
  org(1, 'SV Yıldız', 'sterkrade', ['de', 'tr'], [1], {
    contact: { person: 'A. Beispiel', email: 'a@example.org', phone: null },
  }),
  org(2, 'Frauentreff, "Nilufar"', 'alt-oberhausen', ['de', 'fa'], [2]),
  org(3, 'Afrikanische Runde', 'alt-oberhausen', ['de', 'tr'], [2, 1]),
]

describe('organisation directory', () => {
  it('offers only filter values that have organisations, with their counts', () => {
    expect(availableOrganisationFilters(organisations, fields).map((f) => `${f.kind}/${f.value}=${f.count}`)).toEqual([
      'bezirk/alt-oberhausen=2',
      'bezirk/sterkrade=1',
      'sprache/de=3',
      'sprache/tr=2',
      'sprache/fa=1',
      'feld/frauen=2',
      'feld/sport=2',
    ])
  })

  it('filters by language, district and field, alphabetically', () => {
    expect(filteredOrganisations(organisations, { kind: 'sprache', value: 'tr' }, fields).map((o) => o.id)).toEqual([
      3, 1,
    ])
    expect(filteredOrganisations(organisations, { kind: 'feld', value: 'frauen' }, fields).map((o) => o.id)).toEqual([
      3, 2,
    ])
    expect(
      filteredOrganisations(organisations, { kind: 'bezirk', value: 'sterkrade' }, fields).map((o) => o.id),
    ).toEqual([1])
  })

  it('writes contact details only where the API published them, and quotes CSV fields that need it', () => {
    const rows = organisations.map((each) =>
      directoryRecord(each, fields, `https://ki.example/de/organisationen/${each.slug}/`),
    )
    expect(rows.map((row) => row.contact_email)).toEqual(['a@example.org', null, null])
    const csv = toCsv(csvColumns, rows)
    const lines = csv.split('\r\n')
    expect(lines[0]).toBe(csvColumns.join(','))
    expect(lines[2].startsWith('"Frauentreff, ""Nilufar""",frauentreff-nilufar-,alt-oberhausen,')).toBe(true)
    expect(lines[3].split(',')[8]).toBe('de|tr')
    expect(csv.endsWith('\r\n')).toBe(true)
  })
})

const indicator: Indicator = {
  id: 1,
  code: 'A1',
  area: 'ausbildung-arbeit',
  unit: 'percent',
  name: { de: 'Beschäftigungsquote' },
  source: 'BA',
  slug: 'a1',
  updatedAt: '2026-11-30T09:00:00.000Z',
  breakdowns: ['gesamt', 'ausländisch'],
  values: [
    { year: 2014, breakdown: 'ausländisch', value: 36.7 },
    { year: 2012, breakdown: 'gesamt', value: 50.3 },
    { year: 2012, breakdown: 'ausländisch', value: 34.8 },
    { year: 2014, breakdown: 'gesamt', value: 51.6 },
  ],
}

describe('integration monitoring', () => {
  it('groups indicators by area in the fixed order', () => {
    const d1 = { ...indicator, id: 2, code: 'D1', area: 'demografie' as const, slug: 'd1' }
    expect(indicatorsByArea([indicator, d1]).map((group) => group.area)).toEqual(['demografie', 'ausbildung-arbeit'])
  })

  it('makes one series per declared breakdown, points in year order', () => {
    expect(indicatorSeries(indicator)).toEqual([
      {
        label: 'gesamt',
        points: [
          { x: 2012, y: 50.3 },
          { x: 2014, y: 51.6 },
        ],
      },
      {
        label: 'ausländisch',
        points: [
          { x: 2012, y: 34.8 },
          { x: 2014, y: 36.7 },
        ],
      },
    ])
  })

  it('formats values per locale and unit', () => {
    expect(formatValue(50.3, 'percent', 'de')).toBe('50,3\u00a0%')
    expect(formatValue(50.3, 'percent', 'en')).toBe('50.3%')
    expect(formatValue(4260, 'count', 'de')).toBe('4.260')
  })

  it('exports the values as CSV with a header row, breakdowns named in the page’s language beside their key', () => {
    expect(indicatorCsv([indicator], 'en', 'plain')).toBe(
      'code,indicator,year,breakdown,breakdown_label,value,unit\r\nA1,Beschäftigungsquote,2012,gesamt,total,50.3,percent\r\nA1,Beschäftigungsquote,2014,gesamt,total,51.6,percent\r\nA1,Beschäftigungsquote,2012,ausländisch,foreign nationals,34.8,percent\r\nA1,Beschäftigungsquote,2014,ausländisch,foreign nationals,36.7,percent\r\n',
    )
  })
})

describe('recurrence in the reader’s language', () => {
  const event = {
    start: '2026-11-27T09:00:00.000Z',
    end: '2026-11-27T11:00:00.000Z',
    recurrence: { rule: 'FREQ=WEEKLY;BYDAY=FR;COUNT=20' },
  }
  it.each([
    ['de', 'Jede Woche: Freitag, 20 Termine'],
    ['en', 'Every week on Friday, 20 dates'],
    ['tr', 'Her hafta: Cuma, 20 buluşma'],
  ] as const)('%s: %s', (locale, text) => {
    expect(describeRecurrence(event, locale)).toBe(text)
  })

  it('names the first Wednesday of the month and the end date', () => {
    expect(
      describeRecurrence(
        {
          start: '2026-12-02T17:00:00.000Z',
          end: '2026-12-02T19:00:00.000Z',
          recurrence: { rule: 'FREQ=MONTHLY;BYDAY=1WE;UNTIL=20270630T235959Z' },
        },
        'de',
      ),
    ).toBe('Jeden Monat am ersten Mittwoch, bis 2. Juni 2027')
  })
})
