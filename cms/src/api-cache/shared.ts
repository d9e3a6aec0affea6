import type { Payload, PayloadRequest } from 'payload'
import pg from 'pg'

import { apiCacheSettings, ResponseCache } from './responses'

type TransactionID = number | string

/** One SQL statement with its arguments, as the SQLite client runs it. */
export type Statement = { sql: string; args: (string | number)[] }

/**
 * How the cache follows the database: `read` gives a value that differs after any commit by any *other* connection;
 * `writeUnseen` commits statements on the watching connection itself, which that value does not see.
 */
type Watcher = { read: () => Promise<unknown>; writeUnseen?: (statements: Statement[]) => Promise<void> }

type Watch = { payload: Payload; watcher: Promise<Watcher | null>; last?: unknown }

/** The process's cache and what invalidates it; `null` responses when API_CACHE=off. */
export type ApiCache = { responses: ResponseCache; pendingCommits: Set<TransactionID>; watch?: Watch }

const KEY = Symbol.for('ki.api-cache')
type Holder = { [KEY]?: ApiCache | null }

/**
 * One cache per process. It lives on `globalThis` because Next.js may load this module more than once (the REST
 * route and the admin's server functions are bundled apart), and a write through either must empty the one cache.
 */
export function sharedApiCache(): ApiCache | null {
  const holder = globalThis as Holder
  if (holder[KEY] === undefined) {
    const settings = apiCacheSettings()
    holder[KEY] = settings.enabled
      ? { responses: new ResponseCache(settings.maxBytes), pendingCommits: new Set() }
      : null
  }
  return holder[KEY]
}

/**
 * afterChange / afterDelete hook of every collection and global: a write empties the cache at once. The hook runs
 * inside the write's transaction, before its commit; a read in between still sees the old data and may store it, so
 * the transaction is remembered and the cache is emptied again when it commits (`invalidateApiCacheOnCommit`).
 */
export const invalidateApiCache = async ({ req }: { req: PayloadRequest }): Promise<void> => {
  const cache = sharedApiCache()
  cache?.responses.clear()
  const transaction = await req.transactionID
  if (transaction !== undefined && transaction !== null) pendingCommits(cache).add(transaction)
  // Not in a transaction: the write is committed already.
  else await notifyOtherProcesses(req.payload)
}

const PENDING = Symbol.for('ki.api-cache.pending-commits')

/** The transactions whose commit empties the cache (and tells the other processes); kept with API_CACHE=off too. */
function pendingCommits(cache: ApiCache | null): Set<TransactionID> {
  if (cache) return cache.pendingCommits
  const holder = globalThis as { [PENDING]?: Set<TransactionID> }
  return (holder[PENDING] ??= new Set())
}

/** The PostgreSQL channel on which the CMS processes sharing a database announce their commits. */
export const CACHE_CHANNEL = 'ki_api_cache'
/** Names this process in its notifications: it emptied its own cache already and ignores them. */
const PROCESS_TOKEN = `${process.pid}-${Math.random().toString(36).slice(2)}`

/**
 * PostgreSQL: tells the other processes on the database that a commit changed what answers show, so each empties its
 * cache (postgresWatcher). A failed notification is logged; the writer's own cache is empty already.
 */
async function notifyOtherProcesses(payload: Payload): Promise<void> {
  const { db } = payload
  if (db.name !== 'postgres' || !('pool' in db)) return
  // Awaited, so that a script that writes and exits has told the others before it goes.
  try {
    await (db.pool as pg.Pool).query('SELECT pg_notify($1, $2)', [CACHE_CHANNEL, PROCESS_TOKEN])
  } catch (error) {
    payload.logger.warn(`API-Cache: Die anderen CMS-Prozesse wurden nicht benachrichtigt (${String(error)}).`)
  }
}

/**
 * Config `onInit`: empties the cache after the commit of every transaction in which `invalidateApiCache` ran.
 * Payload has no after-commit hook, so this wraps the adapter's own commit and rollback.
 */
export function invalidateApiCacheOnCommit(payload: Payload): void {
  const cache = sharedApiCache()
  const pending = pendingCommits(cache)
  const { db } = payload
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  db.commitTransaction = async (id) => {
    await commit(id)
    if (!pending.delete(await id)) return
    cache?.responses.clear()
    await notifyOtherProcesses(payload)
  }
  db.rollbackTransaction = async (id) => {
    await rollback(id)
    pending.delete(await id)
  }
}

/**
 * SQLite: `PRAGMA data_version` on a connection of our own changes whenever any other connection commits — this
 * process's writes, a script's, a second CMS process's. So SQLite needs neither hooks nor commit wrapping to stay
 * correct; they remain for PostgreSQL (where they announce each commit to the other processes, postgresWatcher) and
 * MongoDB (where writes by other processes are not seen: README, limits).
 * The connection's own commits leave its data_version alone: counters that no cached answer shows are written there.
 */
async function sqliteWatcher(payload: Payload): Promise<Watcher | null> {
  const { db } = payload
  if (db.name !== 'sqlite' || !('clientConfig' in db)) return null
  const config = db.clientConfig
  const url =
    typeof config === 'object' && config !== null && 'url' in config && typeof config.url === 'string' ? config.url : ''
  if (!url.startsWith('file:')) return null
  const { drizzle } = await import('@payloadcms/db-sqlite/drizzle/libsql')
  const client = drizzle({ connection: { url } }).$client
  // Payload's own connection may be writing: wait for it rather than fail with SQLITE_BUSY.
  await client.execute('PRAGMA busy_timeout = 5000')
  return {
    read: async () => (await client.execute('PRAGMA data_version')).rows[0]?.[0],
    writeUnseen: async (statements) => {
      await client.batch(statements, 'write')
    },
  }
}

/** How long the listening connection waits before it connects again after losing the database. */
const RELISTEN_MS = 2000

/**
 * PostgreSQL: a connection of our own LISTENs on CACHE_CHANNEL, and every notification (every commit through any CMS
 * process on the database, notifyOtherProcesses) changes the value `read` gives. While that connection is lost,
 * `read` gives a new value each time (nothing is served from the cache) until it listens again: a commit made
 * meanwhile cannot be missed. Writes made without Payload (psql, another program) are not announced (README: limits).
 */
async function postgresWatcher(payload: Payload): Promise<Watcher | null> {
  const { db } = payload
  if (db.name !== 'postgres' || !('poolOptions' in db)) return null
  const options = db.poolOptions as pg.ClientConfig
  let version = 0
  let listening = false
  const listen = async (): Promise<void> => {
    const client = new pg.Client(options)
    const lost = () => {
      if (!listening) return
      listening = false
      void client.end().catch(() => undefined)
      setTimeout(() => void listen(), RELISTEN_MS).unref()
    }
    client.on('error', lost)
    client.on('end', lost)
    client.on('notification', ({ payload: sender }) => {
      if (sender !== PROCESS_TOKEN) version += 1
    })
    try {
      await client.connect()
      await client.query(`LISTEN ${CACHE_CHANNEL}`)
      // Whatever was committed while nobody listened counts as changed.
      version += 1
      listening = true
    } catch {
      void client.end().catch(() => undefined)
      setTimeout(() => void listen(), RELISTEN_MS).unref()
    }
  }
  await listen()
  return { read: () => Promise.resolve(listening ? version : Symbol('not listening')) }
}

function watchOf(cache: ApiCache, payload: Payload): Watch {
  if (cache.watch?.payload !== payload) {
    cache.responses.clear()
    cache.watch = {
      payload,
      watcher: sqliteWatcher(payload).then((sqlite) => sqlite ?? postgresWatcher(payload)),
    }
  }
  return cache.watch
}

/** Empties the cache when the database changed since the last request, or when it is another Payload instance. */
export async function followDatabase(cache: ApiCache, payload: Payload): Promise<void> {
  const watch = watchOf(cache, payload)
  const watcher = await watch.watcher
  if (!watcher) return
  const token = await watcher.read()
  if (token !== watch.last) {
    cache.responses.clear()
    watch.last = token
  }
}

/**
 * Commits writes that change no answer the cache can hold (the search-miss counter, which no anonymous reader
 * reads) without emptying it: on SQLite on the watching connection, whose own commits it does not see. Returns
 * false, writing nothing, where there is no such connection (PostgreSQL, MongoDB, API_CACHE=off): the caller then
 * writes through Payload, whose hooks leave the cache alone for collections the apiCache plugin was told of.
 */
export async function writeUnseenByCache(payload: Payload, statements: Statement[]): Promise<boolean> {
  const cache = sharedApiCache()
  if (!cache) return false
  const watcher = await watchOf(cache, payload).watcher
  if (!watcher?.writeUnseen) return false
  await watcher.writeUnseen(statements)
  return true
}
