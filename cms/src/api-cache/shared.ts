import type { Payload, PayloadRequest } from 'payload'

import { apiCacheSettings, ResponseCache } from './responses'

type TransactionID = number | string

/** One SQL statement with its arguments, as the SQLite client runs it. */
export type Statement = { sql: string; args: (string | number)[] }

/**
 * How the cache follows the database: `read` gives a value that differs after any commit by any *other* connection;
 * `writeUnseen` commits statements on the watching connection itself, which that value does not see.
 */
type Watcher = { read: () => Promise<unknown>; writeUnseen: (statements: Statement[]) => Promise<void> }

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
  if (!cache) return
  cache.responses.clear()
  const transaction = await req.transactionID
  if (transaction !== undefined && transaction !== null) cache.pendingCommits.add(transaction)
}

/**
 * Config `onInit`: empties the cache after the commit of every transaction in which `invalidateApiCache` ran.
 * Payload has no after-commit hook, so this wraps the adapter's own commit and rollback.
 */
export function invalidateApiCacheOnCommit(payload: Payload): void {
  const cache = sharedApiCache()
  if (!cache) return
  const { db } = payload
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  db.commitTransaction = async (id) => {
    await commit(id)
    if (cache.pendingCommits.delete(await id)) cache.responses.clear()
  }
  db.rollbackTransaction = async (id) => {
    await rollback(id)
    cache.pendingCommits.delete(await id)
  }
}

/**
 * SQLite: `PRAGMA data_version` on a connection of our own changes whenever any other connection commits — this
 * process's writes, a script's, a second CMS process's. So SQLite needs neither hooks nor commit wrapping to stay
 * correct; they remain for PostgreSQL and MongoDB, where writes by other processes are not seen (README: limits).
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

function watchOf(cache: ApiCache, payload: Payload): Watch {
  if (cache.watch?.payload !== payload) {
    cache.responses.clear()
    cache.watch = { payload, watcher: sqliteWatcher(payload) }
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
  if (!watcher) return false
  await watcher.writeUnseen(statements)
  return true
}
