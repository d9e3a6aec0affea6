/**
 * `/` as a reader on a phone meets it (issue 16): a browser in one of the site's languages lands on that language's
 * start page; any other browser sees every language named in itself, usable at 390 px, without JavaScript; and the
 * language switcher's "Alle Sprachen" always leads back to the choice. Screenshots in /tmp/qa-shots/.
 */
import { mkdirSync } from 'node:fs'

import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { locales } from '../../site/src/i18n/locales.ts'
import { launchBrowser, requireServers, SITE_URL } from './browser'

let browser: Browser

beforeAll(async () => {
  requireServers()
  browser = await launchBrowser()
  mkdirSync('/tmp/qa-shots', { recursive: true })
})
afterAll(async () => {
  await browser?.close()
})

/** A phone whose browser speaks `locale` (Chromium sends it as Accept-Language). */
function phone(locale: string, javaScriptEnabled = true): Promise<BrowserContext> {
  return browser.newContext({ locale, viewport: { width: 390, height: 844 }, javaScriptEnabled })
}

describe('a reader who opens the site’s address', () => {
  it.each([
    { locale: 'tr-TR', path: '/tr/', lang: 'tr', dir: 'ltr' },
    { locale: 'ar-EG', path: '/ar/', lang: 'ar', dir: 'rtl' },
    { locale: 'fa-IR', path: '/fa/', lang: 'fa', dir: 'rtl' },
    { locale: 'de-DE', path: '/de/', lang: 'de', dir: 'ltr' },
  ])('with a $locale browser lands on $path', async ({ locale, path, lang, dir }) => {
    const context = await phone(locale)
    const page = await context.newPage()
    const response = await page.goto(`${SITE_URL}/`)
    const html = page.locator('html')
    expect([
      response?.status(),
      new URL(page.url()).pathname,
      await html.getAttribute('lang'),
      await html.getAttribute('dir'),
    ]).toEqual([200, path, lang, dir])
    await context.close()
  })

  it('with a browser in a language the site lacks sees every language named in itself, without JavaScript', async () => {
    const context = await phone('ja-JP', false)
    const page = await context.newPage()
    const response = await page.goto(`${SITE_URL}/`)
    expect([response?.status(), new URL(page.url()).pathname]).toEqual([200, '/'])
    const links = await page.locator('ul.language-choice a').evaluateAll((anchors) =>
      anchors.map((anchor) => ({
        href: anchor.getAttribute('href'),
        lang: anchor.getAttribute('lang'),
        dir: anchor.getAttribute('dir'),
        name: anchor.querySelector('.language-choice__name')?.textContent,
      })),
    )
    expect(links).toEqual(
      locales.map((locale) => ({
        href: `/${locale.path}/`,
        lang: locale.htmlLang,
        dir: locale.rtl ? 'rtl' : 'ltr',
        name: locale.label,
      })),
    )
    expect(await page.locator('h1').innerText()).toBe('Sprache wählen')
    expect(await page.locator('.language-choice__prompts [lang="tr"]').innerText()).toBe('Dilinizi seçin')
    await page.screenshot({ path: '/tmp/qa-shots/language-choice-390.png', fullPage: true })
    await page.locator('ul.language-choice a[lang="ar"]').click()
    await page.waitForURL(`${SITE_URL}/ar/`)
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl')
    await context.close()
  })

  it('at 390 px fits the screen, every language link a large target, and axe finds nothing', async () => {
    const context = await phone('ja-JP')
    const page = await context.newPage()
    await page.goto(`${SITE_URL}/`)
    await page.evaluate(() => document.fonts.ready)
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    const heights = await page
      .locator('ul.language-choice a')
      .evaluateAll((anchors) => anchors.map((anchor) => Math.round(anchor.getBoundingClientRect().height)))
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
    expect(results.passes.length).toBeGreaterThan(10)
    expect({
      overflow,
      smallTargets: heights.filter((height) => height < 44),
      violations: results.violations.map((violation) => violation.id),
    }).toEqual({ overflow: 0, smallTargets: [], violations: [] })
    await context.close()
  })
})

describe('the language switcher', () => {
  it('leads from a Turkish page to the choice with "Tüm diller", and the choice stays (no redirect back)', async () => {
    const context = await phone('tr-TR')
    const page = await context.newPage()
    await page.goto(`${SITE_URL}/tr/`)
    await page.locator('.language-switcher summary').click()
    await page.screenshot({ path: '/tmp/qa-shots/language-switcher-tr-390.png' })
    await page.getByRole('link', { name: 'Tüm diller' }).click()
    await page.waitForLoadState()
    expect([new URL(page.url()).pathname, await page.locator('h1').innerText()]).toEqual([
      '/index.html',
      'Sprache wählen',
    ])
    await page.locator('ul.language-choice a[lang="uk"]').click()
    await page.waitForURL(`${SITE_URL}/uk/`)
    await context.close()
  })
})
