import type { APIRoute } from 'astro'
import { pageAlternates } from '#/lib/pages/pages.ts'
import { siteData } from '#/lib/site-data.ts'
import { sitemapXml } from '#/lib/sitemap.ts'
import { documentsUrl, documentUrl } from '#/lib/urls.ts'
import { localeCodes } from '#/i18n/locales.ts'

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('sitemap.xml needs `site` in astro.config.mjs')
  const { pages, pageIndex, documents } = await siteData()
  const perLocale = (url: (locale: (typeof localeCodes)[number]) => string) =>
    Object.fromEntries(localeCodes.map((locale) => [locale, url(locale)]))
  const sets = [
    ...pages.map((page) => pageAlternates(page, pageIndex)),
    perLocale(documentsUrl),
    ...documents.map((doc) => perLocale((locale) => documentUrl(doc.slug, locale))),
  ]
  return new Response(sitemapXml(sets, site), { headers: { 'content-type': 'application/xml; charset=utf-8' } })
}
