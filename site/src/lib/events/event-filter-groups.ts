/** The events filters as the reader sees them: legends and labels in the page's language (#/lib/facet-groups.ts). */
import type { LocaleCode } from '#/i18n/locales.ts'
import { localized } from '#/i18n/localized.ts'
import { t } from '#/i18n/ui.ts'
import type { CmsEvent, Topic } from '#/loaders/schemas.ts'
import { facetGroups } from '#/lib/facet-groups.ts'
import type { Selection } from '#/lib/facets.ts'
import { eventsUrl } from '#/lib/urls.ts'
import { eventFacets, upcomingEvents } from './event-filters.ts'

export function eventFilterGroups(
  locale: LocaleCode,
  events: CmsEvent[],
  topics: Topic[],
  now: Date,
  selection: Selection,
) {
  return facetGroups({
    locale,
    entries: upcomingEvents(events, now),
    facets: eventFacets(topics),
    selection,
    base: eventsUrl(locale),
    legends: { bezirk: t(locale, 'orgs.filterDistrict'), thema: t(locale, 'documents.filterTopic') },
    labelOf: (key, value) => {
      if (key === 'bezirk') return t(locale, `district.${value}`)
      const topic = topics.find((each) => each.slug.de === value)
      return topic ? localized(topic.title, locale, `Title of topic id=${topic.id}`) : value
    },
  })
}
