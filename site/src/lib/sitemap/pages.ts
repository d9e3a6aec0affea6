/**
 * Every public page of the site, route by route, for the sitemap. The table below has one row per route declared
 * in src/build/routes.ts (its type asks for every RouteName), so a new route fails the type-check until it says
 * which pages it has; the site checks (tests/build/sitemap.test.ts) compare the result with the built pages.
 * The addresses come from the same helpers the templates' getStaticPaths use.
 *
 * lastmod: an entry's page, the entry's last change; a list, the newest change among the kinds its route lists.
 * Not listed: the 404 pages, previews (/vorschau/, never part of a site build), calendar and data files.
 */
import { localeCodes, sourceLocale, type LocaleCode } from '#/i18n/locales.ts'
import { localePath } from '#/i18n/routing.ts'
import { documentTypes } from '#/loaders/schemas.ts'
import { routes, type ListRoute, type RouteName } from '#/build/routes.ts'
import { sectionAlternates } from '#/lib/alternates.ts'
import { availableFilters, filteredDocuments } from '#/lib/documents/document-filters.ts'
import { hasTextVersion } from '#/lib/documents/document-text.ts'
import { eventMonths, horizonEnd, occurrencesInMonth, pastEvents } from '#/lib/events/events.ts'
import { eventFilterPages } from '#/lib/events/event-filters.ts'
import { organisationFilterPages } from '#/lib/organisations/organisation-filters.ts'
import { pageAlternates, startPageKey } from '#/lib/pages/pages.ts'
import { laterPages, pageCount, pagedUrl, pageSizes } from '#/lib/pagination.ts'
import { azIndex, azUrl } from '#/lib/search/az-index.ts'
import type { SiteData } from '#/lib/site-data.ts'
import {
  documentsUrl,
  documentTextUrl,
  documentUrl,
  eventArchiveUrl,
  eventMonthUrl,
  eventsUrl,
  eventUrl,
  indicatorsUrl,
  indicatorUrl,
  organisationsUrl,
  organisationUrl,
} from '#/lib/urls.ts'
import type { SitemapPage } from './xml.ts'

/** The newest change among the entries a list route lists. */
function newestListed(route: ListRoute, data: SiteData): string | null {
  let newest: string | null = null
  for (const kind of route.lists)
    for (const entry of data[kind]) if (newest === null || entry.updatedAt > newest) newest = entry.updatedAt
  return newest
}

/** A list and its numbered pages (page 1 at `base`, then `base`seite/N/), the same in every locale. */
function listPages(base: string, total: number, size: number, lastmod: string | null): SitemapPage[] {
  return [1, ...laterPages(total, size)].map((page) => ({
    alternates: sectionAlternates(pagedUrl(base, page)),
    lastmod,
  }))
}

const source = sourceLocale

type PagesOf = (data: SiteData) => SitemapPage[] | Promise<SitemapPage[]>

const pagesOfRoute: Record<RouteName, PagesOf> = {
  start: (data) =>
    data.pages
      .filter((page) => page.key === startPageKey)
      .map((page) => ({
        alternates: pageAlternates(page, data.pageIndex),
        lastmod: newestListed(routes.start, data),
        // src/pages/index.astro: the language choice, for readers of a language the site does not have.
        xDefault: '/',
      })),
  page: (data) =>
    data.pages
      .filter((page) => page.key !== startPageKey)
      .map((page) => ({ alternates: pageAlternates(page, data.pageIndex), lastmod: page.updatedAt })),
  document: (data) =>
    data.documents.map((doc) => ({
      alternates: sectionAlternates(documentUrl(doc.slug, source)),
      lastmod: doc.updatedAt,
    })),
  documentText: (data) =>
    data.documents.filter(hasTextVersion).map((doc) => ({
      alternates: sectionAlternates(documentTextUrl(doc.slug, source)),
      lastmod: doc.updatedAt,
    })),
  documents: (data) => {
    const { documents, topics } = data
    const lastmod = newestListed(routes.documents, data)
    const base = documentsUrl(source)
    return [
      ...listPages(base, documents.length, pageSizes.documents, lastmod),
      ...availableFilters(documents, topics, documentTypes).flatMap((filter) =>
        listPages(
          `${base}${filter.kind}/${filter.value}/`,
          filteredDocuments(documents, filter, topics).length,
          pageSizes.documents,
          lastmod,
        ),
      ),
    ]
  },
  event: (data) =>
    data.events.map((event) => ({
      alternates: sectionAlternates(eventUrl(event.slug, source)),
      lastmod: event.updatedAt,
    })),
  events: (data) => {
    const lastmod = newestListed(routes.events, data)
    return [
      { alternates: sectionAlternates(eventsUrl(source)), lastmod },
      ...listPages(eventArchiveUrl(source), pastEvents(data.events, data.builtAt).length, pageSizes.archive, lastmod),
      ...eventMonths(data.events, horizonEnd(data.builtAt)).flatMap((month) =>
        listPages(
          eventMonthUrl(month, source),
          occurrencesInMonth(data.events, month).length,
          pageSizes.month,
          lastmod,
        ),
      ),
      ...eventFilterPages(data.events, data.topics, data.builtAt).map(({ path }) => ({
        alternates: sectionAlternates(`${eventsUrl(source)}${path}/`),
        lastmod,
      })),
    ]
  },
  organisation: (data) =>
    data.organisations.map((org) => ({
      alternates: sectionAlternates(organisationUrl(org.slug, source)),
      lastmod: org.updatedAt,
    })),
  organisations: (data) => {
    const lastmod = newestListed(routes.organisations, data)
    const base = organisationsUrl(source)
    return [
      ...listPages(base, data.organisations.length, pageSizes.organisations, lastmod),
      ...organisationFilterPages(data.organisations, data.activityFields).map(({ path }) => ({
        alternates: sectionAlternates(`${base}${path}/`),
        lastmod,
      })),
    ]
  },
  indicator: (data) =>
    data.indicators
      .filter((indicator) => (indicator.values ?? []).length > 0)
      .map((indicator) => ({
        alternates: sectionAlternates(indicatorUrl(indicator.slug, source)),
        lastmod: indicator.updatedAt,
      })),
  indicators: (data) =>
    listPages(
      indicatorsUrl(source),
      data.indicators.length,
      pageSizes.indicators,
      newestListed(routes.indicators, data),
    ),
  /** The index is sorted per language, so each locale may have a different number of pages. */
  azIndex: async (data) => {
    const lastmod = newestListed(routes.azIndex, data)
    const counts = new Map<LocaleCode, number>()
    for (const locale of localeCodes) counts.set(locale, pageCount((await azIndex(locale)).rows.length, pageSizes.az))
    return Array.from({ length: Math.max(...counts.values()) }, (_, index) => ({
      alternates: Object.fromEntries(
        localeCodes
          .filter((locale) => counts.get(locale)! > index)
          .map((locale) => [locale, pagedUrl(azUrl(locale), index + 1)]),
      ),
      lastmod,
    }))
  },
  search: (data) => [
    { alternates: sectionAlternates(`/${localePath(source)}/suche/`), lastmod: newestListed(routes.search, data) },
  ],
  notFound: () => [],
}

/** Every public page of the site, in the order of the route declarations. */
export async function sitemapPages(data: SiteData): Promise<SitemapPage[]> {
  const pages: SitemapPage[] = []
  for (const route of Object.keys(routes) as RouteName[]) pages.push(...(await pagesOfRoute[route](data)))
  return pages
}
