/**
 * The load step of `npm run bench`: bounded loopback load with autocannon (50 connections, 60 s per target by
 * default) on the CMS's REST API (one list read again and again, answered from the read cache; list reads that are
 * all different, computed each time) and on the served site, while an editor's admin page is fetched once a second
 * with the editor's session. Every target must answer without a single error, time-out or non-2xx answer.
 *
 * Standalone, against a running CMS and site (e.g. a test stack):
 *   node --import tsx scripts/bench/load.ts <CMS URL> <site URL> <admin e-mail> <password> [seconds] [connections]
 */
import { loadavg } from 'node:os'

import autocannon from 'autocannon'

export type LoadTarget = {
  name: string
  requests: number
  requestsPerSecond: number
  errors: number
  timeouts: number
  non2xx: number
  latencyMs: { p50: number; p90: number; p99: number; max: number }
  /** The editor's admin page, fetched once a second during this target's load. */
  admin: { samples: number; failures: number; medianMs: number; maxMs: number }
  /** The machine's 1-minute load average before and after (other work on the machine slows every target alike). */
  loadAverage: { start: number; end: number }
  /** Against the static site in the same run: its req/s divided by this target's, this p99 divided by its p99. */
  vsSite?: { slowerThroughput: number; p99: number }
}

export type LoadMeasure = {
  connections: number
  seconds: number
  adminPath: string
  targets: LoadTarget[]
  /** 0 errors, time-outs and non-2xx answers on every target, and every admin page within 1 s. */
  ok: boolean
}

export type LoadOptions = {
  cmsUrl: string
  siteUrl: string
  /** Paths of site pages to read in turn (e.g. /de/, /en/veranstaltungen/). */
  sitePaths: string[]
  /** The editor's session cookie value (payload-token). */
  token: string
  connections?: number
  seconds?: number
  log?: (line: string) => void
}

const ADMIN_PATH = '/admin/collections/pages'
/** Only the editor's list of pages has it; the login page (a session Payload refused) does not. */
const ADMIN_MARK = 'collection-list--pages'

/**
 * What a browser sends when an editor opens an admin page: the session cookie and `Sec-Fetch-Site` (no Origin on a
 * navigation). Payload refuses a session cookie that comes with neither, as from another site.
 */
const editorHeaders = (token: string) => ({ cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin' })
/** The baseline: the static site, served on the same machine in the same run. */
const SITE = 'site, static pages'
const LIST = '/api/events?locale=de&depth=1&limit=20'

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN
}

/** Fetches the admin page once a second until `until` resolves: time to the whole answer, and failures. */
async function probeAdmin(cmsUrl: string, token: string, until: Promise<unknown>) {
  let done = false
  void until.finally(() => (done = true))
  const times: number[] = []
  let failures = 0
  while (!done) {
    const started = performance.now()
    try {
      const response = await fetch(`${cmsUrl}${ADMIN_PATH}`, {
        headers: editorHeaders(token),
        signal: AbortSignal.timeout(10_000),
      })
      const body = await response.text()
      if (!response.ok || !body.includes(ADMIN_MARK)) failures += 1
    } catch {
      failures += 1
    }
    times.push(performance.now() - started)
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 1000))
  }
  return {
    samples: times.length,
    failures,
    medianMs: Math.round(median(times)),
    maxMs: Math.round(Math.max(...times)),
  }
}

const loadAverageNow = () => Math.round(loadavg()[0] * 100) / 100

const ratio = (a: number, b: number) => Math.round((a / b) * 10) / 10

async function loadTarget(
  name: string,
  options: autocannon.Options,
  cmsUrl: string,
  token: string,
): Promise<LoadTarget> {
  const run = new Promise<autocannon.Result>((resolvePromise, reject) => {
    autocannon({ timeout: 10, ...options }, (error: Error | null, result) =>
      error ? reject(error) : resolvePromise(result),
    )
  })
  const start = loadAverageNow()
  const [result, admin] = await Promise.all([run, probeAdmin(cmsUrl, token, run)])
  return {
    loadAverage: { start, end: loadAverageNow() },
    name,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    admin,
  }
}

/** Runs the three targets one after the other (about 3 × `seconds`). */
export async function measureLoad(options: LoadOptions): Promise<LoadMeasure> {
  const { cmsUrl, siteUrl, sitePaths, token, connections = 50, seconds = 60, log = () => {} } = options
  const common = { connections, duration: seconds }
  let counter = 0
  const targets: LoadTarget[] = []
  const runs: [string, autocannon.Options][] = [
    ['CMS API, cached list read', { ...common, url: `${cmsUrl}${LIST}` }],
    [
      'CMS API, uncached list reads',
      {
        ...common,
        url: `${cmsUrl}${LIST}`,
        // Every request has a filter of its own (excluding an id that does not exist): none is in the cache.
        requests: [
          {
            setupRequest: (request) => ({ ...request, path: `${LIST}&where[id][not_equals]=-${(counter += 1)}` }),
          },
        ],
      },
    ],
    [
      SITE,
      {
        ...common,
        url: siteUrl,
        requests: [{ setupRequest: (request) => ({ ...request, path: sitePaths[counter++ % sitePaths.length] }) }],
      },
    ],
  ]
  // The admin page's first render after a start loads its code (seconds, once); what is measured is an editor's
  // page while readers load the CMS, so it is fetched once before.
  const warm = await fetch(`${cmsUrl}${ADMIN_PATH}`, { headers: editorHeaders(token) }).then((answer) => answer.text())
  if (!warm.includes(ADMIN_MARK)) throw new Error(`${ADMIN_PATH} did not show the editor's list: is the session valid?`)
  for (const [name, run] of runs) {
    log(`load: ${name}, ${connections} connections for ${seconds} s, the admin page once a second`)
    const target = await loadTarget(name, run, cmsUrl, token)
    log(
      `load: ${name}: ${target.requestsPerSecond} req/s, p99 ${target.latencyMs.p99} ms, ${target.errors} errors ` +
        `(${target.timeouts} time-outs), ${target.non2xx} non-2xx; admin page median ${target.admin.medianMs} ms, ` +
        `max ${target.admin.maxMs} ms, ${target.admin.failures} failed; load average ${target.loadAverage.start} → ` +
        `${target.loadAverage.end}`,
    )
    targets.push(target)
  }
  const site = targets.find((target) => target.name === SITE)
  for (const target of targets) {
    if (!site || target === site) continue
    target.vsSite = {
      slowerThroughput: ratio(site.requestsPerSecond, target.requestsPerSecond),
      p99: ratio(target.latencyMs.p99, site.latencyMs.p99),
    }
    log(
      `load: ${target.name} against the static site: ${target.vsSite.slowerThroughput}× fewer req/s, ` +
        `p99 ${target.vsSite.p99}×`,
    )
  }
  const ok = targets.every(
    (target) => target.errors === 0 && target.non2xx === 0 && target.admin.failures === 0 && target.admin.maxMs <= 1000,
  )
  return { connections, seconds, adminPath: ADMIN_PATH, targets, ok }
}

/** Logs in through REST and returns the session token. */
export async function login(cmsUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`login as ${email}: HTTP ${response.status}`)
  return ((await response.json()) as { token: string }).token
}

/** The addresses a sitemap file lists; for a sitemap index, those of its sitemap files. */
async function sitemapAddresses(url: string): Promise<{ pages: string[]; sitemaps: string[] }> {
  const response = await fetch(url).catch(() => undefined)
  if (!response?.ok) return { pages: [], sitemaps: [] }
  const text = await response.text()
  const locs = [...text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname)
  return text.includes('<sitemapindex') ? { pages: [], sitemaps: locs } : { pages: locs, sitemaps: [] }
}

/** Site pages to read: the start page of each locale and the first HTML pages the sitemap (index) lists. */
export async function sitePathsOf(siteUrl: string, limit = 200): Promise<string[]> {
  const paths = new Set<string>(['/de/', '/en/'])
  const pending = ['/sitemap.xml']
  for (let file = pending.shift(); file && paths.size < limit; file = pending.shift()) {
    const { pages, sitemaps } = await sitemapAddresses(`${siteUrl}${file}`)
    pending.push(...sitemaps)
    for (const page of pages) if (paths.size < limit && page.endsWith('/')) paths.add(page)
  }
  return [...paths]
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [cmsUrl, siteUrl, email, password, seconds = '60', connections = '50'] = process.argv.slice(2)
  const token = await login(cmsUrl, email, password)
  const result = await measureLoad({
    cmsUrl,
    siteUrl,
    sitePaths: await sitePathsOf(siteUrl),
    token,
    seconds: Number(seconds),
    connections: Number(connections),
    log: (line) => console.log(`▸ ${line}`),
  })
  console.log(JSON.stringify(result, null, 2))
  process.exit(result.ok ? 0 : 1)
}
