/**
 * The directory's and the events' filters combine without JavaScript (issue 16), as a resident on a 390 px phone
 * uses them: one facet, then a second, each a link to a page of its own whose heading says what is shown and how
 * many; the counts on the links are what the next page shows; "Alle" removes one facet. axe-clean in German and
 * right-to-left Arabic. Screenshots in /tmp/qa-shots/.
 */
import { mkdirSync } from 'node:fs'

import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { entryCount } from '../../site/src/lib/facet-groups.ts'
import { launchBrowser, requireServers, SITE_URL } from './browser'

let browser: Browser
/** The resident's phone: no JavaScript. */
let phone: BrowserContext
/** axe and the layout measurement run scripts in the page: the same static page in a context that allows them. */
let checker: BrowserContext

beforeAll(async () => {
  requireServers()
  browser = await launchBrowser()
  const viewport = { width: 390, height: 844 }
  phone = await browser.newContext({ locale: 'de-DE', viewport, javaScriptEnabled: false })
  checker = await browser.newContext({ locale: 'de-DE', viewport })
  mkdirSync('/tmp/qa-shots', { recursive: true })
})
afterAll(async () => {
  await browser?.close()
})

/** The option of a filter group ("Stadtbezirk", "Sprache" …) whose label starts with `name`, and its count. */
async function option(page: Page, legend: string, name: string) {
  const link = page
    .locator('nav.filters fieldset')
    .filter({ has: page.locator('legend', { hasText: legend }) })
    .getByRole('link', { name: new RegExp(`^${name} \\(\\d+\\)$`) })
  const label = await link.innerText()
  return { link, count: Number(/\((\d+)\)$/.exec(label)![1]) }
}

/** The entries the page lists (the first link of each item). */
const listed = (page: Page) =>
  page
    .locator('ul.item-list > li')
    .evaluateAll((items) => items.map((item) => item.querySelector('a')?.getAttribute('href')))

const pathOf = (page: Page) => new URL(page.url()).pathname
const currentOptions = (page: Page) =>
  page
    .locator('nav.filters a[aria-current="page"]')
    .evaluateAll((links) => links.map((link) => link.textContent?.trim()))
/** The page at `path` at 390 px: does it scroll sideways, and what does axe find (WCAG 2.1 AA)? */
async function layoutAndAxe(path: string, screenshot: string) {
  const page = await checker.newPage()
  await page.goto(`${SITE_URL}${path}`)
  const overflows = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
  await page.screenshot({ path: `/tmp/qa-shots/${screenshot}`, fullPage: true })
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  await page.close()
  return {
    overflows,
    evaluated: results.passes.length > 10,
    violations: results.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`),
  }
}
const clean = { overflows: false, evaluated: true, violations: [] }

describe('a resident filters the directory by district and language without JavaScript, on a phone', () => {
  it('clicks Osterfeld, then Arabic, and sees exactly the organisations of both, the count in the heading', async () => {
    const page = await phone.newPage()
    await page.goto(`${SITE_URL}/de/organisationen/`)
    const cityWide = await option(page, 'Sprache', 'Arabisch')
    const osterfeld = await option(page, 'Stadtbezirk', 'Osterfeld')
    await osterfeld.link.click()
    expect(pathOf(page)).toBe('/de/organisationen/bezirk/osterfeld/')
    expect(await page.locator('h1').innerText()).toBe(
      `${entryCount('de', 'orgs', osterfeld.count)} – Stadtbezirk: Osterfeld`,
    )

    // The language counts follow the chosen district: fewer Arabic organisations than city-wide.
    const arabic = await option(page, 'Sprache', 'Arabisch')
    expect(arabic.count).toBeLessThan(cityWide.count)
    await arabic.link.click()
    expect(pathOf(page)).toBe('/de/organisationen/bezirk/osterfeld/sprache/ar/')
    expect(await page.locator('h1').innerText()).toBe(
      `${entryCount('de', 'orgs', arabic.count)} – Stadtbezirk: Osterfeld, Sprache: Arabisch`,
    )
    expect(await listed(page)).toHaveLength(arabic.count)
    expect(await currentOptions(page)).toEqual([
      `Osterfeld (${arabic.count})`,
      `Arabisch (${arabic.count})`,
      `Alle (${arabic.count})`,
    ])
    expect(await layoutAndAxe(pathOf(page), 'filters-osterfeld-arabisch-390.png')).toEqual(clean)

    // "Alle" in the district group removes that facet only: every Arabic organisation in the city.
    await (await option(page, 'Stadtbezirk', 'Alle')).link.click()
    expect(pathOf(page)).toBe('/de/organisationen/sprache/ar/')
    expect(await page.locator('h1').innerText()).toBe(`${entryCount('de', 'orgs', cityWide.count)} – Sprache: Arabisch`)
    await page.getByRole('link', { name: 'Filter zurücksetzen' }).click()
    expect(pathOf(page)).toBe('/de/organisationen/')
    await page.close()
  })

  it('reads right to left in Arabic, at 390 px, axe-clean', async () => {
    const page = await phone.newPage()
    await page.goto(`${SITE_URL}/ar/organisationen/bezirk/osterfeld/sprache/ar/`)
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl')
    expect(await layoutAndAxe(pathOf(page), 'filters-osterfeld-arabisch-ar-390.png')).toEqual(clean)
    await page.close()
  })
})

describe('a resident filters the upcoming events by district and field of work without JavaScript', () => {
  it('clicks a district, then a field of work, and sees each of those events once, soonest first', async () => {
    const page = await phone.newPage()
    await page.goto(`${SITE_URL}/de/veranstaltungen/`)
    const sterkrade = await option(page, 'Stadtbezirk', 'Sterkrade')
    await sterkrade.link.click()
    expect(pathOf(page)).toBe('/de/veranstaltungen/bezirk/sterkrade/')
    expect(await page.locator('h1').innerText()).toBe(
      `${entryCount('de', 'events', sterkrade.count)} – Stadtbezirk: Sterkrade`,
    )
    expect(await listed(page)).toHaveLength(sterkrade.count)

    const fields = page.locator('nav.filters fieldset').nth(1).getByRole('link')
    const second = fields.nth(1)
    const label = await second.innerText()
    const count = Number(/\((\d+)\)$/.exec(label)![1])
    await second.click()
    expect(pathOf(page)).toMatch(/^\/de\/veranstaltungen\/bezirk\/sterkrade\/thema\/[a-z-]+\/$/)
    expect(await page.locator('h1').innerText()).toBe(
      `${entryCount('de', 'events', count)} – Stadtbezirk: Sterkrade, Handlungsfeld: ${label.replace(/ \(\d+\)$/, '')}`,
    )
    const events = await listed(page)
    expect(new Set(events).size).toBe(count)
    const dates = await page
      .locator('ul.item-list > li time[datetime]')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''))
    expect(dates.length).toBeGreaterThanOrEqual(count)
    expect(await layoutAndAxe(pathOf(page), 'filters-events-390.png')).toEqual(clean)
    await page.close()
  })
})
