/**
 * No request to any third-party host, no cookies, no storage: what the built files promise a reader.
 *
 * The rule for addresses, applied to every HTML page, stylesheet and SVG in the output:
 *   - Everything the browser loads on its own (stylesheets, scripts, images and srcset candidates, media,
 *     posters, fonts via url(), @import, preload/prefetch/icon links, inline style url()) is same-origin:
 *     relative, root-relative, or absolute on the site's own origin (the origin of its canonical links).
 *   - Metadata links (canonical, hreflang alternates, sitemap), form actions and meta refresh are fetched
 *     only by crawlers or on submit, but they still name the site itself: same-origin too.
 *   - `<a href>` / `<area href>` to another host is allowed: a reader follows it only by clicking
 *     (an organisation's own website, a public-transport planner).
 *   - JSON-LD (`<script type="application/ld+json">`) is data for search engines, never fetched by the
 *     browser; the URLs inside it (an event's or organisation's website) are not requests and are not checked.
 *   - mailto:, tel: and data: addresses are no requests to a host.
 *   - Absolute URLs anywhere else in the markup (data attributes, inline configuration) name the site itself,
 *     with one named exception: the search page's zero-result counter (`data-config` → `missUrl`), which
 *     posts a query that found nothing to the CMS (CMS_PUBLIC_URL, else CMS_URL) without cookies.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { distFiles, htmlPages, parseTags, requireDist, siteOrigin, urlPathOf, type Page } from './dist.ts'
import { cssUrls, isNonHttpScheme, pageReferences, stylesheetReferences, type Reference } from './references.ts'
import { readerMessageEndpoint } from '#/lib/feedback/endpoint.ts'

let root: string
let files: string[]
let pages: Page[]
let origin: string

beforeAll(() => {
  root = requireDist()
  files = distFiles(root)
  pages = htmlPages(root)
  origin = siteOrigin(pages)
})

function foreign(reference: Reference): boolean {
  if (isNonHttpScheme(reference.url)) return false
  return new URL(reference.url, new URL(reference.from, origin)).origin !== origin
}

/** The feedback forms' address on the CMS (components/feedback/): posted to only when a reader presses a button. */
const readerMessageUrl = readerMessageEndpoint(process.env.CMS_PUBLIC_URL || process.env.CMS_URL)

const clickedByReader = (reference: Reference) =>
  reference.where === '<a href>' ||
  reference.where === '<area href>' ||
  (reference.where === '<form action>' && reference.url === readerMessageUrl)

/** The references of an SVG file in the output: href/xlink:href of image, use, feImage, and style url(). */
function svgReferences(file: string): Reference[] {
  const from = urlPathOf(file)
  return parseTags(readFileSync(join(root, file), 'utf8')).flatMap((tag): Reference[] => {
    if (tag.closing) return []
    const urls = ['image', 'use', 'feimage', 'script'].includes(tag.name)
      ? [tag.attrs.get('href'), tag.attrs.get('xlink:href'), tag.attrs.get('src')]
      : []
    const styles = [tag.attrs.get('style') ?? '', tag.name === 'style' ? (tag.text ?? '') : ''].flatMap(cssUrls)
    return [...urls, ...styles]
      .filter((url): url is string => !!url && !url.startsWith('#'))
      .map((url) => ({ from, where: `svg <${tag.name}>`, url, kind: 'load' }))
  })
}

/** The JavaScript the site ships: script files in the output and inline scripts that are code, not JSON-LD. */
function shippedScripts(): { source: string; code: string }[] {
  const bundles = files
    .filter((file) => /\.(m?js)$/.test(file))
    .map((file) => ({ source: `/${file}`, code: readFileSync(join(root, file), 'utf8') }))
  const inline = pages.flatMap((page) =>
    page.tags
      .filter(
        (tag) =>
          tag.name === 'script' && !tag.closing && tag.text?.trim() && !/json/i.test(tag.attrs.get('type') ?? ''),
      )
      .map((tag) => ({ source: `${page.path} inline <script>`, code: tag.text! })),
  )
  return [...bundles, ...inline]
}

/** Writes that would store something about the reader in the browser, or report on them. */
const TRACKING_WRITES: { name: string; pattern: RegExp }[] = [
  { name: 'document.cookie write', pattern: /document\s*\.\s*cookie\s*=(?!=)/ },
  { name: 'cookieStore write', pattern: /cookieStore\s*\.\s*set\s*\(/ },
  {
    name: 'localStorage write',
    pattern: /localStorage\s*(\.\s*setItem\s*\(|\[[^\]]+\]\s*=(?!=)|\.\s*[A-Za-z_$][\w$]*\s*=(?!=))/,
  },
  {
    name: 'sessionStorage write',
    pattern: /sessionStorage\s*(\.\s*setItem\s*\(|\[[^\]]+\]\s*=(?!=)|\.\s*[A-Za-z_$][\w$]*\s*=(?!=))/,
  },
  { name: 'indexedDB open', pattern: /indexedDB\s*\.\s*open\s*\(/ },
  { name: 'navigator.sendBeacon', pattern: /sendBeacon\s*\(/ },
]

describe('privacy of the built site', () => {
  it('every URL a page loads or names is on the site itself; only links a reader clicks may lead elsewhere', () => {
    const references = pages.flatMap(pageReferences)
    expect(references.filter((reference) => reference.kind === 'load').length).toBeGreaterThan(0)
    expect(references.filter((reference) => !clickedByReader(reference) && foreign(reference))).toEqual([])
  })

  it("absolute URLs in other attributes and inline scripts name the site, except the search page's zero-result counter on the CMS", () => {
    const cmsOrigin = new URL(process.env.CMS_PUBLIC_URL || process.env.CMS_URL || 'http://cms.invalid').origin
    const elsewhere = pages.flatMap((page) =>
      page.tags.flatMap((tag) => {
        if (tag.closing || /json/i.test(tag.attrs.get('type') ?? '')) return []
        const values = [...tag.attrs]
          .filter(([name]) => !((tag.name === 'a' || tag.name === 'area') && name === 'href'))
          .map(([name, value]) => ({ where: `<${tag.name} ${name}>`, value }))
        if (tag.name === 'script' && tag.text) values.push({ where: '<script>', value: tag.text })
        return values.flatMap(({ where, value }) =>
          [...value.matchAll(/https?:\/\/[^\s"'<>\\)]+/g)]
            .map((match) => match[0])
            .filter((url) => new URL(url).origin !== origin)
            .filter(
              (url) =>
                !(
                  where === '<div data-config>' &&
                  /^\/[a-z-]+\/suche\/$/.test(page.path) &&
                  new URL(url).origin === cmsOrigin &&
                  (JSON.parse(value) as { missUrl?: unknown }).missUrl === url
                ),
            )
            .filter((url) => !(where === '<form action>' && url === readerMessageUrl))
            .map((url) => ({ page: page.path, where, url })),
        )
      }),
    )
    expect(elsewhere).toEqual([])
  })

  it('every url() and @import in the stylesheets and every reference in SVG files is on the site itself', () => {
    const stylesheets = files.filter((file) => file.endsWith('.css'))
    const references = [
      ...stylesheets.flatMap((file) => stylesheetReferences(file, root)),
      ...files.filter((file) => file.endsWith('.svg')).flatMap(svgReferences),
    ]
    expect(references.length).toBeGreaterThan(0)
    expect(references.filter(foreign)).toEqual([])
  })

  it('the shipped JavaScript writes no cookies and no browser storage and sends no beacons', () => {
    const found = shippedScripts().flatMap(({ source, code }) =>
      TRACKING_WRITES.filter(({ pattern }) => pattern.test(code)).map(({ name }) => ({
        source,
        found: name,
        near: code
          .slice(Math.max(0, code.search(TRACKING_WRITES.find((write) => write.name === name)!.pattern) - 40))
          .slice(0, 120),
      })),
    )
    expect(found).toEqual([])
  })

  it('the rule for tracking writes catches the patterns it names', () => {
    const samples = [
      'document.cookie="a=1"',
      'localStorage.setItem("a","1")',
      'localStorage.a = 1',
      'sessionStorage["a"]=1',
      'navigator.sendBeacon("/x")',
    ]
    expect(samples.map((sample) => TRACKING_WRITES.some(({ pattern }) => pattern.test(sample)))).toEqual(
      samples.map(() => true),
    )
    expect(
      TRACKING_WRITES.some(({ pattern }) => pattern.test('if (document.cookie == "") {}; localStorage.getItem("a")')),
    ).toBe(false)
  })

  it('fonts are served from the site as WOFF2: every @font-face source is a local .woff2 or .woff file that exists', () => {
    expect(files.filter((file) => file.endsWith('.woff2')).length).toBeGreaterThan(0)
    const fontFaces = files
      .filter((file) => file.endsWith('.css'))
      .flatMap((file) => {
        const css = readFileSync(join(root, file), 'utf8')
        return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((match) => ({ file, urls: cssUrls(match[1]) }))
      })
    expect(fontFaces.length).toBeGreaterThan(0)
    const problems = fontFaces.flatMap(({ file, urls }) => {
      const woff2 = urls.filter((url) => url.split('?')[0].endsWith('.woff2'))
      const wrong = urls.filter(
        (url) => !/\.woff2?$/.test(url.split('?')[0]) || new URL(url, new URL(`/${file}`, origin)).origin !== origin,
      )
      return [
        ...(woff2.length ? [] : [{ file, problem: 'an @font-face without a .woff2 source', urls }]),
        ...wrong.map((url) => ({ file, problem: 'not a local WOFF/WOFF2 file', urls: [url] })),
      ]
    })
    expect(problems).toEqual([])
  })
})
