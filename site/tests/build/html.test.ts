/**
 * What every built page must carry for readers, screen readers, search engines and the site search:
 * language and direction, one h1, a working skip link, a title, hreflang alternates, a search region
 * that holds the content and not the navigation, and no JavaScript beyond the allowed enhancements.
 *
 * The root index.html is the language choice: German, named as x-default by the start pages, and not in the site
 * search (it is no content in any one language).
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { hreflang } from '#/lib/alternates.ts'
import { locales } from '#/i18n/locales.ts'
import {
  ancestorsOf,
  describeTag,
  elementsOf,
  htmlPages,
  localeOfPage,
  requireDist,
  type Element,
  type Page,
  type Tag,
} from './dist.ts'

let pages: Page[]

beforeAll(() => {
  pages = htmlPages(requireDist())
})

type Problem = { page: string; problem: string }

function check(each: (page: Page) => string[]): Problem[] {
  return pages.flatMap((page) => each(page).map((problem) => ({ page: page.path, problem })))
}

const opening = (page: Page, name: string): Tag[] => page.tags.filter((tag) => !tag.closing && tag.name === name)

/** `/`: the language choice (src/pages/index.astro). */
const isLanguageChoice = (page: Page) => page.path === '/'
/** `/de/`, `/leichte-sprache/`, …: a language's start page, whose x-default is the language choice. */
const isStartPage = (page: Page) => locales.some((locale) => page.path === `/${locale.path}/`)

/** Pages kept out of search engines and the site search on purpose (404, the search page itself). */
const isNoindex = (page: Page) =>
  opening(page, 'meta').some(
    (tag) => tag.attrs.get('name') === 'robots' && /noindex/.test(tag.attrs.get('content') ?? ''),
  )

/** What a reader reaches with Tab: links with href, form fields, buttons, summaries, tabindex ≥ 0. */
function isFocusable(tag: Tag): boolean {
  if (tag.attrs.has('disabled')) return false
  const tabindex = tag.attrs.get('tabindex')
  if (tabindex !== undefined) return Number(tabindex) >= 0
  if (tag.name === 'a' || tag.name === 'area') return tag.attrs.has('href')
  if (tag.name === 'input') return tag.attrs.get('type') !== 'hidden'
  return ['button', 'select', 'textarea', 'summary', 'iframe'].includes(tag.name)
}

/**
 * Scripts a page may ship, each named for the report. Everything else is JavaScript on a content page,
 * which issue 5 rules out.
 */
const ALLOWED_SCRIPTS: { name: string; allows: (tag: Tag, page: Page) => boolean }[] = [
  {
    name: 'JSON-LD structured data (schema.org; data the browser never runs)',
    allows: (tag) => tag.attrs.get('type') === 'application/ld+json',
  },
  {
    name: "the search page's own module (/{locale}/suche/: Pagefind search, loaded from /_astro/)",
    allows: (tag, page) =>
      /^\/[a-z-]+\/suche\/$/.test(page.path) &&
      tag.attrs.get('type') === 'module' &&
      /^\/_astro\/[\w.-]+\.js$/.test(tag.attrs.get('src') ?? '') &&
      !tag.text?.trim(),
  },
  {
    name: 'the feedback forms\' module (PageFeedback: sends "War diese Seite hilfreich?" without leaving the page; the forms work without it)',
    allows: (tag) =>
      tag.attrs.get('type') === 'module' &&
      /^\/_astro\/PageFeedback\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/.test(tag.attrs.get('src') ?? '') &&
      !tag.text?.trim(),
  },
]

describe('every built page', () => {
  it('has at least one page per locale to check', () => {
    const perLocale = new Set(pages.map((page) => localeOfPage(page).code))
    expect([...perLocale].sort()).toEqual(locales.map((locale) => locale.code).sort())
  })

  it('declares the language and direction of its locale on <html> (ar, fa right-to-left; Leichte Sprache is German)', () => {
    expect(
      check((page) => {
        const html = opening(page, 'html')[0]
        const locale = localeOfPage(page)
        const expected = { lang: locale.htmlLang, dir: locale.rtl ? 'rtl' : 'ltr' }
        const actual = { lang: html?.attrs.get('lang'), dir: html?.attrs.get('dir') }
        return actual.lang === expected.lang && actual.dir === expected.dir
          ? []
          : [`<html lang="${actual.lang}" dir="${actual.dir}">, expected lang="${expected.lang}" dir="${expected.dir}"`]
      }),
    ).toEqual([])
  })

  it('has exactly one h1', () => {
    expect(
      check((page) => (opening(page, 'h1').length === 1 ? [] : [`${opening(page, 'h1').length} h1 elements`])),
    ).toEqual([])
  })

  it('has a non-empty <title>', () => {
    expect(
      check((page) => {
        // The document's title is the <title> in <head>; SVG charts and maps have <title>s of their own.
        const titles = [...page.html.slice(0, page.html.search(/<\/head>/i)).matchAll(/<title>([^<]*)<\/title>/g)].map(
          (match) => match[1].trim(),
        )
        return titles.length === 1 && titles[0] !== '' ? [] : [`titles: ${JSON.stringify(titles)}`]
      }),
    ).toEqual([])
  })

  it('starts with a skip link whose target is the <main> element', () => {
    expect(
      check((page) => {
        const elements = elementsOf(page)
        const first = elements.find(
          (element) =>
            isFocusable(element.tag) && ancestorsOf(element).some((ancestor) => ancestor.tag.name === 'body'),
        )
        if (!first) return ['nothing focusable']
        const href = first.tag.attrs.get('href') ?? ''
        if (first.tag.name !== 'a' || !href.startsWith('#'))
          return [`first focusable element is ${describeTag(first.tag)}, not a skip link`]
        const target = elements.filter((element) => element.tag.attrs.get('id') === href.slice(1))
        if (target.length !== 1) return [`skip link ${href} has ${target.length} targets`]
        return target[0].tag.name === 'main'
          ? []
          : [`skip link ${href} points to ${describeTag(target[0].tag)}, not <main>`]
      }),
    ).toEqual([])
  })

  it('names its address in every locale and x-default with hreflang alternates, itself included (x-default: the German page; on start pages the language choice)', () => {
    const expected = [...locales.map((locale) => hreflang(locale.code)), 'x-default'].sort()
    expect(
      check((page) => {
        const alternates = opening(page, 'link').filter(
          (tag) => tag.attrs.get('rel') === 'alternate' && tag.attrs.has('hreflang'),
        )
        const languages = alternates.map((tag) => tag.attrs.get('hreflang')!).sort()
        const problems: string[] = []
        if (JSON.stringify(languages) !== JSON.stringify(expected))
          problems.push(`hreflang values ${languages.join(' ')}`)
        const own = alternates.find((tag) => tag.attrs.get('hreflang') === hreflang(localeOfPage(page).code))
        // The root 404.html is the German 404 page, served for addresses outside every locale; the language choice
        // names each language's start page.
        const ownPath = page.path === '/404.html' ? '/de/404.html' : isLanguageChoice(page) ? '/de/' : page.path
        if (own && new URL(own.attrs.get('href')!).pathname !== ownPath)
          problems.push(`own alternate points to ${own.attrs.get('href')}`)
        const german = alternates.find((tag) => tag.attrs.get('hreflang') === 'de')?.attrs.get('href')
        const fallback = alternates.find((tag) => tag.attrs.get('hreflang') === 'x-default')?.attrs.get('href')
        if (isLanguageChoice(page) || isStartPage(page)) {
          if (!fallback || new URL(fallback).pathname !== '/') problems.push(`x-default ${fallback} is not /`)
        } else if (german !== fallback) problems.push(`x-default ${fallback} is not the German page ${german}`)
        return problems
      }),
    ).toEqual([])
  })

  it('marks its content for the search index once, inside <main>, and never the header, navigation or footer (noindex pages and the language choice: not at all)', () => {
    expect(
      check((page) => {
        const elements = elementsOf(page)
        const bodies = elements.filter((element) => element.tag.attrs.has('data-pagefind-body'))
        const problems: string[] = []
        if (/(^|\/)404\.html$/.test(page.file) && !isNoindex(page))
          problems.push('a 404 page without <meta name="robots" content="noindex">')
        if (isNoindex(page) || isLanguageChoice(page))
          return bodies.length === 0 ? problems : [...problems, `${page.path} is marked for the search index`]
        if (bodies.length !== 1) problems.push(`${bodies.length} elements with data-pagefind-body`)
        for (const body of bodies) {
          if (!ancestorsOf(body).some((ancestor) => ancestor.tag.name === 'main'))
            problems.push(`${describeTag(body.tag)} with data-pagefind-body is outside <main>`)
        }
        const siteChrome = (element: Element) =>
          ['header', 'footer'].includes(element.tag.name) ||
          (element.tag.name === 'nav' && /\b(main-nav|breadcrumbs)\b/.test(element.tag.attrs.get('class') ?? '')) ||
          (element.tag.attrs.get('class') ?? '').split(/\s+/).includes('language-switcher')
        for (const element of elements.filter(siteChrome)) {
          if (
            element.tag.attrs.has('data-pagefind-body') ||
            ancestorsOf(element).some((ancestor) => ancestor.tag.attrs.has('data-pagefind-body'))
          ) {
            problems.push(`${describeTag(element.tag)} is inside the search region`)
          }
        }
        return problems
      }),
    ).toEqual([])
  })

  it('on right-to-left pages, an e-mail address or phone number shown as link text is marked left-to-right', () => {
    expect(
      check((page) => {
        if (!localeOfPage(page).rtl) return []
        return [...page.html.matchAll(/<a\s([^>]*href="(?:mailto|tel):([^"]+)"[^>]*)>([\s\S]*?)<\/a>/g)]
          .filter(
            ([, attrs, address, text]) =>
              text.replace(/<[^>]+>|\s/g, '') === address.replace(/\s/g, '') && !/\sdir="ltr"|^dir="ltr"/.test(attrs),
          )
          .map(([, , address]) => `<a href="…:${address}"> without dir="ltr"`)
      }),
    ).toEqual([])
  })

  it(`ships no <script> except the allowed ones (${ALLOWED_SCRIPTS.map((allowed) => allowed.name).join('; ')})`, () => {
    expect(
      check((page) =>
        opening(page, 'script')
          .filter((tag) => !ALLOWED_SCRIPTS.some((allowed) => allowed.allows(tag, page)))
          .map(
            (tag) =>
              `<script${[...tag.attrs].map(([name, value]) => ` ${name}="${value}"`).join('')}>${(tag.text ?? '').slice(0, 80)}`,
          ),
      ),
    ).toEqual([])
  })
})
