import { getPayload, type Migration, type Payload } from 'payload'

import config from './payload.config'
import { databaseKind } from './database'
import { migrations as postgresMigrations } from './migrations/postgres'
import { migrations as sqliteMigrations } from './migrations/sqlite'

/** Payload's Local API for scripts and tests, without Next.js. */
export async function openPayload(): Promise<Payload> {
  return getPayload({ config })
}

/** Applies the committed migrations of the configured database (MongoDB needs none). */
export async function migrate(payload: Payload): Promise<void> {
  const kind = databaseKind(process.env.DATABASE_URI || 'file:')
  if (kind === 'mongodb') return
  // Generated migrations type their argument as their adapter passes it; Payload's `Migration` says `unknown`, because
  // the core does not know the adapter. The adapter of `kind` is the one that runs them.
  const migrations = (kind === 'sqlite' ? sqliteMigrations : postgresMigrations) as Migration[]
  await payload.db.migrate({ migrations })
}
