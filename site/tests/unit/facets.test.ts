import { describe, expect, it } from 'vitest'
import type { ActivityField, CmsEvent, Organisation, Topic } from '#/loaders/schemas.ts'
import { eventFilterPages, upcomingEvents } from '#/lib/events/event-filters.ts'
import { entryCount, facetGroups } from '#/lib/facet-groups.ts'
import { facetOptions, selectEntries } from '#/lib/facets.ts'
import { alphabetical, organisationFacets, organisationFilterPages } from '#/lib/organisations/organisation-filters.ts'

const fields: ActivityField[] = [
  { id: 1, slug: 'sport', title: { de: 'Sport' }, order: 2 },
  { id: 2, slug: 'frauen', title: { de: 'Frauen' }, order: 1 },
]
const org = (
  id: number,
  district: Organisation['district'],
  languages: string[],
  fieldIds: number[],
): Organisation => ({
  id,
  name: `Verein ${id}`,
  slug: `verein-${id}`,
  district,
  languages,
  fields: fieldIds,
  updatedAt: '2026-11-30T09:00:00.000Z',
})
const organisations = [
  org(1, 'osterfeld', ['ar', 'de'], [1]),
  org(2, 'osterfeld', ['tr'], [2]),
  org(3, 'sterkrade', ['ar'], [1, 2]),
  org(4, 'alt-oberhausen', ['ar', 'tr'], [2]),
]

describe('the organisations directory, filtered by district × language × field', () => {
  it('has one address per non-empty combination, facets always in the order district, language, field', () => {
    const paths = organisationFilterPages(organisations, fields).map((page) => `${page.path}=${page.count}`)
    expect(paths).toEqual([
      'bezirk/alt-oberhausen=1',
      'bezirk/sterkrade=1',
      'bezirk/osterfeld=2',
      'sprache/ar=3',
      'sprache/tr=2',
      'sprache/de=1',
      'feld/frauen=3',
      'feld/sport=2',
      'bezirk/alt-oberhausen/sprache/ar=1',
      'bezirk/alt-oberhausen/sprache/tr=1',
      'bezirk/sterkrade/sprache/ar=1',
      'bezirk/osterfeld/sprache/ar=1',
      'bezirk/osterfeld/sprache/tr=1',
      'bezirk/osterfeld/sprache/de=1',
      'bezirk/alt-oberhausen/feld/frauen=1',
      'bezirk/sterkrade/feld/frauen=1',
      'bezirk/sterkrade/feld/sport=1',
      'bezirk/osterfeld/feld/frauen=1',
      'bezirk/osterfeld/feld/sport=1',
      'sprache/ar/feld/frauen=2',
      'sprache/ar/feld/sport=2',
      'sprache/tr/feld/frauen=2',
      'sprache/de/feld/sport=1',
      'bezirk/alt-oberhausen/sprache/ar/feld/frauen=1',
      'bezirk/alt-oberhausen/sprache/tr/feld/frauen=1',
      'bezirk/sterkrade/sprache/ar/feld/frauen=1',
      'bezirk/sterkrade/sprache/ar/feld/sport=1',
      'bezirk/osterfeld/sprache/ar/feld/sport=1',
      'bezirk/osterfeld/sprache/tr/feld/frauen=1',
      'bezirk/osterfeld/sprache/de/feld/sport=1',
    ])
    // No combination without organisations gets a page (e.g. Sterkrade × Turkish).
    expect(paths.some((path) => path.startsWith('bezirk/sterkrade/sprache/tr'))).toBe(false)
  })

  it('counts what each option would show from the current selection: Osterfeld changes the language counts', () => {
    const facets = organisationFacets(organisations, fields)
    const counts = (selection: Record<string, string>) =>
      facetOptions(organisations, facets, selection).map(({ facet, options }) =>
        [
          facet.key,
          ...options.map((option) => `${option.value ?? 'alle'}=${option.count}${option.current ? '*' : ''}`),
        ].join(' '),
      )
    expect(counts({})).toEqual([
      'bezirk alle=4* alt-oberhausen=1 sterkrade=1 osterfeld=2',
      'sprache alle=4* ar=3 tr=2 de=1',
      'feld alle=4* frauen=3 sport=2',
    ])
    expect(counts({ bezirk: 'osterfeld', sprache: 'ar' })).toEqual([
      'bezirk alle=3 alt-oberhausen=1 sterkrade=1 osterfeld=1*',
      'sprache alle=2 ar=1* tr=1 de=1',
      'feld alle=1* sport=1',
    ])
    expect(selectEntries(organisations, facets, { bezirk: 'osterfeld', sprache: 'ar' }).map((o) => o.id)).toEqual([1])
  })

  it('numbers the pages of a long combination like the other lists (50 a page)', () => {
    const many = Array.from({ length: 51 }, (_, index) => org(index + 1, 'osterfeld', ['ar'], [1]))
    expect(
      organisationFilterPages(many, fields)
        .filter((page) => page.path.startsWith('bezirk/osterfeld/sprache/ar'))
        .map((page) => page.path),
    ).toEqual([
      'bezirk/osterfeld/sprache/ar',
      'bezirk/osterfeld/sprache/ar/seite/2',
      'bezirk/osterfeld/sprache/ar/feld/sport',
      'bezirk/osterfeld/sprache/ar/feld/sport/seite/2',
    ])
  })
})

const topics: Topic[] = [
  { id: 7, title: { de: 'Sport' }, slug: { de: 'sport', tr: 'spor' }, order: 2 },
  { id: 8, title: { de: 'Schule' }, slug: { de: 'schule' }, order: 1 },
]
const event = (id: number, start: string, district: CmsEvent['place']['district'], topicIds: number[], rule?: string) =>
  ({
    id,
    title: { de: `Termin ${id}` },
    start,
    end: start.replace('T10:00', 'T12:00'),
    recurrence: rule ? { rule } : null,
    status: 'scheduled',
    place: { name: 'Halle (Beispiel)', district },
    accessibility: 'unknown',
    topics: topicIds,
    slug: `termin-${id}`,
    updatedAt: '2026-11-01T09:00:00.000Z',
  }) satisfies CmsEvent
const now = new Date('2026-12-02T00:00:00+01:00')
const events = [
  event(1, '2026-12-05T10:00:00+01:00', 'sterkrade', [7], 'FREQ=WEEKLY;COUNT=6'),
  event(2, '2026-11-20T10:00:00+01:00', 'sterkrade', [7]),
  event(3, '2026-12-03T10:00:00+01:00', 'osterfeld', [7, 8]),
  event(4, '2027-01-10T10:00:00+01:00', null, [8]),
]

describe('the upcoming events, filtered by district and field of work', () => {
  it('lists each upcoming event once, with its next date, soonest first; past events not at all', () => {
    expect(
      upcomingEvents(events, now).map(({ event, occurrence }) => `${event.id}@${occurrence.start.toISOString()}`),
    ).toEqual(['3@2026-12-03T09:00:00.000Z', '1@2026-12-05T09:00:00.000Z', '4@2027-01-10T09:00:00.000Z'])
  })

  it('has a page per district, per field of work (its German slug) and per pair that has upcoming events', () => {
    expect(eventFilterPages(events, topics, now).map((page) => `${page.path}=${page.count}`)).toEqual([
      'bezirk/sterkrade=1',
      'bezirk/osterfeld=1',
      'thema/schule=2',
      'thema/sport=2',
      'bezirk/sterkrade/thema/sport=1',
      'bezirk/osterfeld/thema/schule=1',
      'bezirk/osterfeld/thema/sport=1',
    ])
  })
})

describe('a selection’s options and entries, once per list and build', () => {
  const groupsOf = (list: Organisation[], locale: 'de' | 'ar', selection: Record<string, string>) =>
    facetGroups({
      locale,
      entries: list,
      facets: organisationFacets(list, fields),
      selection,
      base: `/${locale}/organisationen/`,
      legends: { bezirk: `Bezirk ${locale}`, sprache: `Sprache ${locale}`, feld: `Feld ${locale}` },
      labelOf: (key, value) => `${value} ${locale}`,
    })

  it('gives another language the same entries and counts, in its own words and addresses', () => {
    const german = groupsOf(organisations, 'de', { bezirk: 'osterfeld' })
    const arabic = groupsOf(organisations, 'ar', { bezirk: 'osterfeld' })
    expect(arabic.entries).toBe(german.entries)
    expect(german.entries.map((o) => o.id)).toEqual([1, 2])
    expect(arabic.groups[1]).toEqual({
      legend: 'Sprache ar',
      options: [
        { label: 'الكل (2)', href: '/ar/organisationen/bezirk/osterfeld/', current: true },
        { label: 'ar ar (1)', href: '/ar/organisationen/bezirk/osterfeld/sprache/ar/', current: false },
        { label: 'tr ar (1)', href: '/ar/organisationen/bezirk/osterfeld/sprache/tr/', current: false },
        { label: 'de ar (1)', href: '/ar/organisationen/bezirk/osterfeld/sprache/de/', current: false },
      ],
    })
  })

  it('counts another list of organisations by itself, not from what the first list remembered', () => {
    const first = groupsOf(organisations, 'de', { bezirk: 'osterfeld' })
    const fewer = groupsOf(organisations.slice(1), 'de', { bezirk: 'osterfeld' })
    expect(first.entries.map((o) => o.id)).toEqual([1, 2])
    expect(fewer.entries.map((o) => o.id)).toEqual([2])
    expect(fewer.groups[0].options.map((option) => option.label)).toEqual([
      'Alle (3)',
      'alt-oberhausen de (1)',
      'sterkrade de (1)',
      'osterfeld de (1)',
    ])
  })

  it('sorts a list by German name once and hands every page the same order', () => {
    const list = [org(7, 'osterfeld', [], []), org(8, 'osterfeld', [], [])].map((each, index) => ({
      ...each,
      name: ['Ölmühle e. V.', 'Oase e. V.'][index],
    }))
    expect(alphabetical(list).map((o) => o.name)).toEqual(['Oase e. V.', 'Ölmühle e. V.'])
    expect(alphabetical(list)).toBe(alphabetical(list))
    expect(list.map((o) => o.name)).toEqual(['Ölmühle e. V.', 'Oase e. V.'])
  })
})

describe('the count in a filtered list’s heading', () => {
  it.each([
    { locale: 'de', one: '1 Organisation', seven: '7 Organisationen', event: '1 Veranstaltung' },
    { locale: 'de-x-ls', one: '1 Verein', seven: '7 Vereine', event: '1 Termin' },
    { locale: 'ar', one: 'منظمة واحدة', seven: 'عدد المنظمات: 7', event: 'فعالية واحدة' },
    { locale: 'tr', one: '1 kuruluş', seven: '7 kuruluş', event: '1 etkinlik' },
  ] as const)('in $locale says one organisation or event in the singular', ({ locale, one, seven, event }) => {
    expect([entryCount(locale, 'orgs', 1), entryCount(locale, 'orgs', 7), entryCount(locale, 'events', 1)]).toEqual([
      one,
      seven,
      event,
    ])
  })
})
