/**
 * Review before publishing, in the built admin: editor A submits an event, A cannot approve it, editor B approves it
 * ("Freigeben und veröffentlichen"), and the admin and the public API show the new state.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminToken, CMS_URL, launchBrowser } from './browser'
import { signedIn } from './helpers/admin'

let browser: Browser
let admin: string
const editorA = { email: 'redaktion-a-e2e@ki-oberhausen.example', password: 'Kanal Brücke Apfel e2e 2' }
const editorB = { email: 'redaktion-b-e2e@ki-oberhausen.example', password: 'Kanal Brücke Apfel e2e 3' }

async function api<T>(path: string, init: RequestInit & { as?: string } = {}): Promise<{ status: number; body: T }> {
  const { as = admin, ...rest } = init
  const response = await fetch(`${CMS_URL}${path}`, {
    ...rest,
    headers: { 'content-type': 'application/json', authorization: `JWT ${as}`, ...rest.headers },
  })
  return { status: response.status, body: (await response.json()) as T }
}

async function ensureEditor(account: { email: string; password: string }): Promise<string> {
  const found = await api<{ totalDocs: number }>(
    `/api/users?where[email][equals]=${encodeURIComponent(account.email)}&limit=0`,
  )
  if (found.body.totalDocs === 0) {
    const created = await api('/api/users', {
      method: 'POST',
      body: JSON.stringify({ ...account, name: 'Redaktion (Test)', roles: ['editor'] }),
    })
    expect(created.status).toBe(201)
  }
  const login = await api<{ token: string }>('/api/users/login', { method: 'POST', body: JSON.stringify(account) })
  return login.body.token
}

const stateShown = (page: Page) => page.locator('[data-workflow-label]').innerText()

beforeAll(async () => {
  if (!CMS_URL) throw new Error('CMS_URL is not set: run the browser tests through `npm test`.')
  browser = await launchBrowser()
  admin = await adminToken()
})
afterAll(async () => {
  await browser?.close()
})

describe('review before publishing', () => {
  it('editor A submits an event, cannot approve it, editor B approves it and it is published', async () => {
    const tokenA = await ensureEditor(editorA)
    await ensureEditor(editorB)
    const title = `Elterncafé zur Prüfung ${Date.now().toString(36)}`
    const created = await api<{ doc: { id: number } }>('/api/events?locale=de&draft=true', {
      as: tokenA,
      method: 'POST',
      body: JSON.stringify({
        title,
        start: '2027-05-04T15:00:00.000Z',
        start_tz: 'Europe/Berlin',
        end: '2027-05-04T17:00:00.000Z',
        end_tz: 'Europe/Berlin',
        place: { name: 'Familienzentrum Sterkrade' },
        _status: 'draft',
      }),
    })
    expect(created.status).toBe(201)
    const editUrl = `${CMS_URL}/admin/collections/events/${created.body.doc.id}`

    const pageA = await signedIn(browser, editorA)
    await pageA.goto(editUrl)
    expect(await stateShown(pageA)).toBe('Entwurf')
    await pageA.getByRole('button', { name: 'Zur Prüfung einreichen' }).click()
    await pageA.waitForFunction(() => document.querySelector('[data-workflow-label]')?.textContent === 'In Prüfung')
    expect(await pageA.getByRole('button', { name: 'Freigeben und veröffentlichen' }).count()).toBe(0)
    expect(await pageA.getByText('Sie haben diesen Eintrag eingereicht').count()).toBe(1)

    const pageB = await signedIn(browser, editorB)
    await pageB.goto(`${CMS_URL}/admin`)
    expect(await pageB.locator('[data-review-list="in-review"]').innerText()).toContain(title)
    await pageB.goto(editUrl)
    expect(await stateShown(pageB)).toBe('In Prüfung')
    await pageB.getByRole('button', { name: 'Freigeben und veröffentlichen' }).click()
    await pageB.waitForFunction(() => document.querySelector('[data-workflow-label]')?.textContent === 'Veröffentlicht')

    const readers = await fetch(`${CMS_URL}/api/events/${created.body.doc.id}?locale=de&depth=0`)
    expect(readers.status).toBe(200)
    expect(((await readers.json()) as { title: string }).title).toBe(title)
  })

  it('a plain editor’s “Veröffentlichen” is refused in German', async () => {
    const tokenA = await ensureEditor(editorA)
    const refused = await api<{ errors: { message: string }[] }>('/api/events?locale=de', {
      as: tokenA,
      method: 'POST',
      body: JSON.stringify({
        title: 'Ohne Prüfung',
        start: '2027-05-05T15:00:00.000Z',
        start_tz: 'Europe/Berlin',
        end: '2027-05-05T17:00:00.000Z',
        end_tz: 'Europe/Berlin',
        place: { name: 'Rathaus' },
        _status: 'published',
      }),
    })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0]?.message).toMatch(/^Veröffentlichen ist erst nach einer Prüfung möglich/)
  })
})
