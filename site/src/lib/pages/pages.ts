/**
 * The CMS page tree as the site addresses it: URL per locale, breadcrumbs, and in which language a page is shown.
 * Pure functions over the validated pages, so they can be tested without a CMS.
 */
import { localeCodes, sourceLocale, type LocaleCode } from '#/i18n/locales.ts'
import type { TranslationNotice } from '#/lib/translation-notice.ts'
import { pickLocalized, localized } from '#/i18n/localized.ts'
import { fallbackFor, htmlLang, localePath } from '#/i18n/routing.ts'
import type { Page } from '#/loaders/schemas.ts'

/** The page with this key is each locale's start page, at `/{locale}/`. */
export const startPageKey = 'start'

export type PageIndex = Map<number, Page>

export function indexPages(pages: Page[]): PageIndex {
  return new Map(pages.map((page) => [page.id, page]))
}

/** The page and its ancestors, root first. A parent loop in the CMS data stops the build. */
export function ancestry(page: Page, index: PageIndex): Page[] {
  const chain: Page[] = [page]
  let parentId = page.parent
  while (parentId !== null && parentId !== undefined) {
    const parent = index.get(parentId)
    if (!parent) throw new Error(`CMS page id=${page.id} slug=${page.slug.de}: parent id=${parentId} is not published`)
    if (chain.includes(parent)) throw new Error(`CMS page id=${page.id} slug=${page.slug.de}: its parents form a loop`)
    chain.unshift(parent)
    parentId = parent.parent
  }
  return chain
}

/** Slug segments below the locale prefix, each in the reader's language where translated, else German. */
export function pageSegments(page: Page, locale: LocaleCode, index: PageIndex): string[] {
  if (page.key === startPageKey) return []
  return ancestry(page, index).map((each) => localized(each.slug, locale, `Slug of page id=${each.id}`))
}

export function pageUrl(page: Page, locale: LocaleCode, index: PageIndex): string {
  const segments = pageSegments(page, locale, index)
  return `/${[localePath(locale), ...segments].join('/')}/`
}

/**
 * The language a page's content is shown in for `locale`: its own when translated,
 * German when the translation is missing (the page then says so).
 */
export function contentLocale(page: Page, locale: LocaleCode): LocaleCode {
  const fallback = fallbackFor(locale)
  if (!fallback) return locale
  const translated =
    page.translationStatus?.[locale] !== 'missing' &&
    pickLocalized(page.title, locale)?.fellBack === false &&
    pickLocalized(page.layout, locale)?.fellBack === false
  return translated ? locale : fallback
}

export function translationNotice(page: Page, locale: LocaleCode): TranslationNotice {
  if (locale === sourceLocale) return null
  if (contentLocale(page, locale) !== locale) return 'fallback'
  const state = page.translationStatus?.[locale]
  return state === 'outdated' || state === 'partial' ? state : null
}

/** The address of this page in every locale; every page exists in every locale (untranslated ones in German). */
export function pageAlternates(page: Page, index: PageIndex): Record<LocaleCode, string> {
  return Object.fromEntries(localeCodes.map((code) => [code, pageUrl(page, code, index)])) as Record<LocaleCode, string>
}

export type Crumb = { label: string; href: string; lang?: string }

/** Breadcrumbs from the start page to the page itself, titles in the language the page is shown in. */
export function breadcrumbs(page: Page, locale: LocaleCode, index: PageIndex, homeLabel: string): Crumb[] {
  const home = { label: homeLabel, href: `/${localePath(locale)}/` }
  if (page.key === startPageKey) return [home]
  return [
    home,
    ...ancestry(page, index).map((each) => {
      const shownIn = contentLocale(each, locale)
      return {
        label: localized(each.title, shownIn, `Title of page id=${each.id}`),
        href: pageUrl(each, locale, index),
        ...(shownIn !== locale ? { lang: htmlLang(shownIn) } : {}),
      }
    }),
  ]
}

/** Children of a page in editorial order. */
export function childPages(page: Page, pages: Page[]): Page[] {
  return pages.filter((each) => each.parent === page.id).sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
}
