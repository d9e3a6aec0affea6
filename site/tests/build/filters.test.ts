/**
 * The filters that combine (issue 16), checked on the built seed site: every combination of district × language ×
 * field of activity (directory) and district × field of work (upcoming events) that has entries is a page; each
 * filter link's count is what the page it leads to shows; a facet with one value per entry adds up to "Alle"; and
 * Osterfeld × Arabic lists exactly the seed's organisations there.
 */
import { readFileSync } from 'node:fs'

import { beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'

import { entryCount } from '#/lib/facet-groups.ts'
import { decodeEntities, fileForPath, htmlPages, readPage, requireDist, type Page } from './dist.ts'

type SeedOrganisation = { name: string; district: string; languages?: string[]; fields?: string[] }
const seed = parse(
  readFileSync(new URL('../../../content/organisations.yaml', import.meta.url), 'utf8'),
) as SeedOrganisation[]

type Option = { label: string; count: number; href: string; current: boolean }
type Group = { legend: string; options: Option[] }

/** The filter groups of a page, as links with their counts. */
function filterGroups(page: Page): Group[] {
  const nav = /<nav class="filters"[^>]*>([\s\S]*?)<\/nav>/.exec(page.html)?.[1] ?? ''
  return [...nav.matchAll(/<legend>([^<]*)<\/legend>([\s\S]*?)<\/fieldset>/g)].map(([, legend, body]) => ({
    legend: decodeEntities(legend),
    options: [...body.matchAll(/<a ([^>]*)>([^<]*)<\/a>/g)].map(([, attrs, text]) => {
      const label = decodeEntities(text).trim()
      return {
        label,
        count: Number(/\((\d+)\)$/.exec(label)?.[1]),
        href: decodeEntities(/href="([^"]*)"/.exec(attrs)?.[1] ?? ''),
        current: attrs.includes('aria-current="page"'),
      }
    }),
  }))
}

const heading = (page: Page) => decodeEntities(/<h1[^>]*>([^<]*)<\/h1>/.exec(page.html)?.[1] ?? '').trim()
/** The organisation names a directory page lists. */
const names = (page: Page) =>
  [...page.html.matchAll(/<a href="\/de\/organisationen\/[^/"]+\/" lang="de">([^<]*)<\/a>/g)].map((match) =>
    decodeEntities(match[1]).trim(),
  )

const ORGANISATION_FILTERS = /^\/de\/organisationen\/(?:(?:bezirk|sprache|feld)\/[^/]+\/)+$/
const EVENT_FILTERS = /^\/de\/veranstaltungen\/(?:(?:bezirk|thema)\/[^/]+\/)+$/

let pages: Page[]

beforeAll(() => {
  requireDist()
  pages = htmlPages().filter((page) => page.path.startsWith('/de/'))
})

describe('the directory filtered by district × language × field', () => {
  it('Osterfeld × Arabic lists exactly the seed organisations in Osterfeld with Arabic, and says so in its heading', () => {
    const expected = seed
      .filter((org) => org.district === 'osterfeld' && (org.languages ?? []).includes('ar'))
      .map((org) => org.name)
      .sort((a, b) => a.localeCompare(b, 'de'))
    const page = readPage('de/organisationen/bezirk/osterfeld/sprache/ar/index.html')
    expect(expected.length).toBeGreaterThan(1)
    expect(names(page)).toEqual(expected)
    expect(heading(page)).toBe(`${expected.length} Organisationen – Stadtbezirk: Osterfeld, Sprache: Arabisch`)
    expect(
      filterGroups(page).map((group) => [
        group.legend,
        group.options.filter((each) => each.current).map((each) => each.label),
      ]),
    ).toEqual([
      ['Stadtbezirk', [`Osterfeld (${expected.length})`]],
      ['Sprache', [`Arabisch (${expected.length})`]],
      ['Tätigkeitsfeld', [`Alle (${expected.length})`]],
    ])
  })

  it('has a page for every combination the seed has, and for none it lacks', () => {
    const fieldsOf = (org: SeedOrganisation) => org.fields ?? []
    const expected = new Set<string>()
    for (const org of seed)
      for (const district of [null, org.district])
        for (const language of [null, ...(org.languages ?? [])])
          for (const field of [null, ...fieldsOf(org)]) {
            const path =
              (district ? `bezirk/${district}/` : '') +
              (language ? `sprache/${language}/` : '') +
              (field ? `feld/${field}/` : '')
            if (path) expected.add(`/de/organisationen/${path}`)
          }
    const built = pages.map((page) => page.path).filter((path) => ORGANISATION_FILTERS.test(path))
    expect(built.sort()).toEqual([...expected].sort())
    console.info(`directory filter pages (page 1 of each) per locale at seed scale: ${built.length}`)
  })

  it('counts on the district links add up to "Alle": each organisation is in one district', () => {
    const problems: string[] = []
    for (const page of pages.filter(
      (each) => ORGANISATION_FILTERS.test(each.path) || each.path === '/de/organisationen/',
    )) {
      const [districts] = filterGroups(page)
      const [all, ...rest] = districts.options
      const sum = rest.reduce((total, option) => total + option.count, 0)
      if (sum !== all.count) problems.push(`${page.path}: districts add up to ${sum}, "Alle" says ${all.count}`)
    }
    expect(problems).toEqual([])
  })
})

describe('filter links promise what they lead to', () => {
  it('every filter link on a German directory or events page leads to a built page with exactly that many entries', () => {
    const problems: string[] = []
    let checked = 0
    for (const page of pages.filter(
      (each) =>
        ORGANISATION_FILTERS.test(each.path) ||
        EVENT_FILTERS.test(each.path) ||
        ['/de/organisationen/', '/de/veranstaltungen/'].includes(each.path),
    ))
      for (const group of filterGroups(page))
        for (const option of group.options) {
          const file = fileForPath(option.href)
          if (!file) {
            problems.push(`${page.path}: ${option.label} leads to ${option.href}, which is not built`)
            continue
          }
          const target = readPage(file)
          const isEvents = option.href.startsWith('/de/veranstaltungen/')
          const promised = isEvents ? entryCount('de', 'events', option.count) : entryCount('de', 'orgs', option.count)
          // The overviews say the total below their heading; the filtered pages in it.
          const says =
            option.href === '/de/veranstaltungen/'
              ? null
              : option.href === '/de/organisationen/'
                ? target.html.includes(`<p>${promised}</p>`)
                : heading(target).startsWith(`${promised} – `)
          if (says === false) problems.push(`${page.path}: ${option.label} → ${option.href} says "${heading(target)}"`)
          checked += 1
        }
    expect(problems).toEqual([])
    expect(checked).toBeGreaterThan(500)
  })
})

describe('the upcoming events filtered by district and field of work', () => {
  it('list each event once, soonest first, none in the past', () => {
    const built = pages.filter((page) => EVENT_FILTERS.test(page.path))
    expect(built.map((page) => page.path)).toContain('/de/veranstaltungen/bezirk/sterkrade/')
    const archive = pages.filter((page) => /^\/de\/veranstaltungen\/archiv\/(?:seite\/\d+\/)?$/.test(page.path))
    const past = new Set(
      archive.flatMap((page) =>
        [...page.html.matchAll(/<a href="(\/de\/veranstaltungen\/[^/"]+\/)"/g)].map((match) => match[1]),
      ),
    )
    expect(past.size).toBeGreaterThan(0)
    const problems: string[] = []
    for (const page of built) {
      const list = /<ul class="item-list">([\s\S]*?)<\/ul>\s*<\/div>/.exec(page.html)?.[1] ?? ''
      const links = [...list.matchAll(/<a href="(\/de\/veranstaltungen\/[^/"]+\/)"/g)].map((match) => match[1])
      const dates = [...list.matchAll(/<time datetime="([^"]+)"/g)].map((match) => match[1])
      if (new Set(links).size !== links.length) problems.push(`${page.path}: an event twice`)
      if (links.length === 0) problems.push(`${page.path}: no event`)
      for (const link of links.filter((each) => past.has(each))) problems.push(`${page.path}: ${link} is past`)
      if ([...dates].sort().join() !== dates.join()) problems.push(`${page.path}: not in date order`)
      if (!heading(page).startsWith(`${entryCount('de', 'events', links.length)} – `))
        problems.push(`${page.path}: heading "${heading(page)}" for ${links.length} events`)
    }
    expect(problems).toEqual([])
    console.info(`events filter pages (page 1 of each) per locale at seed scale: ${built.length}`)
  })
})
