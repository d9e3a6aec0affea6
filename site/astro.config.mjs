import { defineConfig } from 'astro/config'
import mdx from '@astrojs/mdx'
import { buildRequest } from './src/build/request.ts'
import { i18n } from './src/i18n/astro-i18n.ts'
import { cmsFiles } from './src/integrations/cms-files.ts'
import { notFoundPages } from './src/integrations/not-found-pages.ts'

// What this build renders and where (SITE_BUILD_REQUEST names the request scripts/lib/site.ts writes); without it, all into dist/.
const request = buildRequest()

export default defineConfig({
  output: 'static',
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  outDir: request.outDir,
  // Builds running side by side (scripts/lib/site.ts) each keep their content store apart.
  cacheDir: request.cacheDir,
  trailingSlash: 'always',
  // Pages render while earlier ones are written: with one at a time the build waits on the disk for about 40% of its time.
  build: { concurrency: 4 },
  i18n,
  integrations: [mdx(), cmsFiles(), notFoundPages()],
})
