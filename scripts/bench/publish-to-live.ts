/**
 * Publish-to-live as editors meet it: the publisher (scripts/lib/publisher.ts) runs beside the served site, as in
 * `npm start`; one event is saved through REST and published, and the clock runs until the served page shows the new
 * title and the search finds it, with no command in between. Records the planner's decision and its reason (from the
 * CMS's site-builds, as the admin shows it) and the build's seconds per phase (from the publisher).
 */
import type { Browser } from 'playwright-core'

import { startPublisher, type BuildReport } from '../lib/publisher'
import { searchFinds } from './search'

export type PublishMeasure = {
  status: string
  kind?: string
  /** Why the planner chose this kind of build (site-builds' "Begründung des Umfangs"). */
  reason?: string
  entries?: number
  /** Save returned → the served page shows the new title and the search finds it. */
  secondsToLive: number | null
  /** Save returned → the served page shows the new title. */
  secondsToPage: number | null
  /** The build itself, as the publisher reported it. */
  rebuildSeconds: number
  /** Seconds per phase of that build ("read the CMS", "astro build", "search index", "merge into the live site", …). */
  phases: Record<string, number>
  onPage: boolean
  inIndex: boolean
  error?: string
}

type Options = {
  browser: Browser
  cmsUrl: string
  siteUrl: string
  env: NodeJS.ProcessEnv
  output: string
  /** A token of an account that may publish (scripts/bench/publish-event.ts). */
  token: string
  target: { id: number; slug: string; title: string }
  marker: string
  timeoutMs?: number
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export async function measurePublishToLive(options: Options): Promise<PublishMeasure> {
  const { browser, cmsUrl, siteUrl, env, output, token, target, marker, timeoutMs = 300_000 } = options
  const api = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
    const response = await fetch(`${cmsUrl}${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}`, ...init.headers },
    })
    if (!response.ok)
      throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${(await response.text()).slice(0, 300)}`)
    return (await response.json()) as T
  }
  const count = async (path: string) => (await api<{ totalDocs: number }>(`${path}&limit=0&depth=0`)).totalDocs
  const builds: BuildReport[] = []
  const publisher = startPublisher({
    cmsUrl,
    env: { ...env, PUBLISHER_NAME: 'bench' },
    output,
    log: (line) => console.log(`  [publisher] ${line}`),
    onBuild: (build) => builds.push(build),
  })
  try {
    // The corpus load left its changes pending: the publisher takes them first (the site is built from them already).
    const deadline = Date.now() + timeoutMs
    while (
      (await count('/api/site-changes?where[status][equals]=pending')) +
        (await count('/api/site-builds?where[status][equals]=running')) >
      0
    ) {
      if (Date.now() > deadline) throw new Error('the publisher did not settle on the loaded corpus')
      await pause(500)
    }

    const title = `${target.title} ${marker}`
    await api(`/api/events/${target.id}?locale=de&depth=0`, {
      method: 'PATCH',
      body: JSON.stringify({ title, _status: 'published' }),
    })
    const savedAt = Date.now()
    const since = (at: number) => Math.round((at - savedAt) / 100) / 10
    let pageAt: number | undefined
    let foundAt: number | undefined
    while (Date.now() < savedAt + timeoutMs && foundAt === undefined) {
      if (pageAt === undefined) {
        const page = await fetch(`${siteUrl}/de/veranstaltungen/${target.slug}/`)
        if ((await page.text()).includes(marker)) pageAt = Date.now()
        else await pause(200)
      } else if (await searchFinds(browser, siteUrl, 'de', marker, marker)) foundAt = Date.now()
    }

    const { docs } = await api<{ docs: { build?: number | null }[] }>(
      `/api/site-changes?where[entryTitle][contains]=${encodeURIComponent(marker)}&limit=1&depth=0`,
    )
    const buildId = docs[0]?.build
    type Build = { status: string; kind?: string; reason?: string; entries?: number; seconds?: number; error?: string }
    // The page and the search find the change before the publisher closes its build's row (page count, phases):
    // read the row once it is no longer "running" (the 10k run of 2026-12-02 read it too early).
    let build = buildId ? await api<Build>(`/api/site-builds/${buildId}?depth=0`) : undefined
    while (build?.status === 'running' && Date.now() < savedAt + timeoutMs) {
      await pause(500)
      build = await api<Build>(`/api/site-builds/${buildId}?depth=0`)
    }
    const phases = builds.find((reported) => String(reported.id) === String(buildId))?.phases ?? {}
    return {
      status: build?.status ?? 'not built',
      kind: build?.kind,
      reason: build?.reason,
      entries: build?.entries,
      secondsToLive: foundAt === undefined ? null : since(foundAt),
      secondsToPage: pageAt === undefined ? null : since(pageAt),
      rebuildSeconds: build?.seconds ?? NaN,
      phases,
      onPage: pageAt !== undefined,
      inIndex: foundAt !== undefined,
      error: build?.error,
    }
  } finally {
    await publisher.stop()
  }
}
