/**
 * Publishing one event after a full build: the next build renders only what shows it (scripts/lib/site-plan.ts),
 * merges it into the served site and indexes it into /pagefind-recent/, which the search page prefers to the full
 * bundle's outdated record. The test restores the title and builds again, so the other browser tests see the seed.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSite } from '../../scripts/lib/site'
import { adminToken, CMS_URL, launchBrowser, newReader, requireServers, SITE_URL } from './browser'

const SITE_DIST = process.env.SITE_DIST ?? ''
let browser: Browser

beforeAll(async () => {
  requireServers()
  if (!SITE_DIST) throw new Error('SITE_DIST is not set: run the browser tests through `npm test`.')
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

type CmsEvent = { id: number; slug: string; title: string }

async function saveTitle(token: string, id: number, title: string): Promise<void> {
  const response = await fetch(`${CMS_URL}/api/events/${id}?locale=de&depth=0`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ title, _status: 'published' }),
  })
  expect(response.status, await response.clone().text()).toBe(200)
}

async function resultLinks(page: Page, query: string): Promise<string[]> {
  await page.goto(`${SITE_URL}/de/suche/?q=${encodeURIComponent(query)}`)
  await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '') !== '')
  return page
    .locator('.search-result h2 a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
}

describe('publishing an event after a full build', () => {
  it(
    'puts the change on the served page and into search by an incremental build; the outdated record is not shown',
    { timeout: 240_000 },
    async () => {
      const token = await adminToken()
      const list = (await (
        await fetch(`${CMS_URL}/api/events?where[recurrence.rule][exists]=false&sort=id&limit=1&depth=0&locale=de`)
      ).json()) as { docs: CmsEvent[] }
      const event = list.docs[0]
      const address = `/de/veranstaltungen/${event.slug}/`
      const marker = `Zeitmarke${Date.now().toString(36)}`
      await saveTitle(token, event.id, `${event.title} ${marker}`)
      try {
        const build = await buildSite({ cmsUrl: CMS_URL, env: process.env, output: SITE_DIST })
        expect(build).toMatchObject({ status: 'built', kind: 'incremental' })
        expect(build.entries).toBeGreaterThanOrEqual(1)

        expect(await (await fetch(`${SITE_URL}${address}`)).text()).toContain(marker)
        const { context } = await newReader(browser)
        const page = await context.newPage()
        expect(await resultLinks(page, marker)).toContain(address)
        // Words of the old title match both the full bundle's record and the recent one: the page is listed once.
        const hits = await resultLinks(page, event.title)
        expect(hits.filter((href) => href === address)).toHaveLength(1)
        await context.close()
      } finally {
        await saveTitle(token, event.id, event.title)
        const restored = await buildSite({ cmsUrl: CMS_URL, env: process.env, output: SITE_DIST })
        expect(restored.kind).toBe('incremental')
      }
      expect(await (await fetch(`${SITE_URL}${address}`)).text()).not.toContain(marker)
    },
  )
})
