import { localeCodes, type LocaleCode } from '#/i18n/locales.ts'
import { hreflang } from './alternates.ts'
import { escapeHtml } from './richtext.ts'

/** One address per locale of the same content. */
export type AlternateSet = Partial<Record<LocaleCode, string>>

/** sitemap.xml with one <url> per address and xhtml:link alternates to every language version. */
export function sitemapXml(sets: AlternateSet[], site: URL): string {
  const urls = sets.flatMap((set) => {
    const links = localeCodes
      .filter((code) => set[code])
      .map(
        (code) =>
          `    <xhtml:link rel="alternate" hreflang="${hreflang(code)}" href="${escapeHtml(new URL(set[code]!, site).href)}"/>`,
      )
      .join('\n')
    return localeCodes
      .filter((code) => set[code])
      .map((code) => `  <url>\n    <loc>${escapeHtml(new URL(set[code]!, site).href)}</loc>\n${links}\n  </url>`)
  })
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`
}
