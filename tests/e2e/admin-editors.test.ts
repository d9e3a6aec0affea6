/**
 * The admin as municipal editors meet it, on the built CMS (next build + next start, from scripts/test.ts):
 * the hooks' German messages reach REST and the admin's toast, "Neu erstellen" stores nothing by itself, dates
 * are German with 24-hour time, and the login page carries the city's name and mark.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminToken, CMS_URL, launchBrowser } from './browser'
import { seededAdmin, signInOn } from './helpers/admin'

let browser: Browser
let token: string
const translator = { email: 'uebersetzung-e2e@ki-oberhausen.example', password: 'Kanal Brücke Apfel e2e 1' }

type ErrorAnswer = { errors?: { message?: string; data?: { errors?: { path?: string; message?: string }[] } }[] }

async function api(path: string, init: RequestInit & { as?: string } = {}): Promise<Response> {
  const { as = token, ...rest } = init
  return fetch(`${CMS_URL}${path}`, { ...rest, headers: { authorization: `JWT ${as}`, ...rest.headers } })
}

async function json<T>(path: string, init: RequestInit & { as?: string } = {}): Promise<T> {
  return (await (await api(path, init)).json()) as T
}

/** A browser set to German, as the city's editors' are (Payload picks the admin's language from it). */
const newEditor = () => browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } })

const firstEvent = async () =>
  (await json<{ docs: { id: number; title: string }[] }>('/api/events?sort=id&limit=1&depth=0&locale=de')).docs[0]

beforeAll(async () => {
  if (!CMS_URL) throw new Error('CMS_URL is not set: run the browser tests through `npm test`.')
  browser = await launchBrowser()
  token = await adminToken()
  const existing = await json<{ totalDocs: number }>(
    `/api/users?where[email][equals]=${encodeURIComponent(translator.email)}&limit=0`,
  )
  if (existing.totalDocs === 0) {
    const created = await api('/api/users', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...translator, name: 'Übersetzung (Test)', roles: ['translator'] }),
    })
    expect(created.status, await created.text()).toBe(201)
  }
})
afterAll(async () => {
  await browser?.close()
})

describe('the hooks’ German messages reach editors', () => {
  it('a file that is not a PDF, uploaded to the documents, is refused in German', async () => {
    const form = new FormData()
    form.append('file', new Blob(['Nur Text, kein PDF.'], { type: 'application/pdf' }), 'bericht.pdf')
    form.append('_payload', JSON.stringify({ title: 'Kein PDF' }))
    const response = await api('/api/documents?locale=de', { method: 'POST', body: form })
    const body = (await response.json()) as ErrorAnswer
    expect(response.status).toBe(400)
    expect(body.errors?.[0]?.message).toBe(
      '„bericht.pdf“ ist keine PDF-Datei (der Inhalt beginnt nicht wie ein PDF). Bitte laden Sie das Dokument als PDF hoch.',
    )
  })

  it('a translator’s change to the German source is refused in German', async () => {
    const login = await json<{ token: string }>('/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(translator),
    })
    const event = await firstEvent()
    const refused = 'Übersetzer/innen können den deutschen Ausgangstext nicht ändern und keine neuen Einträge anlegen.'
    const response = await api(`/api/events/${event.id}?locale=de&draft=true`, {
      as: login.token,
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: `${event.title} (geändert)`, _status: 'draft' }),
    })
    expect(response.status).toBe(403)
    expect(((await response.json()) as ErrorAnswer).errors?.[0]?.message).toBe(refused)
  })
})

describe('the admin stores nothing the editor did not enter', () => {
  it('opening "new event" and leaving leaves the event list as it was', async () => {
    const count = async () => (await json<{ totalDocs: number }>('/api/events?draft=true&limit=0&depth=0')).totalDocs
    const before = await count()
    const context = await newEditor()
    const page = await context.newPage()
    await signInOn(page, seededAdmin())
    await page.goto(`${CMS_URL}/admin/collections/events/create`)
    await page.locator('input[name="title"]').waitFor()
    expect(new URL(page.url()).pathname).toBe('/admin/collections/events/create')
    // Longer than the autosave interval (2 s), then away.
    await page.waitForTimeout(4000)
    await page.goto(`${CMS_URL}/admin/collections/events`)
    await page.locator('.collection-list').waitFor()
    expect(await count()).toBe(before)
    await context.close()
  })
})

describe('the admin speaks German to editors, as the city', () => {
  it('the login page shows the city’s name and mark, and its title names the portal', async () => {
    const context = await newEditor()
    const page = await context.newPage()
    await page.goto(`${CMS_URL}/admin/login`)
    expect(await page.locator('.city-logo__city').textContent()).toBe('Stadt Oberhausen')
    expect(await page.title()).toContain('Integrationsportal Oberhausen')
    expect(await page.locator('link[rel="icon"]').first().getAttribute('href')).toMatch(/^data:image\/svg\+xml,/)
    await context.close()
  })

  it('the event list shows start dates as dd.MM.yyyy HH:mm and no two columns called "Status"', async () => {
    const context = await newEditor()
    const page = await context.newPage()
    await signInOn(page, seededAdmin())
    await page.goto(`${CMS_URL}/admin/collections/events`)
    await page.locator('.collection-list table').waitFor()
    const headings = (await page.locator('.collection-list thead th').allTextContents()).map((text) => text.trim())
    expect(headings.filter((heading) => heading === 'Status')).toHaveLength(1)
    expect(headings).toContain('Durchführung')
    const cells = page.locator('.collection-list tbody td.cell-start')
    await expect.poll(async () => (await cells.allTextContents()).some((text) => /\d/.test(text))).toBe(true)
    const starts = await cells.allTextContents()
    expect(starts.length).toBeGreaterThan(0)
    for (const start of starts) expect(start.trim()).toMatch(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/)
    await context.close()
  })
})
