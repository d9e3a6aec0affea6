import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { Payload } from 'payload'

export type TestCms = { payload: Payload; databaseUri: string; dataDir: string; close: () => Promise<void> }

/** The database this run tests against: TEST_DATABASE_URI (set by scripts/test.ts) or a temporary SQLite file. */
export function testDatabaseKind(): 'sqlite' | 'postgres' | 'mongodb' {
  const uri = process.env.TEST_DATABASE_URI ?? ''
  if (uri.startsWith('postgres')) return 'postgres'
  if (uri.startsWith('mongodb')) return 'mongodb'
  return 'sqlite'
}

async function freshPostgresDatabase(baseUri: string): Promise<{ uri: string; drop: () => Promise<void> }> {
  const { default: pg } = await import('pg')
  const name = `ki_test_${process.pid}_${Date.now().toString(36)}`
  const admin = new pg.Client({ connectionString: baseUri })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(baseUri)
  url.pathname = `/${name}`
  return {
    uri: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: baseUri })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await client.end()
    },
  }
}

/**
 * Starts Payload's Local API on a fresh, migrated database and a temporary upload folder.
 * Call once per test file (beforeAll) and `close()` in afterAll.
 */
/**
 * A fresh, migrated CMS. Review before publishing is off (REVIEW_REQUIRED=false) unless `reviewRequired`: the other
 * tests publish as editors, as a centre without review does; tests/int/workflow.test.ts turns it on.
 */
export async function startTestCms({
  reviewRequired = false,
  databaseUriFor = (uri) => uri,
}: {
  reviewRequired?: boolean
  /** The address the CMS connects to, from the fresh database's (e.g. through a proxy that can cut it off). */
  databaseUriFor?: (uri: string) => string
} = {}): Promise<TestCms> {
  if (reviewRequired) delete process.env.REVIEW_REQUIRED
  else process.env.REVIEW_REQUIRED = 'false'
  const dataDir = mkdtempSync(join(tmpdir(), 'ki-int-'))
  let databaseUri = `file:${join(dataDir, 'cms.db')}`
  let drop = async () => {}
  const kind = testDatabaseKind()
  if (kind === 'postgres')
    ({ uri: databaseUri, drop } = await freshPostgresDatabase(process.env.TEST_DATABASE_URI as string))
  if (kind === 'mongodb') {
    const url = new URL(process.env.TEST_DATABASE_URI as string)
    url.pathname = `/ki_test_${process.pid}_${Date.now().toString(36)}`
    databaseUri = url.toString()
  }
  Object.assign(process.env, {
    DATABASE_URI: databaseUriFor(databaseUri),
    DATA_DIR: dataDir,
    PAYLOAD_SECRET: 'integration-test-secret-0123456789',
  })
  const { openPayload, migrate } = await import('../../src/local')
  const payload = await openPayload()
  // Every connection the Postgres pool hands out, so close() can find those still checked out (see there); a new
  // connection is handed out too, and one opened during start-up when it is checked out again.
  const connections = new Set<{ on: (event: 'error', listener: () => void) => unknown }>()
  if (kind === 'postgres') payload.db.pool.on('acquire', (client) => connections.add(client))
  await migrate(payload)
  return {
    payload,
    databaseUri,
    dataDir,
    close: async () => {
      // The MongoDB adapter has no dropDatabase() of its own (that is the SQL adapters'): drop through its connection.
      if (kind === 'mongodb') await payload.db.connection.dropDatabase()
      await payload.destroy()
      // Payload's destroy() leaves the Postgres pool open (and pool.end() can wait for a client that is never
      // released); dropping the database WITH (FORCE) kills those connections: expected, not a test failure.
      // The pool reports that for its idle clients; a client still checked out (a job the cron started, a
      // preview build's query in flight) reports it on itself, and unheard that is an uncaught exception: the
      // "terminating connection due to administrator command" CI saw once (the adapter's own client has a listener).
      if (kind === 'postgres') {
        payload.db.pool.on('error', () => {})
        for (const client of connections) client.on('error', () => {})
      }
      await drop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/**
 * Queues the daily tasks' next runs, as the jobs queue's first tick does once the CMS serves a request (Payload's
 * REST handler starts the cron). A test that counts on the database not changing meanwhile (cache hits: on SQLite any
 * commit empties the cache) calls it first; after that a tick writes nothing until a daily run is due.
 */
export async function queueDailyRuns(payload: Payload): Promise<void> {
  await payload.jobs.handleSchedules({ allQueues: true })
}
