import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminToken, CMS_URL, launchBrowser, newReader, requireServers, SITE_URL } from './browser'

let browser: Browser

beforeAll(async () => {
  requireServers()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('a search that finds nothing', () => {
  it('reaches the CMS as query and language only, and editors see it counted', async () => {
    const query = `qzxvw${Date.now().toString(36)}`
    const { context } = await newReader(browser)
    const page = await context.newPage()
    const consoleErrors: string[] = []
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()))
    await page.goto(`${SITE_URL}/ar/suche/`)
    await page.locator('#search-input').fill(query)
    await page.locator('#search-input').press('Enter')
    await page.waitForFunction(
      (text) => document.querySelector('[data-search-status]')?.textContent?.includes(text),
      query,
    )
    const token = await adminToken()
    let stored: { query: string; locale: string; count: number }[] = []
    for (let attempt = 0; attempt < 40 && stored.length === 0; attempt++) {
      await page.waitForTimeout(250)
      const response = await fetch(`${CMS_URL}/api/search-misses?where[query][equals]=${query}&depth=0`, {
        headers: { Authorization: `JWT ${token}` },
      })
      stored = ((await response.json()) as { docs: typeof stored }).docs
    }
    expect(stored.map(({ query: text, locale, count }) => ({ text, locale, count }))).toEqual([
      { text: query, locale: 'ar', count: 1 },
    ])
    expect(consoleErrors.filter((text) => /Content Security Policy|CORS/i.test(text))).toEqual([])
    expect(await context.cookies()).toEqual([])
    await context.close()
  })
})
