import type { LocaleCode } from '#/i18n/locales.ts'
import { localePath } from '#/i18n/routing.ts'

/** Addresses of the site's own sections. Section names are German in every language, like the CMS navigation paths. */
export const sections = {
  documents: 'dokumente',
  events: 'veranstaltungen',
  organisations: 'organisationen',
  indicators: 'integrationsmonitoring',
} as const

function sectionUrl(section: keyof typeof sections, locale: LocaleCode): string {
  return `/${localePath(locale)}/${sections[section]}/`
}

export function documentsUrl(locale: LocaleCode): string {
  return sectionUrl('documents', locale)
}

export function documentUrl(slug: string, locale: LocaleCode): string {
  return `${documentsUrl(locale)}${slug}/`
}

/** A document's HTML version (its PDF text, page by page), e.g. /tr/dokumente/kiko/text/ */
export function documentTextUrl(slug: string, locale: LocaleCode): string {
  return `${documentUrl(slug, locale)}text/`
}

export function eventsUrl(locale: LocaleCode): string {
  return sectionUrl('events', locale)
}

export function eventUrl(slug: string, locale: LocaleCode): string {
  return `${eventsUrl(locale)}${slug}/`
}

/** One event as an iCalendar file, e.g. /de/veranstaltungen/frauencafe.ics */
export function eventIcsUrl(slug: string, locale: LocaleCode): string {
  return `${eventsUrl(locale)}${slug}.ics`
}

/** Month view, `month` as YYYY-MM. */
export function eventMonthUrl(month: string, locale: LocaleCode): string {
  return `${eventsUrl(locale)}monat/${month}/`
}

export function eventArchiveUrl(locale: LocaleCode): string {
  return `${eventsUrl(locale)}archiv/`
}

export function eventFeedUrl(locale: LocaleCode): string {
  return `${eventsUrl(locale)}kalender.ics`
}

export function topicFeedUrl(topicSlug: string, locale: LocaleCode): string {
  return `${eventsUrl(locale)}thema/${topicSlug}.ics`
}

export function organisationsUrl(locale: LocaleCode): string {
  return sectionUrl('organisations', locale)
}

export function organisationUrl(slug: string, locale: LocaleCode): string {
  return `${organisationsUrl(locale)}${slug}/`
}

/** An organisation's own events as an iCalendar feed, e.g. /de/organisationen/kulturverein-anadolu.ics */
export function organisationFeedUrl(slug: string, locale: LocaleCode): string {
  return `${organisationsUrl(locale)}${slug}.ics`
}

/** The same feed for calendar apps that subscribe (webcal: is http(s): with the scheme that opens the calendar). */
export function webcalUrl(path: string, site: URL): string {
  return new URL(path, site).href.replace(/^https?:/, 'webcal:')
}

export function indicatorsUrl(locale: LocaleCode): string {
  return sectionUrl('indicators', locale)
}

export function indicatorUrl(slug: string, locale: LocaleCode): string {
  return `${indicatorsUrl(locale)}${slug}/`
}
