import { getPayload, type SanitizedConfig } from 'payload'

import { Admission, ClientGone, sharedAdmission } from '../api-load/admission'
import { isSignedIn } from '../api-load/priority'
import { followDatabase, sharedApiCache, type ApiCache } from './shared'

/** Payload's Next.js route handler for `/api/[...slug]`. */
export type RestHandler = (request: Request, args: { params: Promise<{ slug?: string[] }> }) => Promise<Response>

/**
 * Whether a read may be shared at all, whoever asks: only GETs, never of an account collection (`/api/users/me`, the
 * list of e-mail addresses) and never with any `draft` parameter, whatever its value or spelling.
 */
export function isShareableRead(request: Request, slug: string[], accountCollections: string[]): boolean {
  if (request.method !== 'GET') return false
  if (accountCollections.includes(slug[0] ?? '')) return false
  const names = [...new URL(request.url).searchParams.keys()]
  return !names.some((name) => name.toLowerCase().startsWith('draft'))
}

/** Only complete 200 JSON answers that set no cookie and do not forbid storing. */
function isStorable(response: Response): boolean {
  const cacheControl = response.headers.get('cache-control') ?? ''
  return (
    response.status === 200 &&
    (response.headers.get('content-type') ?? '').startsWith('application/json') &&
    !response.headers.has('set-cookie') &&
    !/no-store|private/i.test(cacheControl)
  )
}

/** Payload answers with CORS headers for the request's Origin, so the origin is part of the key. */
const cacheKey = (request: Request) => `${request.headers.get('origin') ?? ''} ${request.url}`

type CacheState = 'hit' | 'miss' | 'bypass'

function answer(
  body: BodyInit | null,
  { status, statusText, headers }: { status: number; statusText?: string; headers: HeadersInit },
  state: CacheState,
): Response {
  const withState = new Headers(headers)
  withState.set('X-Cache', state)
  return new Response(body, { status, statusText, headers: withState })
}

/** Payload's own answer, streamed on, with the cache state added. */
const passOn = (response: Response, state: CacheState) => answer(response.body, response, state)

/** An answer the cache had no part in; with API_CACHE=off exactly Payload's own. */
const bypass = (response: Response, cache: ApiCache | null) => (cache ? passOn(response, 'bypass') : response)

/**
 * Wraps Payload's REST GET handler with the process's cache (see ./shared.ts for what empties it) and the admission
 * of anonymous reads (../api-load/admission.ts). Answers say `X-Cache: hit` (from the cache), `miss` (computed; stored
 * if storable) or `bypass` (a request Payload authenticates, for an account collection or for drafts: never served
 * from, never put into the cache).
 *
 * Every anonymous read, a hit too, takes one of a few places (FIFO) and is dropped unrun when its client goes away
 * while it waits; once admitted it looks into the cache, so fifty readers of one answer that just fell out of the cache
 * compute it once per place. Hits queue as well because each one still costs Next.js and this process a few
 * milliseconds: fifty connections reading hits without a bound took the whole event loop, and the admin's page (many
 * awaits, each queued behind every ready hit) timed out at 10 s (bench/README.md, Load). With a bound, anonymous work
 * takes at most `admission.limit` turns between two steps of an editor's request. Signed-in requests (the admin,
 * editors) never wait for a place, and while one runs no waiting anonymous read is admitted (editors first).
 * With API_CACHE=off (`cache` null) only the admission applies, and answers carry no X-Cache.
 */
export function cachedRestGet(
  config: Promise<SanitizedConfig> | SanitizedConfig,
  handler: RestHandler,
  cache: ApiCache | null = sharedApiCache(),
  admission: Admission = sharedAdmission(),
): RestHandler {
  return async (request, args) => {
    const payload = await getPayload({ config })
    const { slug = [] } = await args.params
    // Whether Payload itself answers for a signed-in user: every credential it accepts counts (../api-load/priority).
    if (await isSignedIn(request.headers, payload))
      return bypass(await admission.prioritise(() => handler(request, args)), cache)
    const accounts = payload.config.collections.filter((collection) => collection.auth).map(({ slug }) => slug)
    const shared = cache && isShareableRead(request, slug, accounts) ? cache : null
    const key = cacheKey(request)
    const cachedAnswer = async () => {
      if (!shared) return undefined
      await followDatabase(shared, payload)
      const cached = shared.responses.get(key)
      return cached && answer(cached.body, { status: 200, headers: cached.headers }, 'hit')
    }
    const arrived = performance.now()
    try {
      return await admission.run(request.signal, async () => {
        const admitted = performance.now()
        const cached = await cachedAnswer()
        const response =
          cached ??
          (shared
            ? await computeAndStore(shared, key, request, args, handler)
            : bypass(await handler(request, args), cache))
        return withServerTiming(response, admitted - arrived, performance.now() - admitted)
      })
    } catch (error) {
      // Nobody is listening any more; Next.js needs a Response all the same.
      if (error instanceof ClientGone) return new Response(null, { status: 499 })
      throw error
    }
  }
}

/**
 * `Server-Timing` (a standard header; browsers' developer tools and the load bench read it): how long an anonymous
 * read waited for its place (`queue`) and how long it then took (`work`), so a slow answer shows where its time went.
 */
function withServerTiming(response: Response, queueMs: number, workMs: number): Response {
  const headers = new Headers(response.headers)
  headers.set('Server-Timing', `queue;dur=${queueMs.toFixed(1)}, work;dur=${workMs.toFixed(1)}`)
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}

async function computeAndStore(
  cache: ApiCache,
  key: string,
  request: Request,
  args: Parameters<RestHandler>[1],
  handler: RestHandler,
): Promise<Response> {
  const generation = cache.responses.generation
  const response = await handler(request, args)
  if (!isStorable(response)) return passOn(response, 'miss')
  const body = new Uint8Array(await response.arrayBuffer())
  // Next.js sets length and transfer encoding per answer (and compresses it when the client takes gzip).
  const headers = [...response.headers].filter(
    ([name]) => !['content-length', 'content-encoding', 'transfer-encoding'].includes(name),
  )
  cache.responses.set(key, { body, headers }, generation)
  return answer(body, { status: 200, headers }, 'miss')
}
