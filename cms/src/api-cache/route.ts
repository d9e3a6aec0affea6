import { getPayload, type SanitizedConfig } from 'payload'

import { followDatabase, sharedApiCache, type ApiCache } from './shared'

/** Payload's Next.js route handler for `/api/[...slug]`. */
export type RestHandler = (request: Request, args: { params: Promise<{ slug?: string[] }> }) => Promise<Response>

/**
 * Whether an answer may come from, or go into, the shared cache: only GETs that carry no credentials (no
 * Authorization header — JWT or API key —, no session cookie) and do not ask for drafts. Everything such a request
 * can read is what any anonymous reader can read.
 */
export function isAnonymousRead(request: Request, cookiePrefix: string): boolean {
  if (request.method !== 'GET' || request.headers.has('authorization')) return false
  const cookies = (request.headers.get('cookie') ?? '').split(';').map((cookie) => cookie.trim())
  if (cookies.some((cookie) => cookie.startsWith(`${cookiePrefix}-token=`))) return false
  const draft = new URL(request.url).searchParams.get('draft')
  return draft === null || draft === 'false'
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

/**
 * Wraps Payload's REST GET handler with the process's cache (see ./shared.ts for what empties it). Answers say
 * `X-Cache: hit` (from the cache), `miss` (computed; stored if storable) or `bypass` (a request with credentials or
 * for drafts: never served from, never put into the cache). With API_CACHE=off the handler is returned unchanged.
 */
export function cachedRestGet(
  config: Promise<SanitizedConfig> | SanitizedConfig,
  handler: RestHandler,
  cache: ApiCache | null = sharedApiCache(),
): RestHandler {
  if (!cache) return handler
  return async (request, args) => {
    const { cookiePrefix } = await config
    if (!isAnonymousRead(request, cookiePrefix)) {
      const response = await handler(request, args)
      return passOn(response, 'bypass')
    }
    await followDatabase(cache, await getPayload({ config }))
    const key = cacheKey(request)
    const cached = cache.responses.get(key)
    if (cached) return answer(cached.body, { status: 200, headers: cached.headers }, 'hit')
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
}
