/**
 * The bench's sitemap check at bench scale: the built site's sitemap index lists every public page, no file over
 * the protocol's limits (site/tests/build/sitemap-check.ts, the same check the site tests run on the seed site).
 */
export type SitemapMeasure = {
  files: number
  addresses: number
  pages: number
  largestFileAddresses: number
  largestFileMB: number
  missing: number
  extra: number
  overLimits: string[]
  /** The first few pages the sitemap does not list, and addresses it lists without a page. */
  examples: string[]
  seconds: number
  ok: boolean
}

export async function measureSitemap(root: string): Promise<SitemapMeasure> {
  const { checkSitemap } = await import('../../site/tests/build/sitemap-check')
  const started = performance.now()
  const check = checkSitemap(root)
  const largest = check.files.reduce((max, file) => (file.bytes > max.bytes ? file : max), check.files[0])
  return {
    files: check.files.length,
    addresses: check.locs.length,
    pages: check.pages.length,
    largestFileAddresses: Math.max(...check.files.map((file) => file.urls.length)),
    largestFileMB: Math.round((largest.bytes / 2 ** 20) * 10) / 10,
    missing: check.missing.length,
    extra: check.extra.length,
    overLimits: check.overLimits,
    examples: [...check.missing.slice(0, 5), ...check.extra.slice(0, 5)],
    seconds: Math.round(performance.now() - started) / 1000,
    ok:
      check.missing.length === 0 &&
      check.extra.length === 0 &&
      check.overLimits.length === 0 &&
      check.locs.length === new Set(check.locs).size,
  }
}
