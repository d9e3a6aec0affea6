/**
 * Search in headless Chromium against the served site, the way a reader searches: open the search page of a
 * language, type the query, press Enter. Each query runs in a fresh browser context (cold cache).
 *
 * Measured per query: the bytes the search page itself loads (HTML, CSS, scripts, Pagefind's entry, WebAssembly
 * and language metadata, before any query) and the time until it has loaded — the baseline — then the bytes
 * and the time from Enter until the first result is shown.
 */
import { chromium, type Browser } from 'playwright-core'

import { CHROMIUM } from '../lib/browser'

export type SearchQuery = { locale: string; path: string; query: string }
export type SearchMeasure = SearchQuery & {
  pageLoadMs: number
  pageLoadKB: number
  firstResultMs: number
  queryKB: number
  totalKB: number
  results: number
}

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS })
}

const kB = (bytes: number) => Math.round(bytes / 102.4) / 10

/** Runs one query; resolves when the first result is visible (or fails after `timeoutMs`). */
export async function measureQuery(
  browser: Browser,
  siteUrl: string,
  { locale, path, query }: SearchQuery,
  timeoutMs = 30_000,
): Promise<SearchMeasure> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    // Pagefind fetches its index from a Web Worker, which a page-level CDP session does not see; Playwright's
    // request events cover the page and its workers. Bytes are the response bodies and headers as sent.
    const sizes: Promise<number>[] = []
    page.on('requestfinished', (request) => {
      sizes.push(
        request.sizes().then(
          (size) => size.responseBodySize + size.responseHeadersSize,
          () => 0,
        ),
      )
    })
    const transferred = async () => (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0)
    const loadStarted = performance.now()
    await page.goto(`${siteUrl}/${path}/suche/`, { waitUntil: 'networkidle' })
    const pageLoadMs = performance.now() - loadStarted
    const pageBytes = await transferred()
    await page.locator('#search-input').fill(query)
    const submitted = performance.now()
    await page.locator('#search-input').press('Enter')
    await page.locator('.search-result').first().waitFor({ state: 'visible', timeout: timeoutMs })
    const firstResultMs = performance.now() - submitted
    // Result fragments still arriving for the rest of the first result page count towards the query.
    await page.waitForLoadState('networkidle')
    const results = await page.locator('.search-result').count()
    const bytes = await transferred()
    return {
      locale,
      path,
      query,
      pageLoadMs: Math.round(pageLoadMs),
      pageLoadKB: kB(pageBytes),
      firstResultMs: Math.round(firstResultMs),
      queryKB: kB(bytes - pageBytes),
      totalKB: kB(bytes),
      results,
    }
  } finally {
    await context.close()
  }
}

/** Whether the served search finds `query` with a result whose title contains `title`. */
export async function searchFinds(
  browser: Browser,
  siteUrl: string,
  path: string,
  query: string,
  title: string,
): Promise<boolean> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.goto(`${siteUrl}/${path}/suche/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' })
    await page.locator('[data-search-status]').filter({ hasText: /\S/ }).waitFor({ timeout: 15_000 })
    const titles = await page.locator('.search-result').allInnerTexts()
    return titles.some((text) => text.includes(title))
  } finally {
    await context.close()
  }
}
