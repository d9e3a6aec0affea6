/**
 * Scheduled publishing on the running stack (built CMS with its jobs queue, served site, publisher): an editor
 * plans in the admin ("Veröffentlichungsplanung") that a draft event goes live a minute ahead and, once it is live,
 * that it comes off the site a minute later; with no command, the served page appears at the first time and is gone
 * after the second.
 * The CMS checks for due jobs every 5 s (cms/src/scheduling/index.ts); the unpublish is a full build (the planner
 * cannot follow a removal). The event is deleted at the end.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminToken, CMS_URL, launchBrowser, requireServers, SITE_URL } from './browser'
import { drawerTime, openScheduleDrawer } from './helpers-schedule'

let browser: Browser
let token: string

async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${CMS_URL}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}`, ...init.headers },
  })
  const text = await response.text()
  expect(response.ok, `${init.method ?? 'GET'} ${path}: ${response.status} ${text}`).toBe(true)
  return JSON.parse(text) as T
}

const statusOf = async (path: string) => (await fetch(`${SITE_URL}${path}`)).status

/** The start of the next whole minute at least `seconds` from now (the picker takes minutes). */
function minuteAhead(seconds: number): Date {
  const at = new Date(Date.now() + seconds * 1000)
  at.setUTCSeconds(0, 0)
  return new Date(at.getTime() + 60_000)
}

/** Plans a publish or unpublish in the edit view's "Veröffentlichungsplanung" drawer. */
async function plan(page: Page, type: 'Veröffentlichen' | 'Veröffentlichung aufheben', at: Date): Promise<void> {
  await page.locator('[data-workflow-label]').waitFor({ timeout: 60_000 })
  const drawer = await openScheduleDrawer(page)
  // Payload's radio draws its own circle over the input: a click on the label's text chooses it, as an editor does.
  await drawer.getByText(type, { exact: true }).click()
  const input = drawer.locator('.react-datepicker__input-container input').first()
  // The picker lists its times on a 24-hour clock, as the rest of the admin.
  await input.click()
  const times = page.locator('.react-datepicker__time-list-item')
  await times.first().waitFor({ timeout: 20_000 })
  expect(await times.allTextContents()).toContain('13:00')
  await input.fill(drawerTime(at))
  await input.press('Enter')
  // The picker took the German date and time: it shows what it parsed (text it cannot read leaves the field empty).
  expect(await input.inputValue()).toBe(drawerTime(at))
  await drawer.locator('#scheduled-publish-save').click()
  await page.getByText('Erfolgreich geplant.').first().waitFor({ timeout: 60_000 })
  await page.keyboard.press('Escape')
}

/** Runs `act` in the admin's edit view of the event, then leaves it (Payload locks an entry while it is open). */
async function inEditView(id: number, act: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } })
  try {
    await context.addCookies([{ name: 'payload-token', value: token, url: CMS_URL }])
    const page = await context.newPage()
    await page.goto(`${CMS_URL}/admin/collections/events/${id}?locale=de`)
    await act(page)
  } finally {
    await context.close()
  }
}

async function waitFor(check: () => Promise<boolean>, until: Date, what: string): Promise<number> {
  while (Date.now() < until.getTime()) {
    if (await check()) return Date.now()
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`${what} by ${until.toISOString()}`)
}

beforeAll(async () => {
  requireServers()
  browser = await launchBrowser()
  token = await adminToken()
})
afterAll(async () => {
  await browser?.close()
})

describe('scheduled publishing', () => {
  it(
    'an event planned to go live a minute ahead appears on the served site by itself, and its planned unpublish removes it',
    { timeout: 900_000 },
    async () => {
      const title = `Geplantes Elterncafé ${Date.now().toString(36)}`
      const created = await api<{ doc: { id: number; slug: string } }>('/api/events?locale=de&draft=true', {
        method: 'POST',
        body: JSON.stringify({
          title,
          start: '2027-06-08T15:00:00.000Z',
          start_tz: 'Europe/Berlin',
          end: '2027-06-08T17:00:00.000Z',
          end_tz: 'Europe/Berlin',
          place: { name: 'Stadtteilbüro Osterfeld' },
          _status: 'draft',
        }),
      })
      const { id, slug } = created.doc
      const address = `/de/veranstaltungen/${slug}/`
      let published = false
      try {
        const publishAt = minuteAhead(90)
        await inEditView(id, (page) => plan(page, 'Veröffentlichen', publishAt))
        expect(await statusOf(address)).toBe(404)

        const live = await waitFor(
          async () => (await statusOf(address)) === 200,
          new Date(publishAt.getTime() + 300_000),
          `${address} was not served`,
        )
        published = true
        console.log(`scheduled publish: served ${((live - publishAt.getTime()) / 1000).toFixed(1)} s after its time`)
        expect(live).toBeGreaterThanOrEqual(publishAt.getTime())
        expect(await (await fetch(`${SITE_URL}${address}`)).text()).toContain(title)

        // The unpublish is planned once the page is live: planned together with the publish, a minute apart, both
        // fell due during one slow build on a loaded machine and went into one build, so the page was never seen.
        const unpublishAt = minuteAhead(60)
        await inEditView(id, (page) => plan(page, 'Veröffentlichung aufheben', unpublishAt))
        const gone = await waitFor(
          async () => (await statusOf(address)) === 404,
          new Date(unpublishAt.getTime() + 300_000),
          `${address} was still served`,
        )
        published = false
        console.log(`scheduled unpublish: gone ${((gone - unpublishAt.getTime()) / 1000).toFixed(1)} s after its time`)
        const reader = await api<{ _status: string }>(`/api/events/${id}?depth=0&locale=de`)
        expect(reader._status).toBe('draft')
      } finally {
        await api(`/api/events/${id}`, { method: 'DELETE' })
        if (published)
          await waitFor(
            async () => (await statusOf(address)) === 404,
            new Date(Date.now() + 300_000),
            'the deleted event was still served',
          )
      }
    },
  )
})
