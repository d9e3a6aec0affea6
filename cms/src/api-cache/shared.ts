import type { Payload, PayloadRequest } from 'payload'

import { apiCacheSettings, ResponseCache } from './responses'

type TransactionID = number | string

/** Reads a value that differs after any commit to the database by anyone, or null when the database offers none. */
type ChangeToken = () => Promise<unknown>

type Watch = { payload: Payload; token: Promise<ChangeToken | null>; last?: unknown }

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
 */
async function changeToken(payload: Payload): Promise<ChangeToken | null> {
  const { db } = payload
  if (db.name !== 'sqlite' || !('clientConfig' in db)) return null
  const config = db.clientConfig
  const url =
    typeof config === 'object' && config !== null && 'url' in config && typeof config.url === 'string' ? config.url : ''
  if (!url.startsWith('file:')) return null
  const { drizzle } = await import('@payloadcms/db-sqlite/drizzle/libsql')
  const client = drizzle({ connection: { url } }).$client
  return async () => (await client.execute('PRAGMA data_version')).rows[0]?.[0]
}

/** Empties the cache when the database changed since the last request, or when it is another Payload instance. */
export async function followDatabase(cache: ApiCache, payload: Payload): Promise<void> {
  if (cache.watch?.payload !== payload) {
    cache.responses.clear()
    cache.watch = { payload, token: changeToken(payload) }
  }
  const watch = cache.watch
  const read = await watch.token
  if (!read) return
  const token = await read()
  if (token !== watch.last) {
    cache.responses.clear()
    watch.last = token
  }
}
