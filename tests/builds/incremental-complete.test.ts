/**
 * The routes' declarations (site/src/build/routes.ts) are complete: for each kind of entry, one entry is changed
 * through the CMS REST API (as the admin), the site is built incrementally on top of a full build, and then built
 * fully; the two outputs must be identical, page by page (every HTML, calendar, JSON, CSV and XML file; the search
 * bundles are compared by the search tests). Documented differences, which the comparison removes:
 * - the search page of an incremental build names the recent search bundle (`/pagefind-recent/recent.json`);
 * - organisationen.json says when it was generated (rendered by every build);
 * - dates derived from the moment of the build (the events' "from … to" horizon) are days: a run across midnight
 *   may differ, and then says so.
 * Each kind is planned alone: before its change, the live output's manifest is dated "now" (the output was just
 * proven identical to a full build), so the changes of the kinds before it do not count again.
 * Runs last in `npm test` (scripts/test.ts), on the seeded CMS, and restores every entry it changed.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSite } from '../../scripts/lib/site'
import { readManifest } from '../../site/src/build/plan.ts'
import type { EntryKind } from '../../site/src/build/routes.ts'

const CMS_URL = process.env.CMS_URL ?? ''
const workDir = mkdtempSync(join(tmpdir(), 'ki-incremental-'))
const live = join(workDir, 'live')
const full = join(workDir, 'full')
const env = { ...process.env, SITE_BUILD_WORKERS: process.env.SITE_BUILD_WORKERS ?? '2' }
let token = ''

type Doc = Record<string, unknown> & { id: number; _status?: string }

async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${CMS_URL}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}`, ...init.headers },
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${text}`)
  return JSON.parse(text) as T
}

const list = async (collection: EntryKind, query: string) =>
  (await api<{ docs: Doc[] }>(`/api/${collection}?depth=0&locale=de&pagination=false&sort=id${query}`)).docs

/** The entry each kind's test changes: one that other pages show, so the declarations are put to work. */
const pick: Record<EntryKind, () => Promise<{ id: number; field: string }>> = {
  // A page with a parent and children: the parent's cards, the children's breadcrumbs.
  pages: async () => {
    const pages = await list('pages', '')
    const parents = new Set(pages.map((page) => page.parent))
    const page = pages.find((each) => each.parent && parents.has(each.id))
    if (!page) throw new Error('the seed has no page with both a parent and children')
    return { id: page.id, field: 'title' }
  },
  // A document that replaces another: both list each other.
  documents: async () => {
    const [document] = await list('documents', '&where[supersedes][exists]=true')
    return { id: document.id, field: 'title' }
  },
  // An event with an organiser: the organisation's page lists it, the events overviews and calendars too.
  events: async () => {
    const [event] = await list('events', '&where[organiser][exists]=true')
    return { id: event.id, field: 'title' }
  },
  // An organisation that organises events: their pages name it.
  organisations: async () => {
    const events = await list('events', '&where[organiser][exists]=true')
    return { id: events[0].organiser as number, field: 'name' }
  },
  // An indicator with values (only those have pages).
  indicators: async () => {
    const indicator = (await list('indicators', '')).find(
      (each) => Array.isArray(each.values) && each.values.length > 0,
    )
    if (!indicator) throw new Error('the seed has no indicator with values')
    return { id: indicator.id, field: 'name' }
  },
}

const restore: (() => Promise<unknown>)[] = []

async function change(collection: EntryKind): Promise<{ id: number }> {
  const { id, field } = await pick[collection]()
  const before = await api<Doc>(`/api/${collection}/${id}?depth=0&locale=de`)
  const save = (value: unknown) =>
    api(`/api/${collection}/${id}?locale=de&depth=0`, {
      method: 'PATCH',
      body: JSON.stringify({ [field]: value, ...(before._status ? { _status: 'published' } : {}) }),
    })
  restore.push(() => save(before[field]))
  await save(`${String(before[field])} (geändert ${Date.now().toString(36)})`)
  return { id }
}

/** Every file of the output the comparison covers, by path. */
function files(root: string, folder = root): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return folder === root && entry.name.startsWith('pagefind') ? [] : files(root, path)
    return /\.(html|ics|json|csv|xml|txt)$/.test(entry.name) ? [relative(root, path)] : []
  })
}

/** The documented differences, removed before comparing. */
const documented = (text: string) =>
  text
    .replace(/&quot;\/pagefind-recent\/recent\.json&quot;|"\/pagefind-recent\/recent\.json"/g, 'null')
    .replace(/"generated": "[0-9T:.Z-]+"/, '"generated": "(build time)"')

/** The files whose content differs between the two outputs (after the documented differences), and files only in one. */
function differences(a: string, b: string): string[] {
  const left = new Set(files(a))
  const right = new Set(files(b))
  const found: string[] = []
  for (const path of left) if (!right.has(path)) found.push(`only in the incremental output: ${path}`)
  for (const path of right) if (!left.has(path)) found.push(`only in the full build: ${path}`)
  for (const path of left) {
    if (!right.has(path)) continue
    if (documented(readFileSync(join(a, path), 'utf8')) !== documented(readFileSync(join(b, path), 'utf8')))
      found.push(`differs: ${path}`)
  }
  return found.sort()
}

/** Dates the live output's manifest "now": only changes after this moment count for the next incremental build. */
function planFromNow(): void {
  const file = `${live}.manifest.json`
  const manifest = readManifest(file)
  if (!manifest) throw new Error(`no manifest beside ${live}`)
  writeFileSync(file, JSON.stringify({ ...manifest, fullBuildStartedAt: new Date().toISOString() }))
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
  await buildSite({ cmsUrl: CMS_URL, env, force: true, output: live })
}, 300_000)

afterAll(async () => {
  for (const undo of restore.reverse()) await undo()
  rmSync(workDir, { recursive: true, force: true })
  for (const suffix of ['.stamp', '.manifest.json']) {
    rmSync(`${live}${suffix}`, { force: true })
    rmSync(`${full}${suffix}`, { force: true })
  }
}, 120_000)

describe('an incremental build shows a change exactly as a full build does', () => {
  for (const collection of ['pages', 'documents', 'events', 'organisations', 'indicators'] as const) {
    it(`after one of the ${collection} changed`, { timeout: 240_000 }, async () => {
      planFromNow()
      const { id } = await change(collection)
      const incremental = await buildSite({ cmsUrl: CMS_URL, env, output: live })
      expect(incremental).toMatchObject({ status: 'built', kind: 'incremental' })
      expect(incremental.rendered).toContain(`${collection}:${id}`)
      rmSync(full, { recursive: true, force: true })
      await buildSite({ cmsUrl: CMS_URL, env, force: true, output: full })
      expect(differences(live, full)).toEqual([])
    })
  }
})
