/**
 * Who checked a text, as editors and readers meet it on the built CMS and the served site: a new entry opens in
 * German whatever language the admin remembers; a check without a date is refused at the field in German; a
 * Leichte Sprache text checked by a Prüfgruppe carries the mark, an unchecked translation says so in its language.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Page as CmsPage } from '@ki/contract/payload-types'

import { adminToken, CMS_URL, launchBrowser, requireServers } from './browser'
import { cmsApi, seededAdmin, signedIn } from './helpers/admin'
import { servedPage } from './helpers/site'

const SHOTS = join(process.env.DATA_DIR ?? '/tmp', 'screenshots', 'language-checks')
/** The seeded admin publishes directly; a plain editor's publish waits for review (REVIEW_REQUIRED). */
const adminAccount = seededAdmin()
let browser: Browser
let admin: string
const editor = { email: 'sprachpruefung-e2e@ki-oberhausen.example', password: 'Prüfgruppe Kanal Linde 31' }
let fieldOfWork: CmsPage

beforeAll(async () => {
  requireServers()
  mkdirSync(SHOTS, { recursive: true })
  browser = await launchBrowser()
  admin = await adminToken()
  const created = await cmsApi(admin, '/api/users', {
    method: 'POST',
    body: JSON.stringify({ ...editor, name: 'Redaktion Sprachprüfung (Test)', roles: ['editor'] }),
  })
  expect([201, 400]).toContain(created.status)
  const found = await cmsApi<{ docs: CmsPage[] }>(
    admin,
    '/api/pages?locale=de&depth=0&limit=1&where[slug][equals]=fruehe-bildung',
  )
  ;[fieldOfWork] = found.body.docs
  expect(fieldOfWork?.title).toBe('Frühe Bildung')
})
afterAll(async () => {
  await browser?.close()
})

describe('who checked a text', () => {
  it('“Neu erstellen” opens in German after the editor worked in Arabic, and says so', async () => {
    const page = await signedIn(browser, editor)
    await page.goto(`${CMS_URL}/admin/collections/events?locale=ar`)
    await page.goto(`${CMS_URL}/admin/collections/events/create?locale=ar`)
    await page.waitForURL((url) => url.searchParams.get('locale') === 'de', { timeout: 30_000 })
    const toast = page.getByText('Neue Einträge beginnen auf Deutsch.', { exact: false })
    await toast.first().waitFor({ timeout: 15_000 })
    await page.screenshot({ path: `${SHOTS}/new-entry-in-german.png` })
    expect(new URL(page.url()).searchParams.get('locale')).toBe('de')
    await page.context().close()
  }, 120_000)

  it('a Prüfgruppe without a date is refused at the field, in German, and nothing is saved', async () => {
    const page = await signedIn(browser, adminAccount)
    await page.goto(`${CMS_URL}/admin/collections/pages/${fieldOfWork.id}?locale=de-x-ls`)
    const by = page.locator('input[name="languageReviewedBy"]')
    await by.fill('Prüfgruppe Lebenshilfe Oberhausen (Test)')
    await page.getByRole('button', { name: 'Änderungen veröffentlichen' }).click()
    const message = page.getByText('Bitte geben Sie an, wann der Text geprüft wurde.')
    await message.first().waitFor({ timeout: 30_000 })
    await page.screenshot({ path: `${SHOTS}/language-review-refused.png`, fullPage: true })
    await page.context().close()
    const stored = await cmsApi<CmsPage>(admin, `/api/pages/${fieldOfWork.id}?locale=de-x-ls&depth=0&draft=true`)
    expect(stored.body.languageReviewedBy ?? null).toBeNull()
  }, 120_000)

  it('checked Leichte Sprache names the Prüfgruppe on the page; an unchecked Turkish translation says so', async () => {
    const saved = await cmsApi(admin, `/api/pages/${fieldOfWork.id}?locale=de-x-ls&depth=0`, {
      method: 'PATCH',
      body: JSON.stringify({
        languageReviewedBy: 'Prüfgruppe Lebenshilfe Oberhausen (Test)',
        languageReviewedOn: '2026-11-20T12:00:00.000Z',
        _status: 'published',
      }),
    })
    expect(saved.status).toBe(200)
    const easy = await servedPage('/leichte-sprache/handlungsfelder/fruehe-bildung/', (html) =>
      html.includes('Prüfgruppe Lebenshilfe Oberhausen (Test) hat den Text geprüft.'),
    )
    const turkish = await servedPage('/tr/handlungsfelder/fruehe-bildung/', (html) => html.includes('data-review'))
    expect(easy).toContain(
      'Dieser Text ist in Leichter Sprache. Prüfgruppe Lebenshilfe Oberhausen (Test) hat den Text geprüft. Am 20. November 2026.',
    )
    expect(turkish).toContain('Bu çeviri henüz ana dili Türkçe olan biri tarafından kontrol edilmedi.')
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
    const reader = await context.newPage()
    await reader.goto(`${process.env.SITE_URL}/leichte-sprache/handlungsfelder/fruehe-bildung/`)
    await reader.screenshot({ path: `${SHOTS}/leichte-sprache-checked-390.png` })
    await reader.goto(`${process.env.SITE_URL}/ar/handlungsfelder/fruehe-bildung/`)
    await reader.screenshot({ path: `${SHOTS}/arabic-unchecked-390.png` })
    const arabic = await reader.locator('[data-review="unchecked"]').innerText()
    await context.close()
    expect(arabic).toBe('لم يراجع هذه الترجمة بعدُ شخصٌ لغته الأم العربية.')
  }, 300_000)
})
