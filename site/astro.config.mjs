import { defineConfig } from 'astro/config'
import mdx from '@astrojs/mdx'
import { i18n } from './src/i18n/astro-i18n.ts'
import { cmsFiles } from './src/integrations/cms-files.ts'
import { notFoundPages } from './src/integrations/not-found-pages.ts'

export default defineConfig({
  output: 'static',
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  outDir: process.env.SITE_OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  i18n,
  integrations: [mdx(), cmsFiles(), notFoundPages()],
})
