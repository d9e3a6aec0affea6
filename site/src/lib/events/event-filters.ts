/**
 * The upcoming events filtered by district and field of work (topic), combined, without JavaScript
 * (#/lib/facets.ts): /de/veranstaltungen/bezirk/sterkrade/, /de/veranstaltungen/thema/sport/,
 * /de/veranstaltungen/bezirk/sterkrade/thema/sport/. The district is the venue's (`place.district`, chosen by the
 * editor; events without one are found under their field of work only). A filtered list names each event once, with
 * its next date inside the horizon, soonest first.
 */
import type { CmsEvent, Topic } from '#/loaders/schemas.ts'
import { districts } from '@ki/contract'
import { combinationPages, combinations, type Facet } from '#/lib/facets.ts'
import { pageSizes } from '#/lib/pagination.ts'
import { horizonEnd, occurrencesBetween, type Dated } from './events.ts'

const upcoming = new WeakMap<readonly CmsEvent[], { now: number; list: Dated<CmsEvent>[] }>()

/**
 * Each event that has a date between `now` and the horizon, once, with its next date, soonest first. Kept per list of
 * events: every filter page of a build asks for it.
 */
export function upcomingEvents(events: readonly CmsEvent[], now: Date): Dated<CmsEvent>[] {
  const known = upcoming.get(events)
  if (known?.now === now.getTime()) return known.list
  const seen = new Set<number>()
  const list = occurrencesBetween([...events], now, horizonEnd(now)).filter(({ event }) => {
    if (seen.has(event.id)) return false
    seen.add(event.id)
    return true
  })
  upcoming.set(events, { now: now.getTime(), list })
  return list
}

/** District (map order), then field of work (editorial order, by its German slug as the topic feeds are). */
export function eventFacets(topics: Topic[]): Facet<Dated<CmsEvent>>[] {
  const slugOf = new Map(topics.map((topic) => [topic.id, topic.slug.de]))
  return [
    { key: 'bezirk', values: districts, of: ({ event }) => (event.place.district ? [event.place.district] : []) },
    {
      key: 'thema',
      values: [...topics].sort((a, b) => (a.order ?? 0) - (b.order ?? 0)).map((topic) => topic.slug.de),
      of: ({ event }) => (event.topics ?? []).flatMap((id) => slugOf.get(id) ?? []),
    },
  ]
}

/**
 * Every combination of district and field of work that has upcoming events, page by page: the filtered events pages,
 * `path` below /veranstaltungen/ ("bezirk/sterkrade/thema/sport", "…/seite/2"). A filtered list pages like the archive.
 */
export function eventFilterPages(events: CmsEvent[], topics: Topic[], now: Date) {
  const facets = eventFacets(topics)
  return combinationPages(facets, combinations(upcomingEvents(events, now), facets), pageSizes.archive)
}
