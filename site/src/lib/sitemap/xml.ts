/**
 * The sitemap as XML (sitemaps.org 0.9 with xhtml:link alternates): the addresses split into as many files as the
 * protocol's limits need, and the index that names them.
 */
import { localeCodes, type LocaleCode } from '#/i18n/locales.ts'
import { hreflang } from '../alternates.ts'
import { escapeHtml } from '../richtext.ts'

/** One address per locale of the same content. */
export type AlternateSet = Partial<Record<LocaleCode, string>>

/**
 * A page in every locale it exists in, and when its content last changed (ISO 8601), if known. `xDefault`: the
 * address for readers of any other language (hreflang x-default; the start pages' is the language choice, `/`),
 * listed with the others.
 */
export type SitemapPage = { alternates: AlternateSet; lastmod: string | null; xDefault?: string }

/** What one sitemap file may hold (sitemaps.org): 50,000 addresses and 50 MB (52,428,800 bytes) uncompressed. */
export type SitemapLimits = { urls: number; bytes: number }
export const sitemapLimits: SitemapLimits = { urls: 50_000, bytes: 50 * 1024 * 1024 }

const URLSET_OPEN =
  '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
const URLSET_CLOSE = '</urlset>\n'

/** A sitemap file's addresses, its XML, and the newest lastmod among them. */
export type SitemapFile = { urls: number; xml: string; lastmod: string | null }

const absolute = (path: string, site: URL) => escapeHtml(new URL(path, site).href)

/** The <url> elements of a page: one per locale (and its x-default), each naming every language version (hreflang). */
function urlElements(page: SitemapPage, site: URL): string[] {
  const versions = localeCodes
    .filter((code) => page.alternates[code])
    .map((code) => ({ hreflang: hreflang(code), path: page.alternates[code]! }))
  if (page.xDefault) versions.push({ hreflang: 'x-default', path: page.xDefault })
  const links = versions
    .map((each) => `    <xhtml:link rel="alternate" hreflang="${each.hreflang}" href="${absolute(each.path, site)}"/>`)
    .join('\n')
  const lastmod = page.lastmod ? `    <lastmod>${escapeHtml(page.lastmod)}</lastmod>\n` : ''
  return versions.map((each) => `  <url>\n    <loc>${absolute(each.path, site)}</loc>\n${lastmod}${links}\n  </url>\n`)
}

const newer = (a: string | null, b: string | null) => (a === null || (b !== null && b > a) ? b : a)

/**
 * The pages as sitemap files, each within `limits` (addresses and bytes of UTF-8). A page's language versions
 * stay together in one file where they fit. At least one file, empty when there are no pages.
 */
export function sitemapFiles(pages: SitemapPage[], site: URL, limits: SitemapLimits = sitemapLimits): SitemapFile[] {
  const frame = Buffer.byteLength(URLSET_OPEN) + Buffer.byteLength(URLSET_CLOSE)
  const files: SitemapFile[] = []
  let parts: string[] = []
  let bytes = frame
  let lastmod: string | null = null
  const close = () => {
    files.push({ urls: parts.length, xml: URLSET_OPEN + parts.join('') + URLSET_CLOSE, lastmod })
    parts = []
    bytes = frame
    lastmod = null
  }
  for (const page of pages) {
    for (const element of urlElements(page, site)) {
      const size = Buffer.byteLength(element)
      if (frame + size > limits.bytes)
        throw new Error(`the sitemap entry of ${page.alternates.de ?? element} alone is over ${limits.bytes} bytes`)
      if (parts.length + 1 > limits.urls || bytes + size > limits.bytes) close()
      parts.push(element)
      bytes += size
      lastmod = newer(lastmod, page.lastmod)
    }
  }
  if (parts.length > 0 || files.length === 0) close()
  return files
}

/** The sitemap index naming each file (`paths[i]` for `files[i]`) with the newest change in it. */
export function sitemapIndexXml(files: SitemapFile[], paths: string[], site: URL): string {
  const entries = files.map((file, index) => {
    const lastmod = file.lastmod ? `\n    <lastmod>${escapeHtml(file.lastmod)}</lastmod>` : ''
    return `  <sitemap>\n    <loc>${absolute(paths[index], site)}</loc>${lastmod}\n  </sitemap>\n`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('')}</sitemapindex>\n`
}
