/**
 * JSON fields in the admin (a document's "Text je Seite"): shown in a plain text area the CMS renders itself.
 * Payload's own JSON field uses the Monaco editor, which its bundled loader fetches from cdn.jsdelivr.net; the
 * CSP refuses that and a closed municipal network cannot reach it, so the field showed no editor at all.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminToken, CMS_URL, launchBrowser, newReader, requireServers } from './browser'
import { seededAdmin, signInOn } from './helpers/admin'

let browser: Browser

beforeAll(async () => {
  requireServers()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** The first seeded document that has extracted page texts, read through the REST API. */
async function documentWithPageTexts(): Promise<{ id: number; pageTexts: unknown[] }> {
  const response = await fetch(`${CMS_URL}/api/documents?limit=1&depth=0&where[pageCount][greater_than]=0`, {
    headers: { Authorization: `JWT ${await adminToken()}` },
  })
  const body = (await response.json()) as { docs: { id: number; pageTexts: unknown }[] }
  const [document] = body.docs
  if (!document || !Array.isArray(document.pageTexts)) throw new Error('the seed has no document with page texts')
  return { id: document.id, pageTexts: document.pageTexts }
}

describe("a document's JSON field in the admin", () => {
  it('"Text je Seite" shows the page texts in a labelled, read-only text area; no other host is asked', async () => {
    const { id, pageTexts } = await documentWithPageTexts()
    const { context, requests } = await newReader(browser)
    const page = await context.newPage()
    const refused: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text())
    })
    await signInOn(page, seededAdmin())
    await page.goto(`${CMS_URL}/admin/collections/documents/${id}`)
    const field = page.getByLabel('Text je Seite')
    // The admin's first render of an edit view can be slow on a busy machine.
    await field.waitFor({ timeout: 60_000 })
    expect(JSON.parse(await field.inputValue())).toEqual(pageTexts)
    expect(await field.evaluate((element) => element.tagName)).toBe('TEXTAREA')
    expect(await field.getAttribute('readonly')).toBe('')
    const describedBy = (await field.getAttribute('aria-describedby')) ?? ''
    expect(await page.locator(`[id="${describedBy}"]`).innerText()).toBe(
      'Wird beim Hochladen aus der PDF-Datei gelesen und für die Suche verwendet.',
    )

    const origin = new URL(CMS_URL).origin
    expect(refused).toEqual([])
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([])
    await context.close()
  })

  it("no script of the admin names a CDN: Monaco's default source is patched out of @payloadcms/ui", () => {
    // The CMS the test stack built (scripts/lib/cms.ts): every script the admin can load comes from this folder.
    const folder = join(import.meta.dirname, '..', '..', 'cms', process.env.NEXT_DIST_DIR || '.next', 'static')
    const scripts = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'))
    expect(scripts.length).toBeGreaterThan(20)
    const hosts = /cdn\.jsdelivr\.net|unpkg\.com|cdnjs\.cloudflare\.com|fonts\.(googleapis|gstatic)\.com/
    const naming = scripts.filter((file) => hosts.test(readFileSync(join(folder, file), 'utf8')))
    expect(naming).toEqual([])
    const patched = scripts.filter((file) =>
      readFileSync(join(folder, file), 'utf8').includes('/monaco-editor-is-not-shipped/vs'),
    )
    expect(patched.length).toBeGreaterThan(0)
  })
})
