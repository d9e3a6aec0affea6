import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CMS_URL, launchBrowser, requireServers, SITE_URL } from './browser'
import { signedIn } from './helpers/admin'

let browser: Browser
let documentPath: string

/** A word made of letters only, different on every run, that the personal-data filter leaves alone. */
const marker = (label: string) =>
  `${label}${Date.now()
    .toString(36)
    .replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)])}`

beforeAll(async () => {
  requireServers()
  browser = await launchBrowser()
  const answer = await fetch(`${CMS_URL}/api/documents?where[_status][equals]=published&limit=1&depth=0&locale=de`)
  const { docs } = (await answer.json()) as { docs: { slug: string }[] }
  documentPath = `/tr/dokumente/${docs[0].slug}/`
})
afterAll(async () => {
  await browser?.close()
})

/** Sends "Hayır" with a text and asks for the large-print version, as a Turkish reader on the document's page. */
async function sendBoth(page: Page, text: string, javaScript: boolean): Promise<{ feedback: string; request: string }> {
  await page.goto(`${SITE_URL}${documentPath}`)
  await page.locator('#reader-feedback-comment').fill(text)
  await page.getByRole('button', { name: 'Hayır', exact: true }).click()
  if (!javaScript) await page.waitForURL((url) => url.hash === '#rueckmeldung-danke')
  else await page.locator('[data-reader-status]').filter({ hasText: 'teşekkür' }).waitFor()
  const feedback = javaScript
    ? ((await page.locator('[data-reader-status]').textContent()) ?? '')
    : ((await page.locator('#rueckmeldung-danke:visible').textContent()) ?? '')
  await page.getByText('Erişilebilir sürüm iste').click()
  await page.getByLabel('Büyük puntolu baskı').check()
  await page.getByLabel('Yanıt için e-posta adresiniz').fill('okur@example.org')
  await page.getByLabel('Not (isteğe bağlı)').fill(text)
  await page.getByRole('button', { name: 'Talebi gönder' }).click()
  if (!javaScript) await page.waitForURL((url) => url.hash === '#anfrage-danke')
  else await page.locator('[data-reader-status]').filter({ hasText: 'e-posta ile' }).waitFor()
  const request = javaScript
    ? ((await page.locator('[data-reader-status]').textContent()) ?? '')
    : ((await page.locator('#anfrage-danke:visible').textContent()) ?? '')
  return { feedback: feedback.trim(), request: request.trim() }
}

/** The rows of the admin's "Rückmeldungen" list that a search for `text` finds, as their cells' text. */
async function adminRows(text: string): Promise<string[][]> {
  const admin = await signedIn(browser, {
    email: process.env.ADMIN_EMAIL ?? '',
    password: process.env.ADMIN_PASSWORD ?? '',
  })
  await admin.goto(`${CMS_URL}/admin/collections/reader-messages?search=${encodeURIComponent(text)}`)
  await admin.locator('table tbody tr').first().waitFor()
  const rows = await admin
    .locator('table tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')))
  await admin.context().close()
  return rows
}

describe.each([
  { javaScript: false, mode: 'without JavaScript' },
  { javaScript: true, mode: 'with JavaScript' },
])('a reader $mode', ({ javaScript }) => {
  let reader: BrowserContext

  beforeAll(async () => {
    reader = await browser.newContext({ javaScriptEnabled: javaScript })
  })
  afterAll(async () => {
    await reader?.close()
  })

  it('sends feedback and asks for an accessible format; both reach the admin list, and no cookie is set', async () => {
    const text = marker(javaScript ? 'mitskript' : 'ohneskript')
    const page = await reader.newPage()
    const thanks = await sendBoth(page, text, javaScript)
    expect(thanks).toEqual({
      feedback: 'Geri bildiriminiz için teşekkür ederiz!',
      request: 'Talebiniz için teşekkür ederiz! Size e-posta ile yanıt vereceğiz.',
    })
    // The page stays the document's page (the script) or is that page again (the CMS sent the reader back).
    expect(new URL(page.url()).pathname).toBe(documentPath)
    const rows = await adminRows(text)
    const kinds = rows.map((cells) => cells.find((cell) => cell.startsWith('Hilfreich') || cell.startsWith('Anfrage')))
    expect(kinds.sort()).toEqual(['Anfrage barrierefreie Fassung', 'Hilfreich: nein'])
    expect(
      rows.every((cells) => cells.includes(documentPath) && cells.includes('Türkisch') && cells.includes('Offen')),
    ).toBe(true)
    expect(await reader.cookies()).toEqual([])
  })
})
