import type { APIRoute } from 'astro'
import type { LocaleCode } from '#/i18n/locales.ts'
import { pickRequired } from '#/i18n/localized.ts'
import type { Topic } from '#/loaders/schemas.ts'
import { calendarFor, calendarResponse, topicsWithEvents } from '#/lib/events/event-feeds.ts'
import { siteData } from '#/lib/site-data.ts'
import { listRoutes } from '#/build/paths.ts'
import { routes } from '#/build/routes.ts'

export async function getStaticPaths() {
  const { events, topics } = await siteData()
  return listRoutes(routes.events).flatMap(({ params, props }) =>
    topicsWithEvents(events, topics).map((topic) => ({
      params: { ...params, topic: topic.slug.de },
      props: { ...props, topic },
    })),
  )
}

export const GET: APIRoute<{ locale: LocaleCode; topic: Topic }> = async ({ props, site }) => {
  const { events, topics } = await siteData()
  const name = pickRequired(props.topic.title, props.locale, `Title of topic id=${props.topic.id}`).value
  const ofTopic = events.filter((event) => (event.topics ?? []).includes(props.topic.id))
  return calendarResponse(calendarFor(name, ofTopic, props.locale, site!, topics))
}
