import { describe, expect, it } from 'vitest'
import { sitemapFiles, sitemapIndexXml, sitemapLimits, type SitemapPage } from '#/lib/sitemap/xml.ts'

const site = new URL('https://ki.example/')

/** A page in German, Turkish and Arabic, changed on day `day` of December 2026. */
const page = (slug: string, day: number): SitemapPage => ({
  alternates: { de: `/de/${slug}/`, tr: `/tr/${slug}/`, ar: `/ar/${slug}/` },
  lastmod: `2026-12-${String(day).padStart(2, '0')}T10:00:00.000Z`,
})

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])

describe('sitemap files', () => {
  it('list every language version of a page with its alternates and the date of its last change', () => {
    const [file] = sitemapFiles([page('kita', 3)], site)
    expect(locs(file.xml)).toEqual([
      'https://ki.example/de/kita/',
      'https://ki.example/tr/kita/',
      'https://ki.example/ar/kita/',
    ])
    const turkish = file.xml.split('<url>')[2]
    expect(turkish).toContain('<lastmod>2026-12-03T10:00:00.000Z</lastmod>')
    expect(
      [...turkish.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((match) => `${match[1]} ${match[2]}`),
    ).toEqual(['de https://ki.example/de/kita/', 'tr https://ki.example/tr/kita/', 'ar https://ki.example/ar/kita/'])
  })

  it('list a start page’s x-default (the language choice) as an address of its own, named by every version', () => {
    const start: SitemapPage = { alternates: { de: '/de/', tr: '/tr/', ar: '/ar/' }, lastmod: null, xDefault: '/' }
    const [file] = sitemapFiles([start], site)
    expect(locs(file.xml)).toEqual([
      'https://ki.example/de/',
      'https://ki.example/tr/',
      'https://ki.example/ar/',
      'https://ki.example/',
    ])
    const links = (element: string) =>
      [...element.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((match) => `${match[1]} ${match[2]}`)
    const expected = [
      'de https://ki.example/de/',
      'tr https://ki.example/tr/',
      'ar https://ki.example/ar/',
      'x-default https://ki.example/',
    ]
    expect(file.xml.split('<url>').slice(1).map(links)).toEqual([expected, expected, expected, expected])
  })

  it('start a new file when the next address would pass the address limit', () => {
    const pages = Array.from({ length: 7 }, (_, index) => page(`p${index}`, index + 1))
    const files = sitemapFiles(pages, site, { urls: 5, bytes: sitemapLimits.bytes })
    expect(files.map((file) => file.urls)).toEqual([5, 5, 5, 5, 1])
    expect(files.flatMap((file) => locs(file.xml))).toHaveLength(21)
    expect(new Set(files.flatMap((file) => locs(file.xml))).size).toBe(21)
  })

  it('start a new file when the next address would pass the byte limit, and stay under it', () => {
    const pages = Array.from({ length: 20 }, (_, index) => page(`seite-mit-einem-langen-namen-${index}`, 1))
    const limit = 4_000
    const files = sitemapFiles(pages, site, { urls: sitemapLimits.urls, bytes: limit })
    expect(files.length).toBeGreaterThan(1)
    for (const file of files) expect(Buffer.byteLength(file.xml)).toBeLessThanOrEqual(limit)
    expect(files.flatMap((file) => locs(file.xml))).toHaveLength(60)
    // Each file is full: the first address of the next one would not have fitted.
    for (const [index, file] of files.slice(0, -1).entries()) {
      const next = files[index + 1].xml.split('</url>\n')[0].split('<url>')[1]
      expect(Buffer.byteLength(file.xml) + Buffer.byteLength(`  <url>${next}</url>\n`)).toBeGreaterThan(limit)
    }
  })

  it('name in the index each file with the newest change among its addresses', () => {
    const files = sitemapFiles([page('a', 2), page('b', 9), page('c', 4)], site, {
      urls: 6,
      bytes: sitemapLimits.bytes,
    })
    const index = sitemapIndexXml(files, ['/sitemap-1.xml', '/sitemap-2.xml'], site)
    expect(locs(index)).toEqual(['https://ki.example/sitemap-1.xml', 'https://ki.example/sitemap-2.xml'])
    expect([...index.matchAll(/<lastmod>([^<]+)<\/lastmod>/g)].map((match) => match[1])).toEqual([
      '2026-12-09T10:00:00.000Z',
      '2026-12-04T10:00:00.000Z',
    ])
  })

  it('refuse an entry that alone is over the byte limit instead of writing a file over it', () => {
    expect(() => sitemapFiles([page('a', 1)], site, { urls: 10, bytes: 300 })).toThrow('alone is over 300 bytes')
  })

  it('write one empty file for a site without pages', () => {
    expect(sitemapFiles([], site).map((file) => file.urls)).toEqual([0])
  })
})
