/**
 * Overview pages stay the same size however much content there is: every list of entries that grows with the
 * content (documents, organisations, the event archive and months, indicators, the A–Z index, each filter page) is
 * split into numbered pages of a fixed size, and the events overview shows only the next dates. These checks read
 * the built site: no list page holds more than its page size, the pages of a list link each other in order, say
 * "Seite i von n" and mark the current one, and every entry of the library, directory, monitoring and A–Z index is
 * on one of its pages.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { t } from '#/i18n/ui.ts'
import { pageSizes } from '#/lib/pagination.ts'
import { elementsOf, htmlPages, readPage, requireDist, type Element, type Page } from './dist.ts'

type Kind = Exclude<keyof typeof pageSizes, 'listBlock'>

/** Which list a built address shows, by its path (any locale). */
const LISTS: [Kind, RegExp][] = [
  ['documents', /^\/[\w-]+\/dokumente\/(?:(?:art|thema|jahr)\/[^/]+\/)?(?:seite\/\d+\/)?$/],
  ['organisations', /^\/[\w-]+\/organisationen\/(?:(?:bezirk|sprache|feld)\/[^/]+\/)*(?:seite\/\d+\/)?$/],
  ['archive', /^\/[\w-]+\/veranstaltungen\/archiv\/(?:seite\/\d+\/)?$/],
  // The upcoming events by district and field of work page like the archive.
  ['archive', /^\/[\w-]+\/veranstaltungen\/(?:(?:bezirk|thema)\/[^/]+\/)+(?:seite\/\d+\/)?$/],
  ['month', /^\/[\w-]+\/veranstaltungen\/monat\/\d{4}-\d{2}\/(?:seite\/\d+\/)?$/],
  ['indicators', /^\/[\w-]+\/integrationsmonitoring\/(?:seite\/\d+\/)?$/],
  ['az', /^\/[\w-]+\/suche\/a-z\/(?:seite\/\d+\/)?$/],
  ['nextDates', /^\/[\w-]+\/veranstaltungen\/$/],
]
const kindOf = (page: Page): Kind | undefined => LISTS.find(([, pattern]) => pattern.test(page.path))?.[0]

const classes = (element: Element | undefined) => (element?.tag.attrs.get('class') ?? '').split(/\s+/)

/** The entries a list page shows: the first link of each item of its entry lists, in order. */
function entries(page: Page): string[] {
  const items = new Map<Element, string | null>()
  for (const element of elementsOf(page)) {
    if (
      element.tag.name === 'li' &&
      element.parent?.tag.name === 'ul' &&
      classes(element.parent).some((name) => name === 'item-list' || name === 'search-az__list')
    ) {
      items.set(element, null)
    }
    if (element.tag.name === 'a' && element.tag.attrs.has('href')) {
      let item = element.parent
      while (item && !items.has(item)) item = item.parent
      if (item && items.get(item) === null) items.set(item, element.tag.attrs.get('href')!)
    }
  }
  return [...items.values()].map((href) => href ?? '')
}

/** The page's `<link rel="next">`, if any. */
const nextPage = (page: Page) =>
  page.tags.find((tag) => tag.name === 'link' && tag.attrs.get('rel') === 'next')?.attrs.get('href')

const fileOf = (path: string) => `${path.slice(1)}index.html`

/** The pages of the list that starts at `first`, following rel="next". */
function chain(first: string): Page[] {
  const pages = [readPage(fileOf(first))]
  for (let next = nextPage(pages[0]); next; next = nextPage(pages.at(-1)!)) {
    if (pages.length > 10_000) throw new Error(`${first}: rel="next" goes round in circles`)
    pages.push(readPage(fileOf(next)))
  }
  return pages
}

/** Text of the pager's status line ("Seite 2 von 9"). */
function pagerStatus(page: Page): string | undefined {
  const match = /<p class="pagination__status">([^<]*)<\/p>/.exec(page.html)
  return match?.[1]
}

let pages: Page[]

beforeAll(() => {
  pages = htmlPages(requireDist())
})

describe('overview pages do not grow with the content', () => {
  it('no list page shows more entries than its page size (events overview: the next dates only)', () => {
    const lists = pages.flatMap((page) => {
      const kind = kindOf(page)
      return kind ? [{ page: page.path, kind, entries: entries(page).length }] : []
    })
    // Something to check, including a list long enough for several pages (the demo has 60 organisations).
    expect(lists.length).toBeGreaterThan(100)
    expect(lists.some((list) => /\/seite\/2\/$/.test(list.page))).toBe(true)
    expect(lists.filter((list) => list.entries > pageSizes[list.kind])).toEqual([])
  })

  it('the search page lists no content itself: its letters lead into the A–Z pages', () => {
    for (const page of pages.filter((each) => /^\/[\w-]+\/suche\/$/.test(each.path))) {
      expect(entries(page)).toEqual([])
      const letters = [...page.html.matchAll(/<nav class="search-az__letters"[^>]*>([\s\S]*?)<\/nav>/g)].flatMap(
        (match) => [...match[1].matchAll(/href="([^"]+)"/g)].map((link) => link[1]),
      )
      expect(letters.length).toBeGreaterThan(5)
      expect(letters.every((href) => href.startsWith(`${page.path}a-z/`))).toBe(true)
    }
  })
})

describe('numbered list pages', () => {
  const firstPages = () =>
    pages.filter((page) => kindOf(page) && kindOf(page) !== 'nextDates' && !/\/seite\/\d+\/$/.test(page.path))

  it('link each other in order with rel="prev"/"next", say "Seite i von n", mark the current page, and show every entry once', () => {
    const problems: string[] = []
    let longest = 0
    for (const first of firstPages().filter((page) => page.path.startsWith('/de/') || page.path.startsWith('/ar/'))) {
      const list = chain(first.path)
      const locale = first.path.startsWith('/ar/') ? 'ar' : 'de'
      const size = pageSizes[kindOf(first)!]
      longest = Math.max(longest, list.length)
      const seen = new Set<string>()
      list.forEach((page, index) => {
        const expectedPath = index === 0 ? first.path : `${first.path}seite/${index + 1}/`
        if (page.path !== expectedPath) problems.push(`${first.path}: page ${index + 1} is ${page.path}`)
        const status = pagerStatus(page)
        const expected =
          list.length > 1 ? t(locale, 'pagination.status', { page: index + 1, pages: list.length }) : undefined
        if (status !== expected)
          problems.push(`${page.path}: pager says ${JSON.stringify(status)}, expected ${JSON.stringify(expected)}`)
        const current = [
          ...page.html.matchAll(/<a href="([^"]+)" aria-current="page"><span class="visually-hidden">/g),
        ].map((match) => match[1])
        if (list.length > 1 && JSON.stringify(current) !== JSON.stringify([page.path]))
          problems.push(`${page.path}: aria-current on ${current.join(', ') || 'nothing'}`)
        const previous = page.tags
          .find((tag) => tag.name === 'link' && tag.attrs.get('rel') === 'prev')
          ?.attrs.get('href')
        if (previous !== (index === 0 ? undefined : list[index - 1].path))
          problems.push(`${page.path}: rel="prev" is ${previous}`)
        const shown =
          kindOf(first) === 'month'
            ? entries(page).map((href, position) => `${href}#${index}-${position}`)
            : entries(page)
        if (index < list.length - 1 && shown.length !== size)
          problems.push(`${page.path}: ${shown.length} entries on a page that is not the last (page size ${size})`)
        for (const href of shown) {
          if (seen.has(href)) problems.push(`${page.path}: ${href} is on two pages`)
          seen.add(href)
        }
      })
    }
    expect(problems).toEqual([])
    expect(longest).toBeGreaterThan(1)
  })

  it('together list every document, organisation and indicator, and the A–Z index every one of them too', () => {
    const detailPages = (section: string, exclude: string[] = []) =>
      pages
        .map((page) => new RegExp(`^/de/${section}/([^/]+)/$`).exec(page.path))
        .filter((match): match is RegExpExecArray => match !== null && !exclude.includes(match[1]))
        .map((match) => match[0])
        .sort()
    const listed = (first: string) => [...new Set(chain(first).flatMap(entries))].sort()
    const documents = detailPages('dokumente')
    const organisations = detailPages('organisationen')
    const indicators = detailPages('integrationsmonitoring')
    const events = detailPages('veranstaltungen', ['archiv'])
    expect(documents.length).toBeGreaterThan(0)
    expect(listed('/de/dokumente/')).toEqual(documents)
    expect(listed('/de/organisationen/')).toEqual(organisations)
    expect(listed('/de/integrationsmonitoring/')).toEqual(indicators)
    const az = new Set(listed('/de/suche/a-z/'))
    expect([...documents, ...organisations, ...indicators, ...events].filter((path) => !az.has(path))).toEqual([])
  })
})
