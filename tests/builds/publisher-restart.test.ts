/**
 * A publisher restarted during a build (scripts/publisher.ts, as production runs it): the process is killed with
 * SIGKILL while its build renders, as a crash or the out-of-memory killer would end it, then started again.
 * Meanwhile the served site is the previous good one and no build of the killed publisher goes on; the restarted
 * publisher takes the claimed change over (the CMS marks the cut-off build "abgebrochen") and builds it, and that
 * build leaves no staging or rendering folder of the killed one behind.
 * Runs in `npm test` after the browser tests, when the stack's own publisher has stopped (scripts/test.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSite } from '../../scripts/lib/site'
import { serveStatic } from '../../scripts/lib/static-server'

const ROOT = join(import.meta.dirname, '..', '..')
const CMS_URL = process.env.CMS_URL ?? ''
const dataDir = mkdtempSync(join(tmpdir(), 'ki-publisher-restart-'))
const output = join(dataDir, 'site')
const publisherName = 'publisher-restart-test'
let token = ''
let server: Server | undefined
let siteUrl = ''
const running = new Set<ChildProcess>()

type Build = { id: number; status: string; kind?: string; error?: string; publisher?: string }

async function cms<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${CMS_URL}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}`, ...init.headers },
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${text}`)
  return JSON.parse(text) as T
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The publisher as its own process, with this test's data folder (its site is `output`). */
function startPublisher(): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'publisher.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      CMS_URL,
      PUBLISHER_NAME: publisherName,
      PUBLISH_DEBOUNCE_MS: '300',
      PUBLISH_POLL_MS: '300',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  running.add(child)
  child.once('exit', () => running.delete(child))
  return child
}

/** The processes of this machine: id, parent and command line (from /proc). */
function processes(): { pid: number; ppid: number; command: string }[] {
  return readdirSync('/proc').flatMap((name) => {
    if (!/^\d+$/.test(name)) return []
    try {
      const command = readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ')
      const ppid = Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]?.split(' ')[1])
      return [{ pid: Number(name), ppid, command }]
    } catch {
      return [] // ended meanwhile
    }
  })
}

/** The build process of this test's publisher, once its `astro build` renders. */
async function buildRendering(timeoutMs = 180_000): Promise<{ worker: number; astro: number }> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    const all = processes()
    const worker = all.find(
      ({ command }) => command.includes('publisher-worker.ts') && command.includes(JSON.stringify(output)),
    )
    const astro = worker && all.find(({ ppid, command }) => ppid === worker.pid && command.includes('astro.mjs build'))
    if (worker && astro) return { worker: worker.pid, astro: astro.pid }
    await pause(100)
  }
  throw new Error(`no build of ${output} started within ${timeoutMs / 1000} s`)
}

const alive = (pid: number) => processes().some((each) => each.pid === pid)

/** The build that took the change whose entry title contains `marker`, once it is no longer running. */
async function builtChange(marker: string, timeoutMs = 300_000): Promise<Build> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    try {
      const { docs } = await cms<{ docs: { build?: number | null }[] }>(
        `/api/site-changes?depth=0&limit=1&sort=-createdAt&where[entryTitle][contains]=${encodeURIComponent(marker)}`,
      )
      const id = docs[0]?.build
      if (id) {
        const build = await cms<Build>(`/api/site-builds/${id}?depth=0`)
        if (build.status !== 'running') return build
      }
    } catch (error) {
      // The CMS, busy beside two builds on two cores, dropped a connection: ask again.
      if (!(error instanceof TypeError)) throw error
    }
    await pause(500)
  }
  throw new Error(`no build of the change ${marker} within ${timeoutMs / 1000} s`)
}

beforeAll(async () => {
  if (!CMS_URL) throw new Error('CMS_URL is not set: run this test through `npm test`.')
  const login = await fetch(`${CMS_URL}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD }),
  })
  token = ((await login.json()) as { token?: string }).token ?? ''
  if (!token) throw new Error(`admin login failed (${login.status}): set ADMIN_EMAIL/ADMIN_PASSWORD as npm test does`)
  await buildSite({ cmsUrl: CMS_URL, env: process.env, force: true, output })
  server = await serveStatic(output, 0)
  siteUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}, 300_000)

afterAll(async () => {
  for (const child of running) child.kill('SIGTERM')
  while (running.size > 0) await pause(100)
  server?.close()
  rmSync(dataDir, { recursive: true, force: true })
}, 60_000)

describe('a publisher restarted during a build', () => {
  it(
    'serves the previous site meanwhile, and the restarted publisher builds the claimed change; the cut-off build is "abgebrochen"',
    { timeout: 600_000 },
    async () => {
      const { docs } = await cms<{ docs: { id: number; slug: string; title: string }[] }>(
        '/api/events?where[recurrence.rule][exists]=false&where[_status][equals]=published&sort=id&limit=1&depth=0&locale=de',
      )
      const event = docs[0]
      const address = `/de/veranstaltungen/${event.slug}/`
      const page = async (): Promise<string> => {
        for (let attempt = 1; ; attempt++)
          try {
            return await (await fetch(`${siteUrl}${address}`)).text()
          } catch (error) {
            if (attempt === 3 || !(error instanceof TypeError)) throw error
          }
      }
      const marker = `Neustartprobe${Date.now().toString(36)}`
      const save = (title: string) =>
        cms(`/api/events/${event.id}?locale=de&depth=0`, {
          method: 'PATCH',
          body: JSON.stringify({ title, _status: 'published' }),
        })
      const before = await page()
      const first = startPublisher()
      await save(`${event.title} ${marker}`)
      try {
        const killed = await buildRendering()
        first.kill('SIGKILL')
        // The build process and its astro build end with the publisher: nothing goes on writing the site.
        const ending = Date.now()
        while ((alive(killed.worker) || alive(killed.astro)) && Date.now() - ending < 10_000) await pause(100)
        expect([alive(killed.worker), alive(killed.astro)]).toEqual([false, false])
        // Nothing half-built: the page is the one served before.
        expect(await page()).toBe(before)
        const { docs: cutOff } = await cms<{ docs: Build[] }>(
          `/api/site-builds?depth=0&limit=1&sort=-startedAt&where[publisher][equals]=${publisherName}`,
        )
        expect(cutOff[0]).toMatchObject({ status: 'running' })

        startPublisher()
        const build = await builtChange(marker)
        // Its own build, or an earlier one of the restarted publisher that read the change already ("reused").
        expect(build).toMatchObject({ status: 'succeeded', publisher: publisherName })
        expect(await page()).toContain(marker)
        const abandoned = await cms<Build>(`/api/site-builds/${cutOff[0].id}?depth=0`)
        expect(abandoned).toMatchObject({
          status: 'abandoned',
          error: 'Abgebrochen: Der Publisher wurde während des Baus beendet. Der nächste Bau holt ihn nach.',
        })
        // The killed build's rendering folder and any staging folder are gone.
        const builds = join(ROOT, 'site', '.builds')
        // (Other stacks' sites are called "site" too: only the killed process's own folders count.)
        const leftovers = (folder: string) =>
          readdirSync(folder).filter((name) => name.startsWith(`${basename(output)}.incremental-${killed.worker}`))
        expect(leftovers(builds)).toEqual([])
        expect(readdirSync(dataDir).filter((name) => /\.(staging|incremental)-/.test(name))).toEqual([])
        expect(existsSync(join(output, 'de', 'index.html'))).toBe(true)
      } finally {
        await save(event.title)
        expect(await builtChange(event.title.slice(0, 40))).toMatchObject({ status: 'succeeded' })
      }
      expect(await page()).not.toContain(marker)
    },
  )
})
