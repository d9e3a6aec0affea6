/**
 * Search engines find every public page: robots.txt names the sitemap index, the index names sitemap files within
 * the protocol's limits, and together they list exactly the built HTML pages (not the 404 pages, previews or the
 * root's redirect), each with its last change and its language versions.
 */
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { sitemapLimits } from '#/lib/sitemap/xml.ts'
import { distFiles, parsePage, isRedirectPage, requireDist, urlPathOf } from './dist.ts'

type SitemapUrl = { loc: string; lastmod?: string; alternates: Map<string, string> }

const read = (path: string) => readFileSync(join(requireDist(), path), 'utf8')
const values = (xml: string, tag: string) =>
  [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((match) => match[1])

let origin: string
let files: { path: string; bytes: number; urls: SitemapUrl[] }[]
let listed: Map<string, SitemapUrl>

beforeAll(() => {
  const robots = read('robots.txt')
  const index = new URL(/^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '')
  origin = index.origin
  const indexXml = read(index.pathname)
  expect(indexXml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
  files = values(indexXml, 'loc').map((loc) => {
    const url = new URL(loc)
    expect(url.origin).toBe(origin)
    const xml = read(url.pathname)
    const urls = xml
      .split('<url>')
      .slice(1)
      .map((element) => ({
        loc: values(element, 'loc')[0],
        lastmod: values(element, 'lastmod')[0],
        alternates: new Map(
          [...element.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(
            (match) => [match[1], match[2]] as const,
          ),
        ),
      }))
    return { path: url.pathname, bytes: statSync(join(requireDist(), url.pathname)).size, urls }
  })
  listed = new Map(files.flatMap((file) => file.urls.map((url) => [url.loc, url] as const)))
})

/** The address of every HTML page a reader or a search engine should find. */
function publicPages(): string[] {
  return distFiles()
    .filter((file) => file.endsWith('.html') && !/(^|\/)404\.html$/.test(file) && !file.startsWith('vorschau/'))
    .filter((file) => !isRedirectPage(parsePage(file)))
    .map((file) => origin + urlPathOf(file))
}

describe('the sitemap', () => {
  it('is named by robots.txt as an index of sitemap files, each within 50,000 addresses and 50 MB', () => {
    expect(files.length).toBeGreaterThan(0)
    expect(files.length).toBeLessThanOrEqual(sitemapLimits.urls)
    for (const file of files) {
      expect(file.urls.length, file.path).toBeLessThanOrEqual(50_000)
      expect(file.bytes, file.path).toBeLessThanOrEqual(50 * 1024 * 1024)
    }
  })

  it('lists every built page except the 404 pages and previews, each once, and nothing that was not built', () => {
    const pages = publicPages()
    expect(pages.length).toBeGreaterThan(2000)
    const all = files.flatMap((file) => file.urls.map((url) => url.loc))
    expect(all.length).toBe(new Set(all).size)
    const built = new Set(pages)
    expect(pages.filter((page) => !listed.has(page))).toEqual([])
    expect(all.filter((loc) => !built.has(loc))).toEqual([])
  })

  it('lists event, organisation, indicator and overview pages, not only content pages and documents', () => {
    const paths = [...listed.keys()].map((loc) => new URL(loc).pathname)
    const count = (pattern: RegExp) => paths.filter((path) => pattern.test(path)).length
    expect(count(/^\/de\/veranstaltungen\/(?!archiv\/|monat\/)[^/]+\/$/)).toBeGreaterThan(10)
    expect(count(/^\/tr\/organisationen\/(?!bezirk\/|sprache\/|feld\/|seite\/)[^/]+\/$/)).toBeGreaterThan(10)
    expect(count(/^\/ar\/integrationsmonitoring\/(?!seite\/)[^/]+\/$/)).toBeGreaterThan(5)
    for (const overview of ['/de/', '/de/veranstaltungen/', '/uk/organisationen/', '/fa/dokumente/', '/de/suche/a-z/'])
      expect(paths).toContain(overview)
  })

  it('gives an event page the time of the event’s last change in the CMS and its address in every language', async () => {
    const cms = process.env.CMS_URL
    expect(cms, 'CMS_URL (set by scripts/test.ts)').toBeTruthy()
    const response = await fetch(
      `${cms}/api/events?limit=1&sort=-updatedAt&depth=0&select[slug]=true&select[updatedAt]=true`,
    )
    const [event] = ((await response.json()) as { docs: { slug: string; updatedAt: string }[] }).docs
    const url = listed.get(`${origin}/tr/veranstaltungen/${event.slug}/`)
    expect(url?.lastmod).toBe(event.updatedAt)
    expect(url?.alternates.get('de')).toBe(`${origin}/de/veranstaltungen/${event.slug}/`)
    expect(url?.alternates.get('de-x-ls')).toBe(`${origin}/leichte-sprache/veranstaltungen/${event.slug}/`)
    expect(url?.alternates.size).toBe(11)
  })
})
