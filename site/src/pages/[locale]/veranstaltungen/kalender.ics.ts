import type { APIRoute } from 'astro'
import type { LocaleCode } from '#/i18n/locales.ts'
import { t } from '#/i18n/ui.ts'
import { calendarFor, calendarResponse } from '#/lib/events/event-feeds.ts'
import { siteData } from '#/lib/site-data.ts'
import { listRoutes } from '#/build/paths.ts'
import { routes } from '#/build/routes.ts'

export function getStaticPaths() {
  return listRoutes(routes.events)
}

/** Every published event, past and coming, in the reader's language. */
export const GET: APIRoute<{ locale: LocaleCode }> = async ({ props, site }) => {
  const { events, topics } = await siteData()
  return calendarResponse(calendarFor(t(props.locale, 'events.title'), events, props.locale, site!, topics))
}
