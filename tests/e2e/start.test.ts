import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CMS_URL, launchBrowser, newReader, requireServers, SITE_URL } from './browser'

let browser: Browser

beforeAll(async () => {
  requireServers()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('first visit', () => {
  it('the German start page shows the seeded title and asks nothing of third parties', async () => {
    const { context, requests } = await newReader(browser)
    const page = await context.newPage()
    const response = await page.goto(`${SITE_URL}/de/`)
    expect(response?.status()).toBe(200)
    expect(await page.locator('html').getAttribute('lang')).toBe('de')
    expect(await page.locator('h1').first().innerText()).toBe(
      'Willkommen beim Kommunalen Integrationszentrum Oberhausen',
    )
    expect(requests.filter((url) => !url.startsWith(SITE_URL))).toEqual([])
    expect(await context.cookies()).toEqual([])
    await context.close()
  })

  it('the admin login page answers with a login form', async () => {
    const { context } = await newReader(browser)
    const page = await context.newPage()
    const response = await page.goto(`${CMS_URL}/admin/login`)
    expect(response?.status()).toBe(200)
    await page.locator('input[name="email"]').waitFor({ timeout: 30_000 })
    expect(await page.locator('input[name="password"]').count()).toBe(1)
    await context.close()
  })
})
