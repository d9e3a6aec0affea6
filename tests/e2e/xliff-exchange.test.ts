/**
 * "Übersetzungen austauschen" as an editor and a translator meet it: the admin exports the Turkish contact page as
 * XLIFF 2.0, a translator's tool changes the title, the admin imports it (report first, then "Übernehmen"), and the
 * served site shows the new Turkish title after the publisher's automatic rebuild. The test restores the title.
 */
import { readFile } from 'node:fs/promises'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { translateXliff, validateXliff } from '../../cms/tests/xliff-helpers'
import { adminToken, CMS_URL, launchBrowser, requireServers, SITE_URL } from './browser'

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

type CmsPage = { id: number; title?: string | null }

async function cms<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${CMS_URL}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}`, ...init.headers },
  })
  const text = await response.text()
  expect(response.ok, `${path}: ${response.status} ${text}`).toBe(true)
  return JSON.parse(text) as T
}

/** Waits until the served page's heading reads `title` (the publisher rebuilds by itself). */
async function headingBecomes(page: Page, url: string, title: string, timeoutMs = 240_000): Promise<string> {
  const started = Date.now()
  let heading = ''
  while (Date.now() - started < timeoutMs) {
    await page.goto(url)
    heading = ((await page.locator('h1').first().textContent()) ?? '').trim()
    if (heading === title) return heading
    await new Promise((resolve) => setTimeout(resolve, 2000))
  }
  return heading
}

describe('Übersetzungen austauschen', () => {
  // Up to 240 s for the site (headingBecomes): a build of the ~11k-page seed site takes minutes on a loaded machine.
  it(
    'a Turkish title exported as XLIFF, translated and imported in the admin reaches the served site',
    { timeout: 300_000 },
    async () => {
      const { docs } = await cms<{ docs: CmsPage[] }>(
        '/api/pages?where[key][equals]=kontakt&locale=tr&fallback-locale=none&depth=0&draft=true',
      )
      const contact = docs[0]
      if (!contact) throw new Error('the seed has no page with key "kontakt"')
      const before = contact.title ?? null
      const newTitle = 'İletişim ve danışma (XLIFF)'

      const context = await browser.newContext({ acceptDownloads: true })
      await context.addCookies([{ name: 'payload-token', value: token, url: CMS_URL }])
      const admin = await context.newPage()
      await admin.goto(`${CMS_URL}/admin/uebersetzungen-austauschen`)
      await admin.locator('#xliff-export-locale').selectOption({ label: 'Türkisch' })
      await admin.locator('#xliff-export-entries').fill(`pages:${contact.id}`)
      const [download] = await Promise.all([
        admin.waitForEvent('download'),
        admin.getByRole('button', { name: 'XLIFF-Datei herunterladen' }).click(),
      ])
      const exported = await readFile(await download.path(), 'utf8')
      expect(validateXliff(exported)).toBe('')
      const translated = translateXliff(exported, (text, unit) => (unit === 'title' ? newTitle : undefined))

      await admin.locator('#xliff-import-file').setInputFiles({
        name: 'kontakt-tr.xlf',
        mimeType: 'application/xliff+xml',
        buffer: Buffer.from(translated),
      })
      await admin.locator('#xliff-import-locale').selectOption({ label: 'Türkisch' })
      await admin.getByRole('button', { name: 'Datei prüfen' }).click()
      const titleRow = admin.locator(`[data-unit="pages-${contact.id}/title"]`)
      await expect.poll(() => titleRow.getAttribute('data-status')).toBe('applied')
      expect(await admin.locator('[data-xliff-report]').getAttribute('data-written')).toBe('false')
      await admin.getByRole('button', { name: 'Übernehmen' }).click()
      await expect.poll(() => admin.locator('[data-xliff-report]').getAttribute('data-written')).toBe('true')
      expect(await titleRow.locator('td').nth(2).textContent()).toBe('übernommen')

      const reader = await browser.newPage()
      await reader.goto(`${SITE_URL}/de/kontakt/`)
      const turkishPath = await reader.locator('link[rel="alternate"][hreflang="tr"]').getAttribute('href')
      const turkishUrl = new URL(turkishPath ?? '/tr/', SITE_URL).toString()
      try {
        expect(await headingBecomes(reader, turkishUrl, newTitle)).toBe(newTitle)
      } finally {
        await cms(`/api/pages/${contact.id}?locale=tr&depth=0`, {
          method: 'PATCH',
          body: JSON.stringify({ title: before }),
        })
        await context.close()
        await reader.close()
      }
    },
  )
})
