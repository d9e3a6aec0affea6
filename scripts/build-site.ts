/**
 * npm run build-site: builds the static site from the CMS API (CMS_URL, default http://localhost:3000),
 * indexes it with Pagefind and swaps it into data/site. A failed build leaves the last good site in place.
 *   npm run build-site -- --force   rebuild even when neither code nor content changed
 */
import { runtimeConfig } from './lib/env'
import { runMain } from './lib/processes'
import { buildSite } from './lib/site'

runMain(async () => {
  const config = runtimeConfig()
  const site = await buildSite({ cmsUrl: config.cmsUrl, env: config.env, force: process.argv.includes('--force') })
  console.log(`▸ Site ${site.status}: ${site.pages} HTML pages in ${site.seconds.toFixed(1)} s → ${site.output}`)
})
