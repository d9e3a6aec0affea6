import type { LocaleCode } from '#/i18n/locales.ts'
import { localized } from '#/i18n/localized.ts'
import { localePath } from '#/i18n/routing.ts'
import type { NavItem } from '#/loaders/schemas.ts'
import { pageUrl, type PageIndex } from '#/lib/pages/pages.ts'

export type NavLink = { label: string; href: string }

/** A navigation entry points at a CMS page (its address in the reader's language) or at a site section path. */
export function navLink(item: NavItem, locale: LocaleCode, index: PageIndex): NavLink {
  const label = localized(item.label, locale, 'Navigation label')
  if (item.page !== null && item.page !== undefined) {
    const page = index.get(item.page)
    if (!page)
      throw new Error(
        `CMS global "navigation": entry "${item.label.de}" links to page id=${item.page}, which is not published`,
      )
    return { label, href: pageUrl(page, locale, index) }
  }
  if (item.path) return { label, href: `/${localePath(locale)}/${item.path.replace(/^\/|\/$/g, '')}/` }
  throw new Error(`CMS global "navigation": entry "${item.label.de}" has neither a page nor a path`)
}

/** "page" for the link to the current address, "true" for the section the current page lies in. */
export function currentMarker(href: string, currentPath: string): 'page' | 'true' | undefined {
  if (href === currentPath) return 'page'
  return currentPath.startsWith(href) && href.split('/').filter(Boolean).length > 1 ? 'true' : undefined
}
