import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const SKIPPED = new Set(['node_modules', '.next', '.astro', 'dist'])

/** A hash over the names and contents of every file below the given paths (build caches skipped). */
export function fingerprint(paths: string[], base: string, extra = ''): string {
  const hash = createHash('sha256').update(extra)
  const visit = (path: string) => {
    if (!existsSync(path)) return
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) if (!SKIPPED.has(entry)) visit(join(path, entry))
      return
    }
    hash.update(relative(base, path)).update('\0').update(readFileSync(path)).update('\0')
  }
  for (const path of paths) visit(path)
  return hash.digest('hex')
}

export function readStamp(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined
}
