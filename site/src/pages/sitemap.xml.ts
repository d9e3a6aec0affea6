import type { APIRoute } from 'astro'
import { siteSitemapIndex } from '#/lib/sitemap/index.ts'

/** The sitemap index: names every sitemap file (/sitemap-N.xml). */
export const GET: APIRoute = async () =>
  new Response(await siteSitemapIndex(), { headers: { 'content-type': 'application/xml; charset=utf-8' } })
