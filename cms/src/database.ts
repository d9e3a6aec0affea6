import { mkdirSync } from 'node:fs'
import { dirname, isAbsolute, join, resolve } from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations as postgresMigrations } from './migrations/postgres'
import { migrations as sqliteMigrations } from './migrations/sqlite'
import { databaseKind, projectRoot } from './database-uri'

export { databaseKind, projectRoot, redactUri, type DatabaseKind } from './database-uri'

export const DEFAULT_DATABASE_URI = 'file:./data/cms.db'

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
