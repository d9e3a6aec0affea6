import { existsSync, mkdirSync } from 'node:fs'
import { dirname, isAbsolute, join, resolve } from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations as postgresMigrations } from './migrations/postgres'
import { migrations as sqliteMigrations } from './migrations/sqlite'

export const DEFAULT_DATABASE_URI = 'file:./data/cms.db'

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

/** `file:./x.db` relative to the project root, as an absolute `file:` URL; creates the folder. */
export function sqliteFileUrl(uri: string, root = projectRoot()): string {
  const path = uri.slice('file:'.length)
  const absolute = isAbsolute(path) ? path : resolve(root, path)
  mkdirSync(dirname(absolute), { recursive: true })
  return `file:${absolute}`
}

const migrationDir = (kind: 'sqlite' | 'postgres') => join(projectRoot(), 'cms', 'src', 'migrations', kind)

/**
 * The Payload database adapter for DATABASE_URI. Schema push (dev-mode auto-migration) stays off unless
 * PAYLOAD_DB_PUSH=true: every database, dev or production, is migrated by the committed migrations.
 */
export function databaseAdapter(uri = process.env.DATABASE_URI || DEFAULT_DATABASE_URI): DatabaseAdapterObj {
  const push = process.env.PAYLOAD_DB_PUSH === 'true'
  switch (databaseKind(uri)) {
    case 'sqlite':
      return sqliteAdapter({
        client: { url: sqliteFileUrl(uri) },
        wal: true,
        busyTimeout: 5000,
        push,
        migrationDir: migrationDir('sqlite'),
        prodMigrations: sqliteMigrations,
      })
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: uri, connectionTimeoutMillis: 5000 },
        push,
        migrationDir: migrationDir('postgres'),
        prodMigrations: postgresMigrations,
      })
    case 'mongodb':
      return mongooseAdapter({ url: uri, connectOptions: { serverSelectionTimeoutMS: 5000 } })
  }
}
