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
 * At most `limit` hits per key within `windowMs` of the key's first hit, in memory. Each key has its own window, so a
 * burst cannot straddle a boundary shared by all clients (with windows on the clock's quarter hours, ten failed
 * sign-ins at 19:59:55 and ten more at 20:00:00 all passed). A key's window is forgotten once it is over, so nothing
 * about a client outlives it for long (expired keys are swept at most once a second). When more than `maxKeys`
 * clients have a running window, the new ones share one key: a flood of invented addresses meets the limit together
 * instead of growing the map.
 */
export class WindowLimit {
  readonly limit: number
  readonly windowMs: number
  readonly maxKeys: number
  #windows = new Map<string, { start: number; count: number }>()
  #sweptAt = 0

  constructor({ limit, windowMs, maxKeys = 10_000 }: { limit: number; windowMs: number; maxKeys?: number }) {
    this.limit = limit
    this.windowMs = windowMs
    this.maxKeys = maxKeys
  }

  /** Counts one hit; returns 0 when it is within the limit, else the seconds until the key's window ends. */
  hit(key: string, now = Date.now()): number {
    this.#sweep(now)
    const counted = this.#windows.has(key) || this.#windows.size < this.maxKeys ? key : 'overflow'
    let window = this.#windows.get(counted)
    if (!window || now - window.start >= this.windowMs) {
      window = { start: now, count: 0 }
      this.#windows.set(counted, window)
    }
    window.count += 1
    return window.count > this.limit ? Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000)) : 0
  }

  /** Takes back one hit of the current window (a sign-in that succeeded was no failed attempt). */
  forgive(key: string): void {
    const window = this.#windows.get(key)
    if (window) window.count = Math.max(window.count - 1, 0)
  }

  /** Forgets the keys whose window is over. */
  #sweep(now: number): void {
    if (now - this.#sweptAt < 1000) return
    this.#sweptAt = now
    for (const [key, window] of this.#windows) if (now - window.start >= this.windowMs) this.#windows.delete(key)
  }
}
