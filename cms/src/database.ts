import { mkdirSync } from 'node:fs'
import { dirname, isAbsolute, join, resolve } from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter, type PostgresAdapter } from '@payloadcms/db-postgres'
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

/** The part of Payload's dialect-neutral table description (`adapter.rawTables`) that `indexParentColumns` reads and extends. */
type RawTable = {
  name: string
  columns: Record<string, unknown>
  indexes?: Record<string, { name: string; on: string | string[]; unique?: boolean }>
}

/**
 * Payload reads a document's localized fields from `<table>_locales` with `WHERE _parent_id = ?`, and hasMany
 * text/number fields from `<table>_texts` / `_numbers` with `WHERE parent_id = ?`, but indexes those tables only on
 * `(_locale, _parent_id)` and `(order, parent_id)`. Neither starts with the parent, so every document read scanned
 * the whole table: a REST list of 20 events scanned events_locales 20 times (45 ms of a 55 ms request at 10k entries;
 * 1 ms with the index). This adds `<table>_parent_idx` to every table whose parent column no index starts with.
 */
function indexParentColumns(rawTables: Record<string, RawTable>): void {
  for (const table of Object.values(rawTables)) {
    const parent = ['_parentID', 'parent'].find((key) => key in table.columns)
    if (!parent) continue
    const indexes = (table.indexes ??= {})
    const first = (on: string | string[]) => (Array.isArray(on) ? on[0] : on)
    if (!Object.values(indexes).some((index) => first(index.on) === parent))
      indexes.parentIdx = { name: `${table.name}_parent_idx`, on: parent }
  }
}

const hasRawTables = (adapter: unknown): adapter is { rawTables: Record<string, RawTable> } =>
  typeof adapter === 'object' && adapter !== null && 'rawTables' in adapter && typeof adapter.rawTables === 'object'

/**
 * `beforeSchemaInit` hook of both SQL adapters: extends the raw tables before Payload builds the Drizzle schema (and the
 * migrations) from them. Payload passes the adapter to SQLite hooks as well, but only the PostgreSQL hook type says so.
 */
function parentIndexes<Schema>(args: { schema: Schema }): Schema {
  if (!('adapter' in args) || !hasRawTables(args.adapter))
    throw new Error(
      'Payload no longer passes the adapter with its raw tables to schema hooks: the parent-column indexes cannot be added.',
    )
  indexParentColumns(args.adapter.rawTables)
  return args.schema
}

/**
 * When PostgreSQL goes away (a restart, a network blip), each open connection emits an `error` event. pg's pool
 * listens only on idle connections: one in use at that moment (a request's transaction, a job) had no listener, and
 * Node ended the CMS with an uncaught "Connection terminated unexpectedly". Every connection of the adapter's pool now
 * logs its error instead; the query it was running fails as before, and the pool opens new connections when the
 * database is back (cms/tests/int/database-outage.test.ts).
 */
function withListeningConnections(adapter: DatabaseAdapterObj<PostgresAdapter>): DatabaseAdapterObj<PostgresAdapter> {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      class ListeningPool extends db.pg.Pool {
        constructor(config?: ConstructorParameters<typeof db.pg.Pool>[0]) {
          super(config)
          this.on('connect', (client) =>
            client.on('error', (error) => console.warn(`⚠ Datenbankverbindung unterbrochen: ${error.message}`)),
          )
        }
      }
      db.pg = { ...db.pg, Pool: ListeningPool }
      return db
    },
  }
}

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
        beforeSchemaInit: [parentIndexes],
      })
    case 'postgres':
      return withListeningConnections(
        postgresAdapter({
          pool: { connectionString: uri, connectionTimeoutMillis: 5000 },
          push,
          migrationDir: migrationDir('postgres'),
          prodMigrations: postgresMigrations,
          beforeSchemaInit: [parentIndexes],
        }),
      )
    case 'mongodb':
      return mongooseAdapter({ url: uri, connectOptions: { serverSelectionTimeoutMS: 5000 } })
  }
}
