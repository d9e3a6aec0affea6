/**
 * Search engines find every public page: robots.txt names the sitemap index, the index names sitemap files within
 * the protocol's limits, and together they list exactly the built HTML pages (not the 404 pages or previews), each
 * with its last change and its language versions; the start pages name the language choice (/) as x-default.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { requireDist, SITE_BUILT_BEFORE } from './dist.ts'
import { checkSitemap, type SitemapCheck, type SitemapUrl } from './sitemap-check.ts'

let sitemap: SitemapCheck
let listed: Map<string, SitemapUrl>

beforeAll(() => {
  sitemap = checkSitemap(requireDist())
  listed = new Map(sitemap.files.flatMap((file) => file.urls.map((url) => [url.loc, url] as const)))
})

describe('the sitemap', () => {
  it('is named by robots.txt as an index of sitemap files, each within 50,000 addresses and 50 MB', () => {
    expect(sitemap.files.length).toBeGreaterThan(0)
    expect(sitemap.overLimits).toEqual([])
  })

  it('lists every built page except the 404 pages and previews, each once, and nothing that was not built', () => {
    expect(sitemap.pages.length).toBeGreaterThan(2000)
    expect(sitemap.missing).toEqual([])
    expect(sitemap.extra).toEqual([])
    expect(sitemap.locs.length).toBe(new Set(sitemap.locs).size)
    expect(sitemap.locs.length).toBe(sitemap.pages.length)
  })

  it('lists event, organisation, indicator and overview pages, not only content pages and documents', () => {
    const paths = sitemap.locs.map((loc) => new URL(loc).pathname)
    const count = (pattern: RegExp) => paths.filter((path) => pattern.test(path)).length
    expect(count(/^\/de\/veranstaltungen\/(?!archiv\/|monat\/)[^/]+\/$/)).toBeGreaterThan(10)
    expect(count(/^\/tr\/organisationen\/(?!bezirk\/|sprache\/|feld\/|seite\/)[^/]+\/$/)).toBeGreaterThan(10)
    expect(count(/^\/ar\/integrationsmonitoring\/(?!seite\/)[^/]+\/$/)).toBeGreaterThan(5)
    for (const overview of ['/de/', '/de/veranstaltungen/', '/uk/organisationen/', '/fa/dokumente/', '/de/suche/a-z/'])
      expect(paths).toContain(overview)
  })

  it('lists the language choice (/) as the x-default of the start pages, beside each language’s start page', () => {
    const { origin } = sitemap
    const choice = listed.get(`${origin}/`)
    expect(choice?.alternates.get('x-default')).toBe(`${origin}/`)
    expect(choice?.alternates.get('tr')).toBe(`${origin}/tr/`)
    expect(choice?.alternates.get('de-x-ls')).toBe(`${origin}/leichte-sprache/`)
    expect(listed.get(`${origin}/ar/`)?.alternates.get('x-default')).toBe(`${origin}/`)
    expect(listed.get(`${origin}/ar/`)?.alternates.size).toBe(12)
    expect(listed.get(`${origin}/de/dokumente/`)?.alternates.has('x-default')).toBe(false)
  })

  it('gives an event page the time of the event’s last change in the CMS and its address in every language', async () => {
    const cms = process.env.CMS_URL
    expect(cms, 'CMS_URL (set by scripts/test.ts)').toBeTruthy()
    // The event changed last before the checked site was built (browser tests change events after that).
    const before = encodeURIComponent(SITE_BUILT_BEFORE)
    const response = await fetch(
      `${cms}/api/events?limit=1&sort=-updatedAt&depth=0&select[slug]=true&select[updatedAt]=true&where[updatedAt][less_than]=${before}`,
    )
    const [event] = ((await response.json()) as { docs: { slug: string; updatedAt: string }[] }).docs
    const { origin } = sitemap
    const url = listed.get(`${origin}/tr/veranstaltungen/${event.slug}/`)
    expect(url?.lastmod).toBe(event.updatedAt)
    expect(url?.alternates.get('de')).toBe(`${origin}/de/veranstaltungen/${event.slug}/`)
    expect(url?.alternates.get('de-x-ls')).toBe(`${origin}/leichte-sprache/veranstaltungen/${event.slug}/`)
    expect(url?.alternates.size).toBe(11)
  })
})
