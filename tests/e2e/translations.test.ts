/**
 * A Turkish translator's work on the built CMS and the served site: publishing Turkish without an editor (the
 * site shows it after the automatic rebuild), then, after a German change, the worklist with the German diff.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminToken, CMS_URL, launchBrowser, requireServers } from './browser'
import { signedIn } from './helpers/admin'
import { servedPage } from './helpers/site'

let browser: Browser
let token: string
const translator = { email: 'tuerkisch-e2e@ki-oberhausen.example', password: 'Kanal Brücke Apfel tr 14' }
const slug = `e2e-uebersetzung-${Date.now().toString(36)}`
let eventId: number

async function api(path: string, init: RequestInit & { as?: string } = {}): Promise<Response> {
  const { as = token, ...rest } = init
  return fetch(`${CMS_URL}${path}`, {
    ...rest,
    headers: { authorization: `JWT ${as}`, 'content-type': 'application/json', ...rest.headers },
  })
}

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text, version: 1 }] }],
  },
})

beforeAll(async () => {
  requireServers()
  browser = await launchBrowser()
  token = await adminToken()
  const account = await api('/api/users', {
    method: 'POST',
    body: JSON.stringify({ ...translator, name: 'Türkisch (Test)', roles: ['translator'] }),
  })
  expect([201, 400]).toContain(account.status)
  const created = await api('/api/events?locale=de&depth=0', {
    method: 'POST',
    body: JSON.stringify({
      title: 'Nachbarschaftsfrühstück',
      description: paragraph('Frühstück für alle im Stadtteil, jeden Samstag.'),
      slug,
      start: '2027-03-06T09:00:00.000Z',
      start_tz: 'Europe/Berlin',
      end: '2027-03-06T11:00:00.000Z',
      end_tz: 'Europe/Berlin',
      status: 'scheduled',
      accessibility: 'unknown',
      place: { name: 'Stadtteilhaus Osterfeld' },
      sample: true,
      _status: 'published',
    }),
  })
  const body = (await created.json()) as { doc?: { id: number } }
  expect(created.status, JSON.stringify(body)).toBe(201)
  eventId = body.doc!.id
}, 120_000)
afterAll(async () => {
  await browser?.close()
})

describe('a Turkish translator', () => {
  it('publishes Turkish without an editor, and the served /tr/ page shows it', async () => {
    const login = (await (
      await fetch(`${CMS_URL}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(translator),
      })
    ).json()) as { token: string }
    const turkish = { title: 'Mahalle kahvaltısı', description: paragraph('Mahalledeki herkes için kahvaltı.') }
    const autosave = await api(`/api/events/${eventId}?depth=0&draft=true&autosave=true&locale=tr`, {
      method: 'PATCH',
      as: login.token,
      body: JSON.stringify({ ...turkish, _status: 'draft' }),
    })
    const publish = await api(`/api/events/${eventId}?depth=0&locale=tr`, {
      method: 'PATCH',
      as: login.token,
      body: JSON.stringify({ ...turkish, _status: 'published' }),
    })
    expect([autosave.status, publish.status]).toEqual([200, 200])
    const html = await servedPage(`/tr/veranstaltungen/${slug}/`, (page) => page.includes('Mahalle kahvaltısı'))
    expect(html).toContain('Mahalle kahvaltısı')
  }, 180_000)

  it('sees the outdated entry in the worklist with the German change, word by word', async () => {
    const changed = await api(`/api/events/${eventId}?locale=de&depth=0`, {
      method: 'PATCH',
      body: JSON.stringify({
        description: paragraph('Frühstück für alle im Stadtteil, jeden Sonntag.'),
        _status: 'published',
      }),
    })
    expect(changed.status).toBe(200)
    const page = await signedIn(browser, translator)
    await page.goto(`${CMS_URL}/admin/uebersetzungen?sprache=tr&stand=outdated&sammlung=events`)
    const row = page.locator('[data-worklist] tr', { hasText: 'Nachbarschaftsfrühstück' })
    await row.locator('summary').click()
    const change = row.locator('[data-german-change="description"]')
    const [state, removed, added, language] = await Promise.all([
      row.locator('td').nth(2).innerText(),
      // textContent: what a screen reader reads, the hidden "[gestrichen: …]" included (innerText breaks lines
      // around the visually hidden parts)
      change.locator('del').textContent(),
      change.locator('ins').textContent(),
      page.locator('select[name="sprache"] option:checked').innerText(),
    ])
    await page.screenshot({ path: '/tmp/t2-worklist.png', fullPage: true })
    await page.context().close()
    expect([state, language]).toEqual(['veraltet', 'Türkisch'])
    expect([removed?.trim(), added?.trim()]).toEqual(['[gestrichen: Samstag.]', '[neu: Sonntag.]'])
  }, 120_000)
})
