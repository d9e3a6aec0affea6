import { defineConfig } from 'astro/config'
import mdx from '@astrojs/mdx'
import { i18n } from './src/i18n/astro-i18n.ts'
import { cmsFiles } from './src/integrations/cms-files.ts'
import { notFoundPages } from './src/integrations/not-found-pages.ts'

export default defineConfig({
  output: 'static',
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  outDir: process.env.SITE_OUT_DIR ?? 'dist',
  // Builds running side by side (scripts/lib/site.ts) each keep their content store apart.
  cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Pages render while earlier ones are written: with one at a time the build waits on the disk for about 40% of its time.
  build: { concurrency: 4 },
  i18n,
  integrations: [mdx(), cmsFiles(), notFoundPages()],
})
