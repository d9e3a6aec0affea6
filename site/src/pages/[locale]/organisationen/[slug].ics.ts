import type { APIRoute } from 'astro'
import type { LocaleCode } from '#/i18n/locales.ts'
import type { Organisation } from '#/loaders/schemas.ts'
import { calendarFor, calendarResponse } from '#/lib/events/event-feeds.ts'
import { siteData } from '#/lib/site-data.ts'
import { localeRoutes, renders } from '#/build/paths.ts'
import { routes } from '#/build/routes.ts'

/** Shows what the organisation's page shows of its events: rendered with it (routes.organisation). */
export async function getStaticPaths() {
  const { organisations } = await siteData()
  return localeRoutes().flatMap(({ params, props }) =>
    organisations
      .filter(renders(routes.organisation))
      .map((org) => ({ params: { ...params, slug: org.slug }, props: { ...props, org } })),
  )
}

/** Every published event of one organisation, past and coming, in the reader's language. */
export const GET: APIRoute<{ locale: LocaleCode; org: Organisation }> = async ({ props, site }) => {
  const { events, topics } = await siteData()
  const own = events.filter((event) => event.organiser === props.org.id)
  return calendarResponse(calendarFor(props.org.name, own, props.locale, site!, topics))
}
