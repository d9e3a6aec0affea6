import { readdir, rename, rmdir } from 'node:fs/promises'
import type { AstroIntegration } from 'astro'

/**
 * Astro writes `src/pages/[locale]/404.astro` as `/{locale}/404/index.html`; static servers look for
 * `/{locale}/404.html`. This moves each one there.
 */
export function notFoundPages(): AstroIntegration {
  return {
    name: 'ki:not-found-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let moved = 0
        for (const entry of await readdir(dir, { withFileTypes: true })) {
          if (!entry.isDirectory()) continue
          const folder = new URL(`./${entry.name}/404/`, dir)
          const files = await readdir(folder).catch((): string[] => [])
          if (!files.includes('index.html')) continue
          await rename(new URL('./index.html', folder), new URL(`./${entry.name}/404.html`, dir))
          await rmdir(folder)
          moved += 1
        }
        logger.info(`${moved} per-language 404 pages written as /{locale}/404.html`)
      },
    },
  }
}
