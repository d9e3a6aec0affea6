/**
 * Accessibility of the served site in Chromium, the way a reader meets it: axe-core (WCAG 2.1 A/AA) on every
 * page template in German, Arabic, Turkish and Leichte Sprache, keyboard-only use (skip link, language
 * switcher, visible focus), the language switch keeping the page, right-to-left layout, reduced motion.
 *
 * Templates are named by their German address; the address in another locale is read from the German
 * page's hreflang alternates, so translated slugs (/tr/iletisim/) need no second list.
 * Screenshots of the Arabic and Persian start pages go to /tmp/qa-shots/ for a person to look at.
 */
import { mkdirSync } from 'node:fs'

import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { t } from '../../site/src/i18n/ui.ts'
import { launchBrowser, newReader, requireServers, SITE_URL } from './browser'

type LocaleUnderTest = { code: 'de' | 'ar' | 'tr' | 'de-x-ls'; hreflang: string; path: string }
const LOCALES: LocaleUnderTest[] = [
  { code: 'de', hreflang: 'de', path: 'de' },
  { code: 'ar', hreflang: 'ar', path: 'ar' },
  { code: 'tr', hreflang: 'tr', path: 'tr' },
  { code: 'de-x-ls', hreflang: 'de-x-ls', path: 'leichte-sprache' },
]

/** One page per template, by its German address (the seed content in content/ provides them). */
/** `query` is appended to the address; `ready` names an element to wait for (results the page's script renders). */
const TEMPLATES: { name: string; german: string; status?: number; query?: string; ready?: string }[] = [
  { name: 'start page', german: '/de/' },
  { name: 'fields of work overview', german: '/de/handlungsfelder/' },
  { name: 'field-of-work page', german: '/de/handlungsfelder/schule/' },
  // Shown in German with the fallback notice in ar and tr (only German and Leichte Sprache exist).
  { name: 'page shown in German where untranslated (fallback)', german: '/de/leichte-sprache/' },
  { name: 'contact', german: '/de/kontakt/' },
  { name: 'imprint', german: '/de/impressum/' },
  { name: 'privacy statement', german: '/de/datenschutz/' },
  { name: 'accessibility statement', german: '/de/barrierefreiheit/' },
  { name: 'Leichte Sprache section', german: '/de/leichte-sprache/' },
  { name: 'documents list', german: '/de/dokumente/' },
  { name: 'documents filtered by type', german: '/de/dokumente/art/report/' },
  { name: 'documents filtered by topic', german: '/de/dokumente/thema/fruehe-bildung/' },
  { name: 'documents filtered by year', german: '/de/dokumente/jahr/2014/' },
  { name: 'document detail', german: '/de/dokumente/kiko-integrationskonzept/' },
  { name: 'document HTML version (PDF text page by page)', german: '/de/dokumente/kiko-integrationskonzept/text/' },
  { name: 'German Sign Language page with the sample video', german: '/de/gebaerdensprache/' },
  { name: 'events: upcoming list', german: '/de/veranstaltungen/' },
  { name: 'events: month', german: '/de/veranstaltungen/monat/2026-12/' },
  { name: 'events: archive', german: '/de/veranstaltungen/archiv/' },
  { name: 'event detail', german: '/de/veranstaltungen/berufsorientierungstag-2027/' },
  { name: 'event detail, cancelled', german: '/de/veranstaltungen/mso-quali-pressearbeit-2027/' },
  { name: 'organisations directory with district map', german: '/de/organisationen/' },
  { name: 'organisations directory, page 2 (numbered pages)', german: '/de/organisationen/seite/2/' },
  { name: 'organisations filtered by district', german: '/de/organisationen/bezirk/osterfeld/' },
  { name: 'organisations filtered by language', german: '/de/organisationen/sprache/ar/' },
  { name: 'organisation detail', german: '/de/organisationen/elternverein-jasmin/' },
  { name: 'monitoring overview', german: '/de/integrationsmonitoring/' },
  { name: 'monitoring indicator with chart and table', german: '/de/integrationsmonitoring/a1/' },
  { name: 'search page', german: '/de/suche/' },
  { name: 'search page with results', german: '/de/suche/', query: '?q=Schule', ready: '[data-search-results] li' },
  { name: 'A–Z index of all content', german: '/de/suche/a-z/' },
  { name: '404 page', german: '/de/diese-seite-gibt-es-nicht/', status: 404 },
]

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

let browser: Browser
/** German address → { hreflang → path } read from the German page. */
const alternates = new Map<string, Record<string, string>>()

async function readAlternates(germanPath: string): Promise<Record<string, string>> {
  const html = await (await fetch(`${SITE_URL}${germanPath}`)).text()
  const found: Record<string, string> = {}
  for (const match of html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g))
    found[match[1]] = new URL(match[2]).pathname
  return found
}

/** The address of a template in a locale. Unknown addresses (404) keep their German tail under the locale prefix. */
function addressOf(template: (typeof TEMPLATES)[number], locale: LocaleUnderTest): string {
  if (template.status === 404) return template.german.replace(/^\/de\//, `/${locale.path}/`)
  const path = alternates.get(template.german)?.[locale.hreflang]
  if (!path) throw new Error(`${template.german} names no ${locale.hreflang} alternate`)
  return path
}

beforeAll(async () => {
  requireServers()
  browser = await launchBrowser()
  for (const template of TEMPLATES)
    if (!template.status && !alternates.has(template.german))
      alternates.set(template.german, await readAlternates(template.german))
})
afterAll(async () => {
  await browser?.close()
})

type Violation = { page: string; rule: string; impact: string; targets: string[] }

async function axeViolations(page: Page, label: string): Promise<Violation[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze()
  // A page axe could not look into (blank, error page of the browser) would pass silently: count it as a violation.
  if (results.passes.length < 10)
    return [{ page: label, rule: `axe evaluated only ${results.passes.length} rules`, impact: '', targets: [] }]
  return results.violations.flatMap((violation) => ({
    page: label,
    rule: violation.id,
    impact: violation.impact ?? '',
    targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
  }))
}

/**
 * axe-core 4.14 skips text it takes for an icon font: color-contrast-matches → isIconLigature draws a word's
 * first letter alone and the whole word on a canvas and compares pixels and widths. Arabic letters change
 * shape and join inside a word, so after three words axe treats the whole Arabic font stack as an icon font
 * and checks the contrast of no Arabic text at all (measured: 3 of ~110 text elements on /ar/). The site has
 * no icon fonts, so the test makes both drawings compare equal (identical canvas pixels): every text is checked.
 */
function checkContrastOfAllText(): void {
  const prototype = CanvasRenderingContext2D.prototype
  const { getImageData } = Object.getOwnPropertyDescriptors(prototype)
  type GetImageData = CanvasRenderingContext2D['getImageData']
  const original = getImageData.value as GetImageData
  prototype.getImageData = function (this: CanvasRenderingContext2D, ...args: Parameters<GetImageData>) {
    const image = original.apply(this, args)
    image.data.fill(255)
    return image
  }
}

describe('axe-core finds no WCAG 2.1 A/AA violations', () => {
  for (const locale of LOCALES) {
    it(`on every page template in ${locale.code} (${TEMPLATES.length} templates, plus the open language list on a phone)`, async () => {
      const { context, requests } = await newReader(browser)
      await context.addInitScript(checkContrastOfAllText)
      const page = await context.newPage()
      const violations: Violation[] = []
      const wrongStatus: string[] = []
      for (const template of TEMPLATES) {
        const address = addressOf(template, locale) + (template.query ?? '')
        const response = await page.goto(`${SITE_URL}${address}`)
        if (response?.status() !== (template.status ?? 200)) wrongStatus.push(`${address}: ${response?.status()}`)
        if (template.ready) await page.locator(template.ready).first().waitFor({ timeout: 15_000 })
        violations.push(...(await axeViolations(page, `${template.name} ${address}`)))
      }
      // The language list is closed on load (axe skips hidden content): check it open, on a phone.
      await page.setViewportSize({ width: 390, height: 844 })
      await page.goto(`${SITE_URL}/${locale.path}/`)
      await page.locator('.language-switcher summary').click()
      violations.push(...(await axeViolations(page, `start page, language list open, 390px /${locale.path}/`)))
      const thirdParty = requests.filter((url) => !url.startsWith(SITE_URL))
      const cookies = await context.cookies()
      await context.close()
      expect({ wrongStatus, violations, thirdParty, cookies }).toEqual({
        wrongStatus: [],
        violations: [],
        thirdParty: [],
        cookies: [],
      })
    })
  }

  // WCAG 1.4.10 Reflow: at 320 CSS px nothing but data tables may scroll sideways (tables scroll in their own region).
  for (const locale of LOCALES.filter((each) => each.code === 'de' || each.code === 'ar')) {
    it(`on every page template in ${locale.code} at 320 px wide, and no page scrolls sideways`, async () => {
      const { context } = await newReader(browser, { viewport: { width: 320, height: 640 } })
      await context.addInitScript(checkContrastOfAllText)
      const page = await context.newPage()
      const violations: Violation[] = []
      const sideways: string[] = []
      for (const template of TEMPLATES) {
        const address = addressOf(template, locale) + (template.query ?? '')
        await page.goto(`${SITE_URL}${address}`)
        if (template.ready) await page.locator(template.ready).first().waitFor({ timeout: 15_000 })
        violations.push(...(await axeViolations(page, `${template.name} ${address} at 320px`)))
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        )
        if (overflow > 0) sideways.push(`${address}: ${overflow}px wider than the screen`)
      }
      await context.close()
      expect({ violations, sideways }).toEqual({ violations: [], sideways: [] })
    })
  }
})

/** What has focus: tag, classes, href and text, for readable failures. */
async function focused(
  page: Page,
): Promise<{ tag: string; id: string; className: string; href: string; text: string }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      id: element?.id ?? '',
      className: element?.className ?? '',
      href: element?.getAttribute('href') ?? '',
      text: (element?.innerText ?? '').trim().slice(0, 60),
    }
  })
}

/** Presses Tab until `matches` holds for the focused element; fails after `limit` presses. */
async function tabTo(
  page: Page,
  matches: (element: Awaited<ReturnType<typeof focused>>) => boolean,
  limit = 60,
): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab')
    if (matches(await focused(page))) return presses
  }
  throw new Error(`Nothing matching was reached within ${limit} presses of Tab on ${page.url()}`)
}

describe('keyboard only', () => {
  for (const locale of LOCALES) {
    it(`in ${locale.code}, the first Tab reaches the skip link, shown on screen, and Enter moves focus to the main content`, async () => {
      const { context } = await newReader(browser)
      const page = await context.newPage()
      await page.goto(
        `${SITE_URL}${addressOf(
          TEMPLATES.find((template) => template.name === 'contact')!,
          locale,
        )}`,
      )
      await page.keyboard.press('Tab')
      const first = await focused(page)
      const box = await page.locator(':focus').boundingBox()
      const viewport = page.viewportSize()!
      await page.keyboard.press('Enter')
      const afterEnter = await focused(page)
      await context.close()
      expect({
        first: { className: first.className, href: first.href, text: first.text },
        onScreen: !!box && box.y >= 0 && box.x >= 0 && box.x + box.width <= viewport.width,
        afterEnter: afterEnter.tag + '#' + afterEnter.id,
      }).toEqual({
        first: { className: 'skip-link', href: '#main', text: t(locale.code, 'skipLink') },
        onScreen: true,
        afterEnter: 'main#main',
      })
    })
  }

  it('the language switcher opens with the keyboard and Türkçe leads from /de/kontakt/ to the Turkish contact page', async () => {
    const { context } = await newReader(browser)
    const page = await context.newPage()
    await page.goto(`${SITE_URL}/de/kontakt/`)
    await tabTo(page, (element) => element.tag === 'summary')
    await page.keyboard.press('Enter')
    const open = await page.locator('.language-switcher').evaluate((details) => (details as HTMLDetailsElement).open)
    await tabTo(page, (element) => element.tag === 'a' && element.text.startsWith('Türkçe'))
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => !url.pathname.startsWith('/de/'))
    const result = { open, path: new URL(page.url()).pathname, lang: await page.locator('html').getAttribute('lang') }
    await context.close()
    expect(result).toEqual({ open: true, path: alternates.get('/de/kontakt/')!.tr, lang: 'tr' })
    expect(result.path).toBe('/tr/iletisim/')
  })

  it('from a page that exists only in German, switching to Arabic and Turkish lands on the same page with the fallback notice', async () => {
    const { context } = await newReader(browser)
    const page = await context.newPage()
    const landed: { path: string; lang: string | null; h1: string; notice: string }[] = []
    for (const label of ['العربية', 'Türkçe']) {
      await page.goto(`${SITE_URL}/de/impressum/`)
      const germanH1 = await page.locator('h1').innerText()
      await page.locator('.language-switcher summary').click()
      await page.locator('.language-switcher a', { hasText: label }).click()
      await page.waitForURL((url) => !url.pathname.startsWith('/de/'))
      landed.push({
        path: new URL(page.url()).pathname,
        lang: await page.locator('html').getAttribute('lang'),
        h1: (await page.locator('h1').innerText()) === germanH1 ? 'the German h1' : 'another h1',
        notice: await page.locator('main [role="note"]').first().innerText(),
      })
    }
    await context.close()
    expect(landed).toEqual([
      { path: '/ar/impressum/', lang: 'ar', h1: 'the German h1', notice: t('ar', 'fallback.notice') },
      { path: '/tr/impressum/', lang: 'tr', h1: 'the German h1', notice: t('tr', 'fallback.notice') },
    ])
  })

  for (const path of [
    '/de/',
    '/ar/',
    '/de/dokumente/',
    '/de/suche/',
    '/de/organisationen/',
    '/ar/veranstaltungen/',
    '/tr/integrationsmonitoring/a1/',
  ]) {
    it(`on ${path}, every element reached with Tab shows a visible focus indicator (outline or box-shadow)`, async () => {
      const { context } = await newReader(browser)
      const page = await context.newPage()
      await page.goto(`${SITE_URL}${path}`)
      const invisible: string[] = []
      let reached = 0
      const seen = new Set<string>()
      for (let presses = 0; presses < 80; presses++) {
        await page.keyboard.press('Tab')
        const state = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null
          if (!element || element === document.body) return undefined
          const style = getComputedStyle(element)
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
          const shadow = style.boxShadow !== 'none' && style.boxShadow !== ''
          const key = `${element.tagName.toLowerCase()}.${element.className} ${element.getAttribute('href') ?? ''} ${(element.innerText ?? '').trim().slice(0, 40)}`
          return { key, visible: outline || shadow }
        })
        if (!state || seen.has(state.key)) break
        seen.add(state.key)
        reached++
        if (!state.visible) invisible.push(state.key)
      }
      await context.close()
      expect(reached).toBeGreaterThan(5)
      expect(invisible).toEqual([])
    })
  }
})

describe('right-to-left', () => {
  for (const path of ['ar', 'fa']) {
    it(`/${path}/ is right-to-left: dir=rtl and the main navigation starts at the right`, async () => {
      const { context } = await newReader(browser)
      const page = await context.newPage()
      await page.goto(`${SITE_URL}/${path}/`)
      const dir = await page.locator('html').getAttribute('dir')
      const boxes = await page
        .locator('.main-nav li')
        .evaluateAll((items) => items.slice(0, 2).map((item) => item.getBoundingClientRect().toJSON() as DOMRect))
      const list = await page.locator('.main-nav ul').evaluate((ul) => {
        const box = ul.getBoundingClientRect()
        const style = getComputedStyle(ul)
        return { right: box.right - parseFloat(style.paddingRight) }
      })
      await context.close()
      expect(boxes.length).toBe(2)
      const [first, second] = boxes
      expect({
        dir,
        firstRightOfSecond: first.left > second.left || first.top < second.top,
        firstAtRightEdge: Math.abs(first.right - list.right) < 2,
      }).toEqual({ dir: 'rtl', firstRightOfSecond: true, firstAtRightEdge: true })
    })
  }

  for (const width of [390, 1280]) {
    it(`Arabic and Persian start pages at ${width}px fit the screen (screenshots in /tmp/qa-shots/)`, async () => {
      mkdirSync('/tmp/qa-shots', { recursive: true })
      const { context } = await newReader(browser, { viewport: { width, height: width < 600 ? 844 : 900 } })
      const page = await context.newPage()
      const overflow: Record<string, number> = {}
      for (const path of ['ar', 'fa']) {
        await page.goto(`${SITE_URL}/${path}/`)
        await page.evaluate(() => document.fonts.ready)
        await page.screenshot({ path: `/tmp/qa-shots/${path}-start-${width}.png`, fullPage: true })
        await page.locator('.language-switcher summary').click()
        await page.screenshot({ path: `/tmp/qa-shots/${path}-start-${width}-languages.png` })
        overflow[path] = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        )
      }
      await context.close()
      expect(overflow).toEqual({ ar: 0, fa: 0 })
    })
  }
})

describe('reduced motion', () => {
  it('with prefers-reduced-motion: reduce, nothing on the start page moves for longer than 0.01s', async () => {
    const { context } = await newReader(browser, { reducedMotion: 'reduce' })
    const page = await context.newPage()
    await page.goto(`${SITE_URL}/de/`)
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true)
    const moving = await page.evaluate(() => {
      const seconds = (value: string) =>
        Math.max(
          0,
          ...value
            .split(',')
            .map((part) => (part.trim().endsWith('ms') ? parseFloat(part) / 1000 : parseFloat(part)) || 0),
        )
      const found: string[] = []
      for (const element of [document.documentElement, ...document.querySelectorAll('body *')]) {
        for (const pseudo of [null, '::before', '::after']) {
          const style = getComputedStyle(element, pseudo)
          const transition = seconds(style.transitionDuration)
          const animation = style.animationName !== 'none' ? seconds(style.animationDuration) : 0
          if (transition > 0.01 || animation > 0.01)
            found.push(
              `${element.tagName.toLowerCase()}.${(element as HTMLElement).className}${pseudo ?? ''}: transition ${style.transitionDuration}, animation ${style.animationName} ${style.animationDuration}`,
            )
        }
      }
      const scroll = getComputedStyle(document.documentElement).scrollBehavior
      if (scroll === 'smooth') found.push('html: scroll-behavior smooth')
      return found
    })
    await context.close()
    expect(moving).toEqual([])
  })
})
