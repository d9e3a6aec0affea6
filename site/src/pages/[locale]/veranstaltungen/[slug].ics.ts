import type { APIRoute } from 'astro'
import type { LocaleCode } from '#/i18n/locales.ts'
import { pickRequired } from '#/i18n/localized.ts'
import type { CmsEvent } from '#/loaders/schemas.ts'
import { calendarFor, calendarResponse } from '#/lib/events/event-feeds.ts'
import { siteData } from '#/lib/site-data.ts'
import { localeRoutes, renders } from '#/build/paths.ts'
import { routes } from '#/build/routes.ts'

export async function getStaticPaths() {
  const { events } = await siteData()
  return localeRoutes().flatMap(({ params, props }) =>
    events
      .filter(renders(routes.event))
      .map((event) => ({ params: { ...params, slug: event.slug }, props: { ...props, event } })),
  )
}

export const GET: APIRoute<{ locale: LocaleCode; event: CmsEvent }> = async ({ props, site }) => {
  const { topics } = await siteData()
  const title = pickRequired(props.event.title, props.locale, `Title of event id=${props.event.id}`).value
  return calendarResponse(calendarFor(title, [props.event], props.locale, site!, topics))
}
