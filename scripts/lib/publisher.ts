/**
 * The publisher: publishing goes live by itself. Polls the CMS for settled changes (cms/src/plugins/publisher.ts
 * records them), claims them, builds the site (incremental where the planner allows) and reports the result into
 * the CMS's site-builds, which the admin shows. Talks to the CMS over REST only, with the publisher token.
 * One build at a time; a change that arrives during a build is built right after it.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { hostname } from 'node:os'
import { join } from 'node:path'

import { publisherAuthorization, publisherToken } from '../../cms/src/collections/SiteBuilds/publisherToken'
import type { Claim } from '../../cms/src/collections/SiteChanges/claim'
import { ROOT } from './paths'
import { previewRunner } from './preview'
import { UserError } from './processes'
import type { BuildOutcome, BuildRequest } from './publisher-worker'
import { SITE_OUTPUT, type Phases } from './site'

const WORKER = join(ROOT, 'scripts', 'lib', 'publisher-worker.ts')

export type PublisherSettings = {
  /** How often to ask the CMS for changes (PUBLISH_POLL_MS, default 1000). */
  pollMs: number
  /** How long no change must come in before a build starts (PUBLISH_DEBOUNCE_MS, default 1500). */
  quietMs: number
  /** The longest a change waits for such a quiet moment (PUBLISH_MAX_WAIT_MS, default ten debounce windows). */
  maxWaitMs: number
  /** This publisher in the build log (PUBLISHER_NAME, default host and output folder): stable across restarts. */
  name: string
  /** How often a build that failed for a passing reason is tried again before it counts as failed (PUBLISH_RETRIES, 3). */
  retries: number
  /** The wait before the first retry, doubled for each further one (PUBLISH_RETRY_MS, default 5000). */
  retryMs: number
}

/** The environment variables the publisher reads (a process's environment, or a test's few). */
type Environment = Record<string, string | undefined>

function wholeNumber(env: Environment, name: string, fallback: number, unit = 'milliseconds'): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0)
    throw new UserError(`${name} must be a whole number of ${unit} ≥ 0 (got "${raw}").`)
  return value
}

export function publisherSettings(env: Environment, output: string): PublisherSettings {
  const quietMs = wholeNumber(env, 'PUBLISH_DEBOUNCE_MS', 1500)
  return {
    pollMs: Math.max(100, wholeNumber(env, 'PUBLISH_POLL_MS', 1000)),
    quietMs,
    maxWaitMs: Math.max(quietMs, wholeNumber(env, 'PUBLISH_MAX_WAIT_MS', quietMs * 10)),
    name: env.PUBLISHER_NAME || `${hostname()}:${output}`,
    retries: wholeNumber(env, 'PUBLISH_RETRIES', 3, 'tries'),
    retryMs: wholeNumber(env, 'PUBLISH_RETRY_MS', 5000),
  }
}

/**
 * Whether a failed build may go through when tried again: the CMS did not answer or answered with a server error
 * (its database briefly away, a restart), or the build process was killed before it finished. Invalid content fails
 * the same way every time and is reported at once.
 */
export function passingFailure(message: string, output: string): boolean {
  return /is not reachable|CMS unreachable|ECONNREFUSED|fetch failed|CMS nicht erreichbar|CMS answered 5\d\d|before it finished/.test(
    `${message}\n${output}`,
  )
}

const STAYS_ONLINE = 'Die bisherige Website bleibt unverändert online.'

/**
 * The reason of a failed build as editors read it: "CMS nicht erreichbar", or the entry and field the site's loader
 * refused, found in the build's own output (site/src/loaders/cms.ts names collection, document and field).
 */
export function germanReason(message: string, output: string): string {
  const text = `${message}\n${output}`
  if (/is not reachable|CMS unreachable|ECONNREFUSED|fetch failed/.test(text))
    return `CMS nicht erreichbar: Die Inhalte konnten nicht geladen werden. ${STAYS_ONLINE}`
  const invalid = /CMS collection "([^"]+)", document (id=\S+)(?: slug=(\S+))?: (.+)/.exec(text)
  if (invalid) {
    const [, collection, id, slug, problems] = invalid
    const fields = problems.replace(/\bfield /g, 'Feld ')
    return `Ungültiger Eintrag in „${collection}“ (${id}${slug ? `, ${slug}` : ''}): ${fields}. ${STAYS_ONLINE}`
  }
  const link = /Rich text links to page id=(\S+), which is not published/.exec(text)
  if (link)
    return `Ein Text verlinkt auf die Seite mit der ID ${link[1]}, die nicht veröffentlicht ist. ${STAYS_ONLINE}`
  const reference = /(.+) refers to id=(\S+), which is not published/.exec(text)
  if (reference)
    return `${reference[1]} verweist auf den Eintrag mit der ID ${reference[2]}, der nicht veröffentlicht ist. ${STAYS_ONLINE}`
  const answered = /CMS answered (\d+)[^\n]* while loading ([^\n]+?) from/.exec(text)
  if (answered) return `Das CMS antwortete mit HTTP ${answered[1]} beim Laden von ${answered[2]}. ${STAYS_ONLINE}`
  return `Der Bau der Website ist fehlgeschlagen (${message}). ${STAYS_ONLINE}`
}

/** What the report says of a build that went through. */
function succeeded(site: Extract<BuildOutcome, { ok: true }>['site']) {
  const kind = site.status === 'reused' ? 'reused' : (site.kind ?? 'full')
  const reason =
    site.status === 'reused' ? 'Inhalte und Code sind seit dem letzten Bau unverändert.' : (site.grund ?? site.reason)
  return { status: 'succeeded', kind, reason, seconds: site.seconds, pages: site.pages, entries: site.entries }
}

/** The last part of a process's output: where the failing build names its reason. */
class Tail {
  private text = ''
  add(chunk: string): void {
    this.text = (this.text + chunk).slice(-64_000)
  }
  toString(): string {
    return this.text
  }
}

export type Publisher = { stop: () => Promise<void> }

/** What a build came to, as reported to the CMS, with its seconds per phase when it went through (the bench reads it). */
export type BuildReport = { id: number | string; report: Record<string, unknown>; phases?: Phases }

export function startPublisher({
  cmsUrl,
  env,
  output = SITE_OUTPUT,
  log = (line: string) => console.log(`[publisher] ${line}`),
  onBuild,
}: {
  cmsUrl: string
  env: NodeJS.ProcessEnv
  output?: string
  log?: (line: string) => void
  onBuild?: (build: BuildReport) => void
}): Publisher {
  const settings = publisherSettings(env, output)
  const authorization = publisherAuthorization(publisherToken(env))
  // Previews of drafts (./preview.ts): claimed and rendered between site builds.
  const previews = previewRunner({
    cmsUrl,
    env,
    output,
    publisher: settings.name,
    authorization,
    explain: germanReason,
    log,
  })
  let stopping = false
  let worker: ChildProcess | undefined
  let wake = () => {}
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms)
      wake = () => {
        clearTimeout(timer)
        resolve()
      }
    })

  async function post(path: string, body: unknown): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${cmsUrl}/api${path}`, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(120_000),
    })
    const text = await response.text()
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : {} }
  }

  /** One build in its own process (./publisher-worker.ts); its output passes through and its tail is kept. */
  function runBuild(request: BuildRequest): Promise<BuildOutcome & { output: string }> {
    const tail = new Tail()
    return new Promise((resolve) => {
      let outcome: BuildOutcome | undefined
      const child = spawn(process.execPath, ['--import', 'tsx', WORKER, JSON.stringify(request)], {
        cwd: ROOT,
        env,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      })
      worker = child
      child.stdout?.on('data', (chunk: Buffer) => {
        process.stdout.write(chunk)
        tail.add(chunk.toString())
      })
      child.stderr?.on('data', (chunk: Buffer) => {
        process.stderr.write(chunk)
        tail.add(chunk.toString())
      })
      child.on('message', (message: BuildOutcome) => (outcome = message))
      child.once('exit', (code, signal) => {
        worker = undefined
        resolve({
          ...(outcome ?? { ok: false, message: `the build process ended with ${code ?? signal} before it finished` }),
          output: tail.toString(),
        })
      })
    })
  }

  /** Stops the running build process and the builds it started (their process group). */
  function stopWorker(): void {
    const child = worker
    if (child?.pid === undefined || child.exitCode !== null) return
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      /* already gone */
    }
  }

  /**
   * Tells the CMS every `everyMs` that this publisher still works on the build: a claim not confirmed for a while
   * is taken over (a publisher killed mid-build holds it no longer). Taken over meanwhile: the build stops.
   */
  function confirming(id: number | string, everyMs: number, onTakenOver: () => void): () => void {
    const timer = setInterval(() => {
      post(`/site-builds/${id}/alive`, { publisher: settings.name })
        .then((answer) => {
          if (answer.status === 409) onTakenOver()
        })
        .catch(() => undefined) // the CMS briefly away: the next confirmation, or the report, follows
    }, everyMs)
    return () => clearInterval(timer)
  }

  async function build(claim: Extract<Claim, { state: 'claimed' }>): Promise<void> {
    const { id, full, trigger } = claim.build
    log(`▸ build ${id}${full ? ' (every page)' : ''}: ${trigger}`)
    const started = Date.now()
    let takenOver = false
    const stopConfirming = confirming(id, claim.aliveEveryMs, () => {
      if (takenOver) return
      takenOver = true
      log(`build ${id} was taken over by another publisher; stopping it`)
      stopWorker()
    })
    try {
      await buildClaimed(id, full, started, () => takenOver)
    } finally {
      stopConfirming()
    }
  }

  async function buildClaimed(
    id: number | string,
    full: boolean,
    started: number,
    takenOver: () => boolean,
  ): Promise<void> {
    let outcome = await runBuild({ cmsUrl, output, force: full })
    // A passing failure is tried again under the same claim (the live site is untouched meanwhile), so a change is
    // not left unbuilt until the next one comes in.
    for (let retry = 0; !outcome.ok && !stopping && !takenOver() && retry < settings.retries; retry++) {
      if (!passingFailure(outcome.message, outcome.output)) break
      const waitMs = settings.retryMs * 2 ** retry
      log(
        `build ${id} failed (${outcome.message}); trying again in ${waitMs / 1000} s (${retry + 1} of ${settings.retries})`,
      )
      await sleep(waitMs)
      if (!stopping) outcome = await runBuild({ cmsUrl, output, force: full })
    }
    // Stopped mid-way: the CMS hands these changes out again when this publisher asks next (as "abgebrochen").
    if (stopping || takenOver()) return
    let report: Record<string, unknown>
    if (outcome.ok) {
      const result = succeeded(outcome.site)
      const phases = Object.entries(outcome.site.phases)
        .map(([phase, seconds]) => `${phase} ${seconds.toFixed(1)} s`)
        .join(', ')
      log(`✔ build ${id}: ${result.kind}, ${result.pages} pages in ${result.seconds.toFixed(1)} s (${phases})`)
      report = result
    } else {
      log(`✗ build ${id} failed: ${outcome.message}`)
      const seconds = (Date.now() - started) / 1000
      report = { status: 'failed', error: germanReason(outcome.message, outcome.output), seconds }
    }
    onBuild?.({ id, report, phases: outcome.ok ? outcome.site.phases : undefined })
    // The report is retried until the CMS takes it: the next build starts only after this one is recorded.
    while (!stopping) {
      try {
        const answer = await post(`/site-builds/${id}/report`, { ...report, publisher: settings.name })
        if (answer.status === 200) return
        if (answer.status === 409) return log(`build ${id} was taken over meanwhile; its result is not recorded`)
        log(`the CMS refused the report of build ${id} (HTTP ${answer.status}); retrying`)
      } catch (error) {
        log(`cannot report build ${id} (${(error as Error).message}); retrying`)
      }
      await sleep(settings.pollMs)
    }
  }

  const loop = (async () => {
    let problem = ''
    const trouble = (now: string) => {
      if (now !== problem) log(now)
      problem = now
    }
    log(`watching ${cmsUrl} (debounce ${settings.quietMs} ms) as "${settings.name}"`)
    while (!stopping) {
      // An editor waits for a preview: it goes before the next site build.
      try {
        if (await previews.runNext()) continue
      } catch (error) {
        // An unreachable CMS (fetch fails with a TypeError) is reported once by the claim below.
        if (!(error instanceof TypeError)) trouble(`✗ previews: ${(error as Error).message}`)
      }
      let claim: Claim
      try {
        const answer = await post('/site-changes/claim', {
          publisher: settings.name,
          quietMs: settings.quietMs,
          maxWaitMs: settings.maxWaitMs,
        })
        if (answer.status === 403) {
          trouble('✗ the CMS refuses this publisher: PUBLISHER_TOKEN (or PAYLOAD_SECRET) differs from the CMS’s')
          await sleep(settings.pollMs * 5)
          continue
        }
        if (answer.status !== 200) throw new Error(`HTTP ${answer.status}`)
        claim = answer.body as Claim
        if (problem) trouble('the CMS answers again')
        problem = ''
      } catch (error) {
        trouble(
          `✗ CMS at ${cmsUrl} not reachable (${(error as Error).message}); asking again every ${settings.pollMs} ms`,
        )
        await sleep(settings.pollMs)
        continue
      }
      if (claim.state === 'claimed') await build(claim)
      else
        await sleep(
          claim.state === 'waiting' ? Math.min(Math.max(claim.retryInMs, 50), settings.pollMs) : settings.pollMs,
        )
    }
  })()

  return {
    stop: async () => {
      stopping = true
      wake()
      previews.stop()
      stopWorker()
      await loop
    },
  }
}
