/**
 * The site's sitemap, computed once per build: /sitemap.xml is the index (robots.txt names it), naming the files
 * /sitemap-1.xml, /sitemap-2.xml, … that hold the addresses (./pages.ts), each within the protocol's limits (./xml.ts).
 */
import { siteData } from '#/lib/site-data.ts'
import { sitemapPages } from './pages.ts'
import { sitemapFiles, sitemapIndexXml, type SitemapFile } from './xml.ts'

/** `/sitemap-3.xml`: the third file of the sitemap. */
export const sitemapFilePath = (number: number) => `/sitemap-${number}.xml`

/** The site's origin as astro.config.mjs sets it (`site`). */
function siteUrl(): URL {
  const site = import.meta.env.SITE
  if (!site) throw new Error('the sitemap needs `site` in astro.config.mjs')
  return new URL(site)
}

let built: Promise<SitemapFile[]> | undefined

/** The sitemap files of this build, in order (file n is served at sitemapFilePath(n)). */
export function siteSitemapFiles(): Promise<SitemapFile[]> {
  built ??= siteData().then(async (data) => sitemapFiles(await sitemapPages(data), siteUrl()))
  return built
}

/** The sitemap index of this build. */
export async function siteSitemapIndex(): Promise<string> {
  const files = await siteSitemapFiles()
  const paths = files.map((_, index) => sitemapFilePath(index + 1))
  return sitemapIndexXml(files, paths, siteUrl())
}
