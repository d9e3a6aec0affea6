import { availableParallelism } from 'node:os'

/** A request whose client disconnected while it waited: it was never run. */
export class ClientGone extends Error {
  constructor() {
    super('The client disconnected before its request was admitted.')
    this.name = 'ClientGone'
  }
}

type Waiter = { admit: () => void; signal: AbortSignal; onAbort: () => void }

/** The longest one piece of signed-in work holds anonymous reads back, however long it runs. */
export const PRIORITY_MAX_MS = 1000

/**
 * Bounded admission: at most `limit` pieces of work at once, the others wait in arrival order (FIFO). A waiting piece
 * whose signal aborts (its client went away) leaves the queue at once and never runs, so a burst of clients that gave
 * up costs nothing once they are gone. Nothing is refused: a reader waits instead of getting a 503. A piece that
 * waited starts on a later turn of the event loop, so the process reads new connections between two of them.
 *
 * Editors first: while signed-in work runs (`prioritise`), no waiting piece is admitted (those running finish), so an
 * editor's page does not queue each of its steps behind readers' work. Each piece of signed-in work holds readers back
 * for at most `PRIORITY_MAX_MS`, so a busy editor (or a script with a session) slows readers but never stops them.
 */
export class Admission {
  readonly limit: number
  #running = 0
  #queue: Waiter[] = []
  #priority = 0

  constructor(limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`An admission limit must be at least 1, not ${limit}.`)
    this.limit = limit
  }

  /** Pieces of work running now. */
  get running(): number {
    return this.#running
  }

  /** Pieces of work waiting for a place. */
  get queued(): number {
    return this.#queue.length
  }

  /** Pieces of signed-in work holding readers back now. */
  get prioritised(): number {
    return this.#priority
  }

  /**
   * Runs signed-in `work` at once, holding waiting readers back until it settles and `tailMs` more have passed (for
   * work that goes on after its promise, such as a page that React renders further), at most `PRIORITY_MAX_MS`.
   */
  async prioritise<T>(work: () => Promise<T>, tailMs = 0): Promise<T> {
    this.#priority++
    let released = false
    const timers: NodeJS.Timeout[] = []
    const release = () => {
      if (released) return
      released = true
      timers.forEach(clearTimeout)
      this.#priority--
      this.#admitWaiting()
    }
    timers.push(setTimeout(release, PRIORITY_MAX_MS).unref())
    try {
      return await work()
    } finally {
      if (tailMs > 0) timers.push(setTimeout(release, tailMs).unref())
      else release()
    }
  }

  /**
   * Runs `work` once a place is free. Rejects with `ClientGone`, without running it, when `signal` aborts first;
   * once admitted, the work runs to its end (Payload cannot stop a query half-way).
   */
  async run<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T> {
    await this.#enter(signal)
    try {
      if (signal.aborted) throw new ClientGone()
      return await work()
    } finally {
      this.#leave()
    }
  }

  #enter(signal: AbortSignal): Promise<void> {
    if (signal.aborted) return Promise.reject(new ClientGone())
    if (this.#running < this.limit && this.#queue.length === 0 && this.#priority === 0) {
      this.#running++
      return Promise.resolve()
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        signal,
        admit: () => {
          signal.removeEventListener('abort', waiter.onAbort)
          // On a later turn of the event loop, not as a microtask: Payload's reads on SQLite resolve without waiting
          // for I/O, so admitted in a microtask the whole queue ran back to back and the process accepted one new
          // connection per pass through it (behind nginx, readers on fresh connections waited over 10 s).
          setTimeout(resolve, 0)
        },
        onAbort: () => {
          this.#queue.splice(this.#queue.indexOf(waiter), 1)
          reject(new ClientGone())
        },
      }
      signal.addEventListener('abort', waiter.onAbort, { once: true })
      this.#queue.push(waiter)
    })
  }

  /** Gives the place back and admits the longest-waiting requests, unless signed-in work holds them back. */
  #leave(): void {
    this.#running--
    this.#admitWaiting()
  }

  #admitWaiting(): void {
    while (this.#priority === 0 && this.#running < this.limit && this.#queue.length > 0) {
      this.#running++
      this.#queue.shift()?.admit()
    }
  }
}

const DEFAULT_LIMIT = availableParallelism()

/**
 * API_ANONYMOUS_READS: how many anonymous REST reads the CMS computes at once (default: the number of CPU cores).
 * A value the CMS cannot read stops it with a message naming the variable.
 */
export function anonymousReadLimit(env: Record<string, string | undefined> = process.env): number {
  const raw = (env.API_ANONYMOUS_READS ?? '').trim()
  if (raw === '') return DEFAULT_LIMIT
  const limit = Number(raw)
  if (!Number.isInteger(limit) || limit < 1)
    throw new Error(`API_ANONYMOUS_READS must be a whole number of at least 1, not "${env.API_ANONYMOUS_READS}".`)
  return limit
}

const KEY = Symbol.for('ki.api-load.admission')
type Holder = { [KEY]?: Admission }

/** One admission for the process (on `globalThis`, as the read cache: Next.js may load this module more than once). */
export function sharedAdmission(): Admission {
  const holder = globalThis as Holder
  holder[KEY] ??= new Admission(anonymousReadLimit())
  return holder[KEY]
}
