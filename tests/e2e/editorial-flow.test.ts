/**
 * The editorial flow end to end, on the built CMS beside the served site and the running publisher (as `npm start`
 * runs them; scripts/lib/test-stack.ts), with review required (REVIEW_REQUIRED's default): editor A creates an event
 * as a draft in the admin form, looks at its preview in German and in Arabic, and submits it; editor B approves and
 * publishes it. With no command in between, the served site shows the event in German and, with the notice, as the
 * German fallback under /ar/; the search finds it; the admin's site status lists the build. Screenshots of each step
 * go to SHOTS (default /tmp/a1-shots/). The event is deleted at the end and the publisher takes it off the site.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { t } from '../../site/src/i18n/ui.ts'
import { adminToken, ADMIN_WAIT, CMS_URL, launchBrowser, requireServers, SITE_URL } from './browser'
import { signedIn as signedInToAdmin, type Account } from './helpers/admin'

const SHOTS = process.env.SHOTS ?? '/tmp/a1-shots'
const editorA = { email: 'redaktion-a-ablauf@ki-oberhausen.example', password: 'Kanal Brücke Apfel ablauf 1' }
const editorB = { email: 'redaktion-b-ablauf@ki-oberhausen.example', password: 'Kanal Brücke Apfel ablauf 2' }

let browser: Browser
let admin: string
const contexts: BrowserContext[] = []

type Build = { id: number; status: string; kind?: string; trigger?: string; reason?: string; pages?: number }
type Change = { id: number; build?: number | null }

async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${CMS_URL}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', authorization: `JWT ${admin}`, ...init.headers },
  })
  const text = await response.text()
  expect(response.ok, `${init.method ?? 'GET'} ${path}: ${response.status} ${text}`).toBe(true)
  return JSON.parse(text) as T
}

async function ensureEditor(account: { email: string; password: string }, name: string): Promise<void> {
  const found = await api<{ totalDocs: number }>(
    `/api/users?where[email][equals]=${encodeURIComponent(account.email)}&limit=0`,
  )
  if (found.totalDocs === 0)
    await api('/api/users', { method: 'POST', body: JSON.stringify({ ...account, name, roles: ['editor'] }) })
}

async function signedIn(account: Account): Promise<Page> {
  const page = await signedInToAdmin(browser, account)
  contexts.push(page.context())
  return page
}

let step = 0
const shot = async (page: Page, name: string) => {
  step++
  await page.screenshot({ path: join(SHOTS, `${String(step).padStart(2, '0')}-${name}.png`), fullPage: true })
}

/** Waits until the publisher has nothing to do: no pending change, no running build. */
async function settled(timeoutMs = 240_000): Promise<void> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    const [pending, running] = await Promise.all([
      api<{ totalDocs: number }>('/api/site-changes?where[status][equals]=pending&limit=0&depth=0'),
      api<{ totalDocs: number }>('/api/site-builds?where[status][equals]=running&limit=0&depth=0'),
    ])
    if (pending.totalDocs === 0 && running.totalDocs === 0) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`the publisher was still busy after ${timeoutMs / 1000} s`)
}

/** The finished build of the newest change of this entry. */
async function buildOf(entryId: number, operation: string, timeoutMs = 240_000): Promise<Build> {
  const where = `where[entryId][equals]=${entryId}&where[operation][equals]=${operation}&where[target][equals]=events`
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    const { docs } = await api<{ docs: Change[] }>(`/api/site-changes?depth=0&limit=1&sort=-createdAt&${where}`)
    const id = docs[0]?.build
    if (id) {
      const build = await api<Build>(`/api/site-builds/${id}?depth=0`)
      if (build.status !== 'running') return build
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`no build of events ${entryId} (${operation}) within ${timeoutMs / 1000} s`)
}

/** Clicks "Vorschau" in the edit view, confirms in the tab it opens and returns that tab once the preview is rendered. */
async function openPreview(page: Page, title: string): Promise<{ preview: Page; robots: string | undefined }> {
  const [preview] = await Promise.all([
    page.context().waitForEvent('page'),
    // Payload's button: an icon link named "Vorschau" (aria-label and title) that opens a new tab.
    page.locator('a#preview-button[aria-label="Vorschau"]').click(),
  ])
  // The link itself records nothing (cms/src/collections/SitePreviews/endpoints.ts): its page asks to confirm.
  await preview.getByRole('heading', { name: 'Vorschau erstellen' }).waitFor({ timeout: 60_000 })
  await preview.getByRole('button', { name: 'Vorschau erstellen' }).click()
  // "Vorschau wird erstellt …" reloads itself until the publisher has rendered the draft.
  await preview.locator('h1', { hasText: title }).waitFor({ timeout: 180_000 })
  const answer = await preview.request.get(preview.url())
  return { preview, robots: answer.headers()['x-robots-tag'] }
}

const statusOf = async (path: string) => (await fetch(`${SITE_URL}${path}`)).status

async function searchResults(page: Page, query: string): Promise<string[]> {
  await page.goto(`${SITE_URL}/de/suche/?q=${encodeURIComponent(query)}`)
  await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '') !== '')
  return page
    .locator('.search-result h2 a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
}

beforeAll(async () => {
  requireServers()
  mkdirSync(SHOTS, { recursive: true })
  browser = await launchBrowser()
  admin = await adminToken()
  await ensureEditor(editorA, 'Redaktion A (Test)')
  await ensureEditor(editorB, 'Redaktion B (Test)')
})
afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
})

describe('the editorial flow, from the admin form to the served site', () => {
  it(
    'an editor’s draft, previewed in German and Arabic, reviewed by a second editor, is live in German, as German fallback in Arabic and in the search, with no command',
    { timeout: 900_000 },
    async () => {
      const marker = `Redaktionsweg${Date.now().toString(36)}`
      const title = `Nähcafé für Eltern ${marker}`
      await settled()

      // Editor A: a new event in the admin form, saved as a draft.
      const pageA = await signedIn(editorA)
      await pageA.goto(`${CMS_URL}/admin/collections/events/create?locale=de`)
      await pageA.locator('input[name="title"]').fill(title)
      const dates = pageA.locator('.react-datepicker__input-container input')
      await dates.nth(0).fill('04.05.2027 17:00')
      await dates.nth(0).press('Enter')
      await dates.nth(1).fill('04.05.2027 19:00')
      await dates.nth(1).press('Enter')
      await pageA.locator('input[name="place.name"]').fill('Familienzentrum Sterkrade')
      await shot(pageA, 'a-neue-veranstaltung')
      await pageA.getByRole('button', { name: 'Entwurf speichern' }).click()
      await pageA.waitForURL(/\/admin\/collections\/events\/\d+/, ADMIN_WAIT)
      const id = Number(/\/events\/(\d+)/.exec(pageA.url())?.[1])
      const editUrl = `${CMS_URL}/admin/collections/events/${id}`
      let address: string | undefined
      try {
        await expect.poll(() => pageA.locator('[data-workflow-label]').innerText(), ADMIN_WAIT).toBe('Entwurf')
        await shot(pageA, 'a-entwurf-gespeichert')
        const draft = await api<{ slug: string; _status: string }>(`/api/events/${id}?draft=true&locale=de&depth=0`)
        expect(draft._status).toBe('draft')
        address = `/veranstaltungen/${draft.slug}/`
        expect(await statusOf(`/de${address}`)).toBe(404)

        // The preview, in German and in Arabic (the admin's content language): the draft, never indexed.
        const german = await openPreview(pageA, title)
        expect(new URL(german.preview.url()).pathname).toMatch(/^\/vorschau\/[\w-]{43}\/de\/veranstaltungen\//)
        expect(await german.preview.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex')
        expect(german.robots).toContain('noindex')
        await shot(german.preview, 'a-vorschau-deutsch')
        await german.preview.close()
        await pageA.goto(`${editUrl}?locale=ar`)
        await pageA.locator('input[name="title"]').waitFor()
        const arabic = await openPreview(pageA, title)
        expect(new URL(arabic.preview.url()).pathname).toMatch(/^\/vorschau\/[\w-]{43}\/ar\/veranstaltungen\//)
        expect(await arabic.preview.locator('html').getAttribute('dir')).toBe('rtl')
        expect(await arabic.preview.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex')
        expect(await arabic.preview.getByText(t('ar', 'fallback.notice')).count()).toBe(1)
        await shot(arabic.preview, 'a-vorschau-arabisch')
        await arabic.preview.close()

        // Submitted by A, who cannot approve it.
        await pageA.goto(`${editUrl}?locale=de`)
        await pageA.getByRole('button', { name: 'Zur Prüfung einreichen' }).click()
        await expect.poll(() => pageA.locator('[data-workflow-label]').innerText(), ADMIN_WAIT).toBe('In Prüfung')
        expect(await pageA.getByRole('button', { name: 'Freigeben und veröffentlichen' }).count()).toBe(0)
        await shot(pageA, 'a-eingereicht')
        // A leaves the entry (Payload locks an entry while it is open in an edit view).
        await pageA.goto(`${CMS_URL}/admin`)

        // Editor B finds it on the dashboard, approves and publishes it.
        const pageB = await signedIn(editorB)
        await expect
          .poll(() => pageB.locator('[data-review-list="in-review"]').innerText(), ADMIN_WAIT)
          .toContain(title)
        await shot(pageB, 'b-dashboard-in-pruefung')
        await pageB.goto(`${editUrl}?locale=de`)
        await expect.poll(() => pageB.locator('[data-workflow-label]').innerText(), ADMIN_WAIT).toBe('In Prüfung')
        await shot(pageB, 'b-eintrag-in-pruefung')
        await pageB.getByRole('button', { name: 'Freigeben und veröffentlichen' }).click({ timeout: 60_000 })
        await expect.poll(() => pageB.locator('[data-workflow-label]').innerText(), ADMIN_WAIT).toBe('Veröffentlicht')
        const approvedAt = Date.now()
        await shot(pageB, 'b-freigegeben')

        // No command: the publisher builds it; the served site shows it in German and as German fallback in Arabic.
        const build = await buildOf(id, 'published')
        expect(build).toMatchObject({ status: 'succeeded', kind: 'incremental' })
        console.log(`approved → built in ${((Date.now() - approvedAt) / 1000).toFixed(1)} s (build ${build.id})`)
        const reader = await browser.newContext({ viewport: { width: 1280, height: 900 } })
        contexts.push(reader)
        const site = await reader.newPage()
        await site.goto(`${SITE_URL}/de${address}`)
        expect(await site.locator('h1').innerText()).toBe(title)
        await shot(site, 'website-deutsch')
        await site.goto(`${SITE_URL}/ar${address}`)
        expect(await site.locator('html').getAttribute('dir')).toBe('rtl')
        expect(await site.locator('h1').innerText()).toBe(title)
        expect(await site.getByText(t('ar', 'fallback.notice')).count()).toBe(1)
        await shot(site, 'website-arabisch-fallback')
        expect(await searchResults(site, marker)).toEqual([`/de${address}`])
        await shot(site, 'website-suche')

        // The admin's site status: the dashboard says "aktuell", the build list names the build.
        await pageB.goto(`${CMS_URL}/admin`)
        await expect.poll(() => pageB.locator('[data-site-status]').innerText(), { timeout: 30_000 }).toBe('aktuell')
        await shot(pageB, 'b-dashboard-aktuell')
        await pageB.goto(`${CMS_URL}/admin/collections/site-builds/${build.id}`)
        await pageB.getByText('erfolgreich').first().waitFor()
        await shot(pageB, 'b-website-bau')
        await pageB.goto(`${CMS_URL}/admin/collections/site-builds`)
        await expect
          .poll(() => pageB.locator('.collection-list tbody tr').first().innerText(), ADMIN_WAIT)
          .toContain('erfolgreich')
        await shot(pageB, 'b-website-baus-liste')
      } finally {
        await api(`/api/events/${id}`, { method: 'DELETE' })
      }
      // Deleting the published event takes its pages off the site (a full build: the planner cannot follow a removal).
      const deleted = await api<{ totalDocs: number }>(
        `/api/site-changes?where[entryId][equals]=${id}&where[target][equals]=events&where[operation][equals]=deleted&limit=0`,
      )
      if (deleted.totalDocs > 0) {
        expect(await buildOf(id, 'deleted')).toMatchObject({ status: 'succeeded', kind: 'full' })
        expect(await statusOf(`/de${address}`)).toBe(404)
      }
    },
  )
})
