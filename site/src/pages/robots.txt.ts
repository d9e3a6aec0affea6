import type { APIRoute } from 'astro'

/**
 * The sitemap index names every sitemap file. Previews of drafts (/vorschau/<token>/…, scripts/lib/preview.ts) are
 * for editors and the people they send them to.
 */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\nDisallow: /vorschau/\n\nSitemap: ${new URL('/sitemap.xml', site).href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })
