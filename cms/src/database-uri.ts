/** DATABASE_URI handling without any database driver, so that scripts can check it before loading Payload. */
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

/** The project root: the nearest folder above `start` that holds pnpm-workspace.yaml. */
export function projectRoot(start = process.cwd()): string {
  let folder = resolve(start)
  while (!existsSync(join(folder, 'pnpm-workspace.yaml'))) {
    const parent = dirname(folder)
    if (parent === folder) return resolve(start)
    folder = parent
  }
  return folder
}

export function databaseKind(uri: string): DatabaseKind {
  const scheme = uri.slice(0, Math.max(0, uri.indexOf(':'))).toLowerCase()
  if (scheme === 'file') return 'sqlite'
  if (scheme === 'postgres' || scheme === 'postgresql') return 'postgres'
  if (scheme === 'mongodb' || scheme === 'mongodb+srv') return 'mongodb'
  throw new Error(
    `DATABASE_URI has the unsupported scheme "${scheme || uri}". Use file:./data/cms.db (SQLite), ` +
      'postgres://user:password@host:5432/db (PostgreSQL) or mongodb://host:27017/db (MongoDB).',
  )
}

/** The URI with its password replaced, safe to print in error messages and logs. */
export function redactUri(uri: string): string {
  return uri.replace(/^([a-z+]+:\/\/[^:/@]+:)[^@]*@/i, '$1***@')
}
