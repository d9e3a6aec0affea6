import { createHash, randomBytes } from 'node:crypto'

/**
 * A random salt per process, held in memory only: the keys below identify a client for a few minutes and cannot be
 * turned back into an address by anyone, this process after a restart included.
 */
const SALT = randomBytes(32)

/**
 * The client's address as the nearest proxy reports it: the last `X-Forwarded-For` entry (the one a proxy such as
 * nginx's `proxy_add_x_forwarded_for` appends; Next.js sets the header to the socket address when no proxy did).
 */
export function clientAddress(headers: Headers): string {
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  return forwarded.at(-1) ?? headers.get('x-real-ip')?.trim() ?? 'unknown'
}

/** A salted hash of a value (an address, an account name): what the limits count by instead of the value itself. */
export function saltedKey(value: string): string {
  return createHash('sha256').update(SALT).update(value).digest('base64url')
}

/** A salted hash of the client's address. */
export const clientKey = (headers: Headers): string => saltedKey(`client ${clientAddress(headers)}`)

/**
 * At most `limit` hits per key in each fixed window of `windowMs`, in memory. Past windows are forgotten, so nothing
 * about a client outlives a window. When more than `maxKeys` clients hit in one window, the new ones share one key:
 * a flood of invented addresses meets the limit together instead of growing the map.
 */
export class WindowLimit {
  readonly limit: number
  readonly windowMs: number
  readonly maxKeys: number
  #windowStart = 0
  #counts = new Map<string, number>()

  constructor({ limit, windowMs, maxKeys = 10_000 }: { limit: number; windowMs: number; maxKeys?: number }) {
    this.limit = limit
    this.windowMs = windowMs
    this.maxKeys = maxKeys
  }

  /** Counts one hit; returns 0 when it is within the limit, else the seconds until the window ends. */
  hit(key: string, now = Date.now()): number {
    if (now - this.#windowStart >= this.windowMs) {
      this.#windowStart = now - (now % this.windowMs)
      this.#counts.clear()
    }
    const counted = this.#counts.has(key) || this.#counts.size < this.maxKeys ? key : 'overflow'
    const count = (this.#counts.get(counted) ?? 0) + 1
    this.#counts.set(counted, count)
    return count > this.limit ? Math.ceil((this.#windowStart + this.windowMs - now) / 1000) : 0
  }

  /** Takes back one hit of the current window (a sign-in that succeeded was no failed attempt). */
  forgive(key: string): void {
    const count = this.#counts.get(key)
    if (count !== undefined) this.#counts.set(key, Math.max(count - 1, 0))
  }
}
