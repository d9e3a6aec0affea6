/**
 * From "Suchen ohne Treffer" to a synonym group in the admin: the row's "Synonym hinzufügen" opens the new group with
 * the query and its language filled in; the editor adds a word and saves.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminToken, ADMIN_WAIT, CMS_URL, launchBrowser, requireServers } from './browser'
import { cmsApi, signedIn } from './helpers/admin'

let browser: Browser

beforeAll(async () => {
  requireServers()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('a search without results becomes a synonym group', () => {
  it('"Synonym hinzufügen" opens the group with the query and its language; saved with a second word', async () => {
    const query = `шкільний табір ${Date.now().toString(36).replace(/\d/g, '')}`.trim()
    const reported = await fetch(`${CMS_URL}/api/search-misses/record`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
      body: JSON.stringify({ query, locale: 'uk' }),
    })
    expect(reported.status).toBe(204)

    const page = await signedIn(browser, {
      email: process.env.ADMIN_EMAIL ?? '',
      password: process.env.ADMIN_PASSWORD ?? '',
    })
    await page.goto(`${CMS_URL}/admin/collections/search-misses?limit=100&sort=-lastDay`)
    const row = page.locator('tr', { hasText: query })
    await expect.poll(() => row.locator('td').allInnerTexts()).toEqual(expect.arrayContaining(['Ukrainisch']))
    await row.getByRole('link', { name: `Synonym zu „${query}“ hinzufügen` }).click()
    await page.waitForURL((url) => url.pathname.endsWith('/collections/search-synonyms/create'), ADMIN_WAIT)

    const words = page.locator('.field-type.text.has-many')
    await expect.poll(() => words.innerText()).toContain(query)
    expect(await page.locator('#field-locale').innerText()).toContain('Ukrainisch')
    expect(await page.getByText(`Vorausgefüllt aus „Suchen ohne Treffer“: „${query}“.`).count()).toBe(1)

    // A word typed before the form has hydrated is lost: type it again until it stands in the field as an entry.
    const second = 'літній табір'
    const entries = words.locator('.multi-value-label__text')
    for (let attempt = 0; attempt < 5 && !(await entries.allInnerTexts()).includes(second); attempt++) {
      await words.locator('input').fill(second)
      await words.locator('input').press('Enter')
      await entries
        .filter({ hasText: second })
        .waitFor({ timeout: 5_000 })
        .catch(() => undefined)
    }
    expect(await entries.allInnerTexts()).toEqual([query, second])
    await page.getByRole('button', { name: 'Speichern' }).click()
    await page
      .waitForURL((url) => /\/collections\/search-synonyms\/\d+/.test(url.pathname), ADMIN_WAIT)
      .catch(async (error: unknown) => {
        // Still on the form: what the admin said (toast, field error) is the failure's message.
        const said = await page.locator('.payload-toast-container, .field-error').allInnerTexts()
        throw new Error(`not saved: ${said.join(' | ') || String(error)}`)
      })

    const id = new URL(page.url()).pathname.split('/').pop()
    const { body } = await cmsApi<{ locale: string; words: string[]; title: string }>(
      await adminToken(),
      `/api/search-synonyms/${id}?depth=0`,
    )
    expect([body.locale, body.words, body.title]).toEqual(['uk', [query, second], `${query}, ${second}`])
    await page.context().close()
  }, 180_000)
})
