/**
 * REST latency of the three read cases the site and its clients make, each as served and uncached, at concurrency
 * 1 and 16. The requests go over HTTP to a running CMS (`next start`), one Node process:
 *
 *   list       GET /api/events?where[status][equals]=scheduled&where[start][greater_than_equal]=<from>
 *                  &where[topics][in]=<topic>&sort=start&limit=20&depth=0&locale=de      (10 topic samples)
 *   detail     GET /api/documents/<id>?depth=1&locale=de                               (50 document samples)
 *   localized  GET /api/pages/<id>?locale=<translation>&depth=0                        (50 page samples)
 *
 * Variants:
 *   served     the URLs readers repeat: request i asks for sample i mod n. Every sample URL is requested once before
 *              timing, so with the CMS's read cache on (API_CACHE, the default) every timed answer is a cache hit
 *              (`X-Cache: hit`): Next.js routing + the cache lookup + HTTP, what readers of published content get
 *              between two saves. With API_CACHE=off it measures the same as `uncached`.
 *   uncached   the same URLs made unique with an extra query parameter `bench_nonce=<n>` that Payload ignores, so
 *              no request is ever answered from the cache: Payload's full read (access, query, hooks, JSON) each time,
 *              what the first reader after a save gets. Before timing, the answer with the parameter is checked to
 *              be valid JSON and byte-identical to the one without, for every sample (that check also fills the cache for
 *              `served`); a timed answer that says `X-Cache: hit` counts as a failure (`Latency.failures`).
 *
 * Each variant runs `requests` timed requests after a warm-up of four rounds at the same concurrency (at least 10
 * requests), first one at a time (c1), then 16 in flight
 * (c16). At c16 the one Node process serves them in turn, so p95 at c16 ≈ 16 × the time of one request.
 */
import { measureLatency, type Latency } from './latency'
import type { QuerySamples } from './load-corpus'

export type RestCase = keyof QuerySamples
export type RestVariant = 'served' | 'uncached'
export type RestLatency = Record<RestCase, Record<RestVariant, { c1: Latency; c16: Latency }>>

/** The request for sample `index` of each case (wrapping around the samples). */
function restUrls(
  cmsUrl: string,
  samples: QuerySamples,
): Record<RestCase, { count: number; url: (index: number) => string }> {
  return {
    list: {
      count: samples.list.length,
      url: (index) => {
        const { topic, from } = samples.list[index % samples.list.length]
        return `${cmsUrl}/api/events?where[status][equals]=scheduled&where[start][greater_than_equal]=${encodeURIComponent(from)}&where[topics][in]=${topic}&sort=start&limit=20&depth=0&locale=de`
      },
    },
    detail: {
      count: samples.detail.length,
      url: (index) => `${cmsUrl}/api/documents/${samples.detail[index % samples.detail.length].id}?depth=1&locale=de`,
    },
    localized: {
      count: samples.localized.length,
      url: (index) => {
        const { id, locale } = samples.localized[index % samples.localized.length]
        return `${cmsUrl}/api/pages/${id}?locale=${locale}&depth=0`
      },
    },
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

async function read(url: string): Promise<{ text: string; cache: string | null }> {
  const response = await fetch(url)
  const text = await response.text()
  if (!response.ok) throw new Error(`${response.status} for ${url}`)
  return { text, cache: response.headers.get('x-cache') }
}

/**
 * Measures the list, detail and localized reads against the CMS at `cmsUrl`, served and uncached, at concurrency 1
 * and 16, `requests` timed requests each (see the header for what each variant measures).
 */
export async function measureRest(cmsUrl: string, samples: QuerySamples, requests: number): Promise<RestLatency> {
  let nonce = 0
  const unique = (url: string) => `${url}&bench_nonce=${Date.now().toString(36)}-${nonce++}`
  const result = {} as RestLatency
  for (const [name, { count, url }] of Object.entries(restUrls(cmsUrl, samples)) as [
    RestCase,
    ReturnType<typeof restUrls>[RestCase],
  ][]) {
    for (let index = 0; index < count; index++) {
      const plain = await read(url(index))
      const ignored = await read(unique(url(index)))
      if (!isJson(plain.text)) throw new Error(`${name}: the answer is not JSON (${url(index)})`)
      if (ignored.text !== plain.text)
        throw new Error(
          `${name}: the answer changes with bench_nonce, so "uncached" would not measure the same read (${url(index)})`,
        )
    }
    const served = async (index: number) => void (await read(url(index)))
    const uncached = async (index: number) => {
      const { cache } = await read(unique(url(index)))
      if (cache === 'hit') throw new Error(`${name}: a unique URL was answered from the cache`)
    }
    const measure = async (call: (index: number) => Promise<void>) => ({
      c1: await measureLatency(call, { requests, concurrency: 1 }),
      c16: await measureLatency(call, { requests, concurrency: 16 }),
    })
    result[name] = { served: await measure(served), uncached: await measure(uncached) }
  }
  return result
}
