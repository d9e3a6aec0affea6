import { describe, expect, it } from 'vitest'

import { azGroups, azRows } from '#/lib/search/az.ts'
import { createMissLog, missBody, missEndpoint, normaliseQuery } from '#/lib/search/query.ts'
import {
  annotatePage,
  annotationHtml,
  bodyLanguage,
  bundlesFor,
  entryUrl,
  pathRole,
  pdfPageRecords,
  searchFilters,
  translatedPageHtml,
  urlForFile,
  withoutRunningLines,
  type SearchFacts,
} from '#/lib/search/records.ts'

const facts = (overrides: Partial<SearchFacts> = {}): SearchFacts => ({
  type: 'page',
  language: 'de',
  topics: [],
  keywords: [],
  ...overrides,
})
const entries = new Set(['document:kiko', 'event:frauencafe'])
const isEntry = (type: string, slug: string) => entries.has(`${type}:${slug}`)

describe('which bundles a search page queries', () => {
  it.each([
    ['de', ['/pagefind/de/']],
    ['de-x-ls', ['/pagefind/leichte-sprache/', '/pagefind/de/']],
    ['tr', ['/pagefind/tr/', '/pagefind/de/']],
    ['ar', ['/pagefind/ar/', '/pagefind/de/']],
    ['uk', ['/pagefind/uk/', '/pagefind/de/']],
  ] as const)('%s searches %j', (locale, bundles) => {
    expect(bundlesFor(locale)).toEqual(bundles)
  })
})

describe('what a built address is', () => {
  it.each([
    ['/de/', { role: 'page', locale: 'de' }],
    ['/tr/handlungsfelder/schule/', { role: 'page', locale: 'tr' }],
    ['/leichte-sprache/dokumente/kiko/', { role: 'entry', locale: 'de-x-ls', type: 'document', slug: 'kiko' }],
    ['/ar/veranstaltungen/frauencafe/', { role: 'entry', locale: 'ar', type: 'event', slug: 'frauencafe' }],
    ['/de/dokumente/', { role: 'page', locale: 'de' }],
    ['/de/dokumente/jahr/2014/', { role: 'list', locale: 'de' }],
    ['/de/veranstaltungen/archiv/', { role: 'list', locale: 'de' }],
    ['/de/suche/', { role: 'outside' }],
    ['/de/404.html', { role: 'outside' }],
    ['/', { role: 'outside' }],
    ['/files/documents/kiko.pdf', { role: 'outside' }],
  ])('%s', (path, role) => {
    expect(pathRole(path, isEntry)).toEqual(role)
  })

  it('an entry address and the role of that address agree', () => {
    expect(entryUrl('organisation', 'nilufar', 'uk')).toBe('/uk/organisationen/nilufar/')
    expect(pathRole(entryUrl('event', 'frauencafe', 'tr'), isEntry)).toEqual({
      role: 'entry',
      locale: 'tr',
      type: 'event',
      slug: 'frauencafe',
    })
  })

  it('file paths become the addresses the site serves', () => {
    expect(urlForFile('de/schule/index.html')).toBe('/de/schule/')
    expect(urlForFile('index.html')).toBe('/')
    expect(urlForFile('de/404.html')).toBe('/de/404.html')
  })
})

describe('annotations for the indexer', () => {
  it('filters are keys without text; the sort key is the date; search words get the highest weight and a metadata field', () => {
    const html = annotationHtml(
      facts({
        type: 'document',
        topics: ['schule', 'schule'],
        year: 2012,
        date: '2012-05-03T00:00:00Z',
        keywords: ['okul', 'kayıt <neu>'],
        language: 'tr',
      }),
    )
    expect(html).toBe(
      '<div data-search-annotations>' +
        '<span data-pagefind-filter="type:document"></span><span data-pagefind-filter="language:tr"></span>' +
        '<span data-pagefind-filter="topic:schule"></span><span data-pagefind-filter="year:2012"></span>' +
        '<span data-pagefind-sort="date:2012-05-03"></span>' +
        '<p data-pagefind-weight="10">okul, kayıt &lt;neu&gt;</p>' +
        '<div data-pagefind-ignore><span data-pagefind-meta="keywords">okul, kayıt &lt;neu&gt;</span></div></div>',
    )
  })

  it('organisations carry their district', () => {
    expect(searchFilters(facts({ type: 'organisation', district: 'sterkrade' }))).toEqual({
      type: ['organisation'],
      language: ['de'],
      district: ['sterkrade'],
    })
  })

  it('go right after the opening of the searchable region', () => {
    const page =
      '<html lang="de"><body><nav>Menü</nav><main><div data-pagefind-body lang="de"><h1>Schule</h1></div></main></body></html>'
    expect(annotatePage(page, facts())).toBe(
      `<html lang="de"><body><nav>Menü</nav><main><div data-pagefind-body lang="de">${annotationHtml(facts())}<h1>Schule</h1></div></main></body></html>`,
    )
  })

  it('a page without a searchable region stops the indexer with the reason', () => {
    expect(() => annotatePage('<html><body><h1>x</h1></body></html>', facts())).toThrow(
      'the page has no <div data-pagefind-body>',
    )
  })

  it.each([
    ['<div data-pagefind-body>', 'tr', 'tr'],
    ['<div data-pagefind-body lang="de">', 'tr', 'de'],
    ['<div data-pagefind-body lang="de">', 'de-x-ls', 'de-x-ls'],
    ['<div data-pagefind-body lang="ar">', 'fa', 'ar'],
  ] as const)('%s on a %s page is written in %s', (opening, locale, language) => {
    expect(bodyLanguage(`<main>${opening}<p>x</p></div></main>`, locale)).toBe(language)
  })
})

describe('records of untranslated pages', () => {
  it('carry the translated title as heading, the summaries and search words, in the reader’s language', () => {
    const html = translatedPageHtml({
      locale: 'tr',
      title: 'Okul',
      texts: ['Her çocuk…', null, 'Her çocuk…'],
      facts: facts({ topics: ['schule'], keywords: ['okul'] }),
    })
    expect(html).toBe(
      '<!doctype html><html lang="tr"><head><title>Okul</title></head><body><div data-pagefind-body>' +
        annotationHtml(facts({ topics: ['schule'], keywords: ['okul'] })) +
        '<span data-pagefind-meta="lang:tr"></span><h1>Okul</h1><p>Her çocuk…</p></div></body></html>',
    )
  })

  it('are left out when nothing about the page is translated', () => {
    expect(translatedPageHtml({ locale: 'pl', title: null, texts: [null, ''], facts: facts() })).toBeNull()
  })
})

describe('PDF page records', () => {
  it('one per page with text, linking to the page of the HTML version, in the file’s language, with no searchable metadata', () => {
    const records = pdfPageRecords({
      pageUrl: (page) => `/de/dokumente/kiko/text/#seite-${page}`,
      pages: [
        { page: 1, text: 'Vorwort' },
        { page: 2, text: '  ' },
        { page: 3, text: 'Brückenbauer' },
      ],
      facts: facts({ type: 'document', topics: ['schule'], year: 2012, date: '2012-01-01' }),
    })
    expect(records).toEqual(
      [1, 3].map((page) => ({
        url: `/de/dokumente/kiko/text/#seite-${page}`,
        content: page === 1 ? 'Vorwort' : 'Brückenbauer',
        language: 'de',
        meta: {},
        filters: { type: ['document'], language: ['de'], topic: ['schule'], year: ['2012'] },
        sort: { date: '2012-01-01' },
      })),
    )
  })
})

describe('running heads and feet of PDF pages', () => {
  const foot = (page: number) => `Musterdokument – Umsetzungsbericht KIKO 2008–2012 – Seite ${page} von 3`
  it('are left out of every page, page numbers aside; what the pages say stays', () => {
    expect(
      withoutRunningLines([
        { page: 1, text: `Umsetzungsbericht KIKO 2008–2012 Vorwort ${foot(1)}` },
        { page: 2, text: `Sprachförderung in der Kita ${foot(2)}` },
        { page: 3, text: `  ${foot(3)}` },
      ]),
    ).toEqual([
      { page: 1, text: 'Umsetzungsbericht KIKO 2008–2012 Vorwort' },
      { page: 2, text: 'Sprachförderung in der Kita' },
      { page: 3, text: '' },
    ])
  })

  it('a single page keeps all its words', () => {
    expect(withoutRunningLines([{ page: 1, text: foot(1) }])).toEqual([{ page: 1, text: foot(1) }])
  })
})

describe('queries', () => {
  it.each([
    ['  okul  ', 'okul'],
    ['Bru\u0308ckenbauer', 'Brückenbauer'],
    ['frühe \n  bildung', 'frühe bildung'],
    ['x'.repeat(150), 'x'.repeat(100)],
  ])('%j is searched as %j', (input, query) => {
    expect(normaliseQuery(input)).toBe(query)
  })

  it('a miss is reported once per page view, only without filters and only when nothing was found', () => {
    const log = createMissLog()
    expect([
      log.shouldReport('okull', 0, false),
      log.shouldReport('Okull', 0, false),
      log.shouldReport('okul', 3, false),
      log.shouldReport('zzz', 0, true),
      log.shouldReport('', 0, false),
      log.shouldReport('zzz', 0, false),
    ]).toEqual([true, false, false, false, false, true])
  })

  it('the report holds the query and the locale, nothing else', () => {
    expect(JSON.parse(missBody('okull', 'tr'))).toEqual({ query: 'okull', locale: 'tr' })
  })

  it.each([
    ['https://cms.example.org/', 'https://cms.example.org/api/search-misses/record'],
    ['http://localhost:3000', 'http://localhost:3000/api/search-misses/record'],
    ['', null],
    [undefined, null],
  ])('CMS %j → %j', (cms, endpoint) => {
    expect(missEndpoint(cms)).toBe(endpoint)
  })
})

describe('the A–Z index', () => {
  it('groups by first letter in the reader’s alphabet (Ç is a letter of its own in Turkish, Ä is not), digits under #', () => {
    const entry = (title: string) => ({ title, href: `/${title}/`, type: 'Seite' })
    const groups = azGroups(['Ärzte', 'Zuwanderung', 'Anmeldung', '2014', 'Çocuk', 'Okul', 'Cami'].map(entry), 'tr')
    expect(groups.map((group) => [group.letter, group.entries.map((each) => each.title)])).toEqual([
      ['#', ['2014']],
      ['A', ['Anmeldung', 'Ärzte']],
      ['C', ['Cami']],
      ['Ç', ['Çocuk']],
      ['O', ['Okul']],
      ['Z', ['Zuwanderung']],
    ])
  })

  it('puts umlauts with their base letter in German', () => {
    const groups = azGroups(
      [
        { title: 'Ärzte', href: '/a/', type: 'x' },
        { title: 'Anmeldung', href: '/b/', type: 'x' },
      ],
      'de',
    )
    expect(groups.map((group) => [group.letter, group.entries.map((each) => each.title)])).toEqual([
      ['A', ['Anmeldung', 'Ärzte']],
    ])
  })

  it('is split into pages of a fixed size in A–Z order, each letter linked to the page where its entries start', () => {
    const entry = (title: string) => ({ title, href: `/${title}/`, type: 'Seite' })
    const groups = azGroups(
      ['Anmeldung', 'Ärzte', 'Beratung', 'Bildung', 'Bus', 'Cafe', 'Zuwanderung'].map(entry),
      'de',
    )
    const { rows, letters } = azRows(groups, 2)
    expect(rows.map((row) => `${row.letter}:${row.entry.title}`)).toEqual([
      'A:Anmeldung',
      'A:Ärzte',
      'B:Beratung',
      'B:Bildung',
      'B:Bus',
      'C:Cafe',
      'Z:Zuwanderung',
    ])
    expect(letters).toEqual([
      { letter: 'A', group: 0, page: 1 },
      { letter: 'B', group: 1, page: 2 },
      { letter: 'C', group: 2, page: 3 },
      { letter: 'Z', group: 3, page: 4 },
    ])
  })
})
