/** Which calendar files exist: one per event, one per locale, one per topic that has events. */
import type { LocaleCode } from '#/i18n/locales.ts'
import { t } from '#/i18n/ui.ts'
import type { CmsEvent, Topic } from '#/loaders/schemas.ts'
import { icsEvent } from './event-text.ts'
import { calendarFile } from './ical.ts'

export function topicsWithEvents(events: CmsEvent[], topics: Topic[]): Topic[] {
  return [...topics]
    .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
    .filter((topic) => events.some((event) => (event.topics ?? []).includes(topic.id)))
}

/** An .ics response body for these events in the reader's language. */
export function calendarFor(name: string, events: CmsEvent[], locale: LocaleCode, site: URL, topics: Topic[]): string {
  const sorted = [...events].sort((a, b) => a.start.localeCompare(b.start))
  return calendarFile(
    `${t(locale, 'site.shortName')}: ${name}`,
    sorted.map((event) => icsEvent(event, locale, site, topics)),
    site.hostname,
  )
}

export function calendarResponse(body: string): Response {
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } })
}
