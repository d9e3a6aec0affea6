/** One stored REST answer: always status 200 with a JSON body. */
export type CachedResponse = { body: Uint8Array<ArrayBuffer>; headers: [string, string][] }

export type ApiCacheSettings = { enabled: false } | { enabled: true; maxBytes: number }

const DEFAULT_MEGABYTES = 64

/**
 * API_CACHE (`on`, the default, or `off`) and API_CACHE_MB (the bound, default 64). A value the CMS cannot read
 * stops it with a message naming the variable, rather than running with a size nobody chose.
 */
export function apiCacheSettings(env: Record<string, string | undefined> = process.env): ApiCacheSettings {
  const mode = (env.API_CACHE ?? '').trim().toLowerCase()
  if (mode === 'off') return { enabled: false }
  if (mode !== '' && mode !== 'on') throw new Error(`API_CACHE must be "on" or "off", not "${env.API_CACHE}".`)
  const raw = (env.API_CACHE_MB ?? '').trim()
  const megabytes = raw === '' ? DEFAULT_MEGABYTES : Number(raw)
  if (!Number.isFinite(megabytes) || megabytes <= 0)
    throw new Error(`API_CACHE_MB must be a positive number of megabytes, not "${env.API_CACHE_MB}".`)
  return { enabled: true, maxBytes: Math.round(megabytes * 1024 * 1024) }
}

/** What an entry costs against the bound: its body, its key and its headers (two bytes per character for strings). */
function entryBytes(key: string, entry: CachedResponse): number {
  return (
    entry.body.byteLength +
    2 * (key.length + entry.headers.reduce((sum, [name, value]) => sum + name.length + value.length, 0))
  )
}

/**
 * Least-recently-used answers, bounded by bytes. `generation` counts the times the cache was emptied: an answer
 * computed while the cache was emptied (a write happened meanwhile) is not stored, because it may show the old data.
 */
export class ResponseCache {
  readonly maxBytes: number
  #entries = new Map<string, { response: CachedResponse; bytes: number }>()
  #bytes = 0
  #generation = 0

  constructor(maxBytes: number) {
    this.maxBytes = maxBytes
  }

  get generation(): number {
    return this.#generation
  }

  get bytes(): number {
    return this.#bytes
  }

  get size(): number {
    return this.#entries.size
  }

  /** The stored answer, which becomes the most recently used one. */
  get(key: string): CachedResponse | undefined {
    const entry = this.#entries.get(key)
    if (!entry) return undefined
    this.#entries.delete(key)
    this.#entries.set(key, entry)
    return entry.response
  }

  /**
   * Stores an answer computed during `generation`, evicting the least recently used answers to stay within
   * `maxBytes`. Returns false, storing nothing, when the cache was emptied since or the answer alone exceeds the bound.
   */
  set(key: string, response: CachedResponse, generation: number): boolean {
    if (generation !== this.#generation) return false
    const bytes = entryBytes(key, response)
    if (bytes > this.maxBytes) return false
    this.#remove(key)
    for (const [oldest] of this.#entries) {
      if (this.#bytes + bytes <= this.maxBytes) break
      this.#remove(oldest)
    }
    this.#entries.set(key, { response, bytes })
    this.#bytes += bytes
    return true
  }

  /** Forgets every answer. */
  clear(): void {
    this.#entries.clear()
    this.#bytes = 0
    this.#generation++
  }

  #remove(key: string): void {
    const entry = this.#entries.get(key)
    if (!entry) return
    this.#entries.delete(key)
    this.#bytes -= entry.bytes
  }
}
