/**
 * Faults while publishing, on the running stack (scripts/lib/test-stack.ts: built CMS, served site, publisher).
 * A build killed mid-way (the build process and its astro build end with SIGKILL, as the kernel's out-of-memory
 * killer would end them) leaves the served site as it was; the publisher tries the build again under the same claim
 * (scripts/lib/publisher.ts, passingFailure), so the change goes live without another save, and the next build
 * removes what the killed one left behind. The event's title is restored at the end.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminToken, CMS_URL, launchBrowser, newReader, requireServers, SITE_URL } from './browser'

const SITE_DIST = process.env.SITE_DIST ?? ''
const BUILDS = join(import.meta.dirname, '..', '..', 'site', '.builds')

let browser: Browser
let token: string

type Build = { id: number; status: string; kind?: string; error?: string }

async function cms<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${CMS_URL}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}`, ...init.headers },
  })
  const text = await response.text()
  expect(response.ok, `${path}: ${response.status} ${text}`).toBe(true)
  return JSON.parse(text) as T
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function settled(timeoutMs = 240_000): Promise<void> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    const [pending, running] = await Promise.all([
      cms<{ totalDocs: number }>('/api/site-changes?where[status][equals]=pending&limit=0&depth=0'),
      cms<{ totalDocs: number }>('/api/site-builds?where[status][equals]=running&limit=0&depth=0'),
    ])
    if (pending.totalDocs === 0 && running.totalDocs === 0) return
    await pause(500)
  }
  throw new Error(`the publisher was still busy after ${timeoutMs / 1000} s`)
}

async function builtChange(marker: string, timeoutMs = 300_000): Promise<Build> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    const { docs } = await cms<{ docs: { build?: number | null }[] }>(
      `/api/site-changes?depth=0&limit=1&sort=-createdAt&where[entryTitle][contains]=${encodeURIComponent(marker)}`,
    )
    const id = docs[0]?.build
    if (id) {
      const build = await cms<Build>(`/api/site-builds/${id}?depth=0`)
      if (build.status !== 'running') return build
    }
    await pause(500)
  }
  throw new Error(`no build of the change ${marker} within ${timeoutMs / 1000} s`)
}

/** The processes of this machine: id, parent and command line (from /proc). */
function processes(): { pid: number; ppid: number; command: string }[] {
  const found: { pid: number; ppid: number; command: string }[] = []
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const command = readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ')
      const ppid = Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]?.split(' ')[1])
      found.push({ pid: Number(name), ppid, command })
    } catch {
      /* ended meanwhile */
    }
  }
  return found
}

/** The publisher's build process for this stack's site, once its `astro build` runs. */
async function buildRendering(timeoutMs = 120_000): Promise<number> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    const all = processes()
    const worker = all.find(
      ({ command }) => command.includes('publisher-worker.ts') && command.includes(JSON.stringify(SITE_DIST)),
    )
    if (worker && all.some(({ ppid, command }) => ppid === worker.pid && command.includes('astro.mjs build')))
      return worker.pid
    await pause(100)
  }
  throw new Error(`no build of ${SITE_DIST} started within ${timeoutMs / 1000} s`)
}

const pageText = async (address: string) => (await fetch(`${SITE_URL}${address}`)).text()

beforeAll(async () => {
  requireServers()
  if (!SITE_DIST) throw new Error('SITE_DIST is not set: run the browser tests through `npm test`.')
  browser = await launchBrowser()
  token = await adminToken()
})
afterAll(async () => {
  await browser?.close()
})

describe('faults while publishing', () => {
  it(
    'a build killed mid-way leaves the served site as it was, and the change still goes live without another save',
    { timeout: 600_000 },
    async () => {
      const { docs } = await cms<{ docs: { id: number; slug: string; title: string }[] }>(
        '/api/events?where[recurrence.rule][exists]=false&where[_status][equals]=published&sort=-id&limit=1&depth=0&locale=de',
      )
      const event = docs[0]
      const address = `/de/veranstaltungen/${event.slug}/`
      const marker = `Abbruchprobe${Date.now().toString(36)}`
      const save = (title: string) =>
        cms(`/api/events/${event.id}?locale=de&depth=0`, {
          method: 'PATCH',
          body: JSON.stringify({ title, _status: 'published' }),
        })
      await settled()
      const before = await pageText(address)
      await save(`${event.title} ${marker}`)
      try {
        const killed = await buildRendering()
        process.kill(-killed, 'SIGKILL')
        // Nothing half-built: the page is the one served before, the killed build's pages went nowhere.
        expect(await pageText(address)).toBe(before)

        const build = await builtChange(marker)
        expect(build).toMatchObject({ status: 'succeeded', kind: 'incremental' })
        expect(await pageText(address)).toContain(marker)
        const { context } = await newReader(browser)
        const page = await context.newPage()
        await page.goto(`${SITE_URL}/de/suche/?q=${marker}`)
        await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '') !== '')
        // Pagefind splits the marker at its digits, so pages with those numbers are listed after it.
        const links = await page
          .locator('.search-result h2 a')
          .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))
        expect(links[0]).toBe(address)
        await context.close()
        // The build after it removed what the killed one left below site/.builds/.
        expect(existsSync(join(BUILDS, `${basename(SITE_DIST)}.incremental-${killed}`))).toBe(false)
      } finally {
        await save(event.title)
        expect(await builtChange(event.title.slice(0, 40))).toMatchObject({ status: 'succeeded' })
      }
      expect(await pageText(address)).not.toContain(marker)
    },
  )
})
