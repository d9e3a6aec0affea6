/**
 * Publishing goes live by itself: scripts/test.ts runs the publisher (scripts/lib/publisher.ts) beside the served
 * site, as `npm start` does. An event published through REST, with no command in between, reaches the served page and
 * the search by an incremental build (merged into the site, indexed into /pagefind-recent/, which the search page
 * prefers to the full bundle's outdated record), and the CMS's site-builds list shows that build. A build that fails
 * on invalid data from the CMS leaves the served site as it was and records the reason in German.
 * Each test restores what it changed and waits for the publisher, so the other browser tests see the seed.
 */
import { DatabaseSync } from 'node:sqlite'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminToken, CMS_URL, launchBrowser, newReader, requireServers, SITE_URL } from './browser'

let browser: Browser
let token: string

beforeAll(async () => {
  requireServers()
  browser = await launchBrowser()
  token = await adminToken()
})
afterAll(async () => {
  await browser?.close()
})

type CmsEvent = { id: number; slug: string; title: string }
type Build = { id: number; status: string; kind?: string; trigger?: string; error?: string; pages?: number }
type Change = { id: number; build?: number | null; entryTitle?: string }

async function cms<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${CMS_URL}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}`, ...init.headers },
  })
  const text = await response.text()
  expect(response.ok, `${path}: ${response.status} ${text}`).toBe(true)
  return JSON.parse(text) as T
}

const saveTitle = (id: number, title: string) =>
  cms(`/api/events/${id}?locale=de&depth=0`, { method: 'PATCH', body: JSON.stringify({ title, _status: 'published' }) })

/** Waits until the publisher has built the change (found by `where`) and returns that build. */
async function builtChange(where: string, timeoutMs = 180_000): Promise<Build> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    const { docs } = await cms<{ docs: Change[] }>(`/api/site-changes?depth=0&limit=1&sort=-createdAt&${where}`)
    const buildId = docs[0]?.build
    if (buildId) {
      const build = await cms<Build>(`/api/site-builds/${buildId}?depth=0`)
      if (build.status !== 'running') return build
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`the publisher built no change matching ${where} within ${timeoutMs / 1000} s`)
}

/** Waits until the publisher has nothing to do: no pending change, no running build (the seed's changes, say). */
async function settled(timeoutMs = 240_000): Promise<void> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    const [pending, running] = await Promise.all([
      cms<{ totalDocs: number }>('/api/site-changes?where[status][equals]=pending&limit=1&depth=0'),
      cms<{ totalDocs: number }>('/api/site-builds?where[status][equals]=running&limit=1&depth=0'),
    ])
    if (pending.totalDocs === 0 && running.totalDocs === 0) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`the publisher was still busy after ${timeoutMs / 1000} s`)
}

async function resultLinks(page: Page, query: string): Promise<string[]> {
  await page.goto(`${SITE_URL}/de/suche/?q=${encodeURIComponent(query)}`)
  await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '') !== '')
  return page
    .locator('.search-result h2 a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
}

const firstEvent = async () =>
  (
    await cms<{ docs: CmsEvent[] }>(
      '/api/events?where[recurrence.rule][exists]=false&sort=id&limit=1&depth=0&locale=de',
    )
  ).docs[0]

describe('publishing goes live by itself', () => {
  it(
    'an event published through REST is on the served page and in the search, and the site status shows the build',
    { timeout: 420_000 },
    async () => {
      const event = await firstEvent()
      const address = `/de/veranstaltungen/${event.slug}/`
      const marker = `Zeitmarke${Date.now().toString(36)}`
      // A build already running when the event is saved might pick it up too: start from a publisher at rest.
      await settled()
      const published = Date.now()
      await saveTitle(event.id, `${event.title} ${marker}`)
      try {
        const build = await builtChange(`where[entryTitle][contains]=${marker}`)
        const secondsToLive = (Date.now() - published) / 1000
        expect(build).toMatchObject({ status: 'succeeded', kind: 'incremental' })
        expect(build.pages).toBeGreaterThan(100)
        console.log(`publish-to-live in the browser stage: ${secondsToLive.toFixed(1)} s (build ${build.id})`)

        expect(await (await fetch(`${SITE_URL}${address}`)).text()).toContain(marker)
        const { context } = await newReader(browser)
        const page = await context.newPage()
        expect(await resultLinks(page, marker)).toContain(address)
        // Words of the old title match both the full bundle's record and the recent one: the page is listed once.
        const hits = await resultLinks(page, event.title)
        expect(hits.filter((href) => href === address)).toHaveLength(1)

        // The admin's dashboard says the site is up to date and names the build in the list.
        await context.addCookies([{ name: 'payload-token', value: token, url: CMS_URL }])
        await page.goto(`${CMS_URL}/admin`)
        await expect.poll(() => page.locator('[data-site-status]').innerText(), { timeout: 30_000 }).toBe('aktuell')
        await page.goto(`${CMS_URL}/admin/collections/site-builds`)
        await page.getByText('erfolgreich').first().waitFor({ timeout: 30_000 })
        await context.close()
      } finally {
        await saveTitle(event.id, event.title)
        expect(await builtChange(`where[entryTitle][equals]=${encodeURIComponent(event.title)}`)).toMatchObject({
          status: 'succeeded',
        })
      }
      expect(await (await fetch(`${SITE_URL}${address}`)).text()).not.toContain(marker)
    },
  )

  it(
    'a build that fails on invalid data from the CMS leaves the served site as it was and says why, in German',
    { timeout: 420_000 },
    async () => {
      const event = await firstEvent()
      const address = `/de/veranstaltungen/${event.slug}/`
      await settled()
      const before = await (await fetch(`${SITE_URL}${address}`)).text()
      // Data no editor could save (the CMS validates it): written into the database behind the CMS's back.
      const database = new DatabaseSync((process.env.DATABASE_URI ?? '').replace(/^file:/, ''))
      const { status } = database.prepare('SELECT status FROM events WHERE id = ?').get(event.id) as { status: string }
      const setStatus = (value: string) =>
        database
          .prepare("UPDATE events SET status = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?")
          .run(value, event.id)
      const rebuild = async () =>
        (await cms<{ id: number }>('/api/site-changes/request', { method: 'POST', body: '{}' })).id
      try {
        setStatus('unbekannt')
        const failed = await builtChange(`where[id][equals]=${await rebuild()}`)
        expect(failed.status).toBe('failed')
        expect(failed.error).toContain(`Ungültiger Eintrag in „events“ (id=${event.id}, ${event.slug}): Feld status`)
        expect(failed.error).toContain('Die bisherige Website bleibt unverändert online.')
        expect(await (await fetch(`${SITE_URL}${address}`)).text()).toBe(before)
      } finally {
        setStatus(status)
        database.close()
        expect(await builtChange(`where[id][equals]=${await rebuild()}`)).toMatchObject({ status: 'succeeded' })
      }
    },
  )
})
