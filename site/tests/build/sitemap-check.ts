/**
 * The sitemap of a built site as a search engine reads it, compared with the HTML pages in the folder: robots.txt →
 * the sitemap index → its files. Used by the site checks (./sitemap.test.ts, seed scale) and the bench (scripts/
 * bench.ts, ~118,000 pages), so it reads each file once and no page's HTML but the root's.
 */
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

import { distFiles } from './dist.ts'

/** sitemaps.org: a sitemap file or index holds at most 50,000 entries and 50 MB (52,428,800 bytes) uncompressed. */
export const SITEMAP_MAX_URLS = 50_000
export const SITEMAP_MAX_BYTES = 50 * 1024 * 1024

export type SitemapUrl = { loc: string; lastmod?: string; alternates: Map<string, string> }
export type SitemapFileRead = { path: string; bytes: number; urls: SitemapUrl[] }

export type SitemapCheck = {
  origin: string
  files: SitemapFileRead[]
  /** Every <loc> of every file, in order (duplicates kept). */
  locs: string[]
  /** The absolute address of every HTML page but the 404s and previews. */
  pages: string[]
  /** Pages the sitemap does not list. */
  missing: string[]
  /** Addresses in the sitemap without a built page. */
  extra: string[]
  /** Files over 50,000 addresses or 50 MB, and whether the index itself is. */
  overLimits: string[]
}

const values = (xml: string, tag: string) =>
  [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((match) => match[1])

function readUrls(xml: string): SitemapUrl[] {
  return xml
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
}

/** The HTML files a reader or a search engine should find (relative paths). */
export function publicHtmlFiles(root: string): string[] {
  return distFiles(root).filter(
    (file) => file.endsWith('.html') && !/(^|\/)404\.html$/.test(file) && !file.startsWith('vorschau/'),
  )
}

/** `de/kontakt/index.html` → `/de/kontakt/`. */
const addressOf = (file: string) => '/' + file.replace(/(^|\/)index\.html$/, '$1')

export function checkSitemap(root: string): SitemapCheck {
  const read = (path: string) => readFileSync(join(root, path), 'utf8')
  const named = /^Sitemap: (\S+)$/m.exec(read('robots.txt'))?.[1]
  if (!named) throw new Error(`${join(root, 'robots.txt')} names no sitemap`)
  const index = new URL(named)
  const indexXml = read(index.pathname)
  if (!indexXml.includes('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'))
    throw new Error(`${index.pathname} is not a sitemap index`)
  const overLimits: string[] = []
  const indexLocs = values(indexXml, 'loc')
  if (indexLocs.length > SITEMAP_MAX_URLS) overLimits.push(`${index.pathname}: ${indexLocs.length} files`)
  const files = indexLocs.map((loc) => {
    const { origin, pathname } = new URL(loc)
    if (origin !== index.origin) throw new Error(`the sitemap index names ${loc}, outside ${index.origin}`)
    const file = { path: pathname, bytes: statSync(join(root, pathname)).size, urls: readUrls(read(pathname)) }
    if (file.urls.length > SITEMAP_MAX_URLS || file.bytes > SITEMAP_MAX_BYTES)
      overLimits.push(`${pathname}: ${file.urls.length} addresses, ${file.bytes} bytes`)
    return file
  })
  const locs = files.flatMap((file) => file.urls.map((url) => url.loc))
  const pages = publicHtmlFiles(root).map((file) => index.origin + addressOf(file))
  const listed = new Set(locs)
  const built = new Set(pages)
  return {
    origin: index.origin,
    files,
    locs,
    pages,
    missing: pages.filter((page) => !listed.has(page)),
    extra: locs.filter((loc) => !built.has(loc)),
    overLimits,
  }
}
