import type { APIRoute } from 'astro'
import type { LocaleCode } from '#/i18n/locales.ts'
import { pickLocalized, pickRequired } from '#/i18n/localized.ts'
import type { Indicator } from '#/loaders/schemas.ts'
import { breakdownLabel, councilDecision, indicatorSeries } from '#/lib/indicators/indicators.ts'
import { siteData } from '#/lib/site-data.ts'
import { localeRoutes, renders } from '#/build/paths.ts'
import { routes } from '#/build/routes.ts'

export async function getStaticPaths() {
  const { indicators } = await siteData()
  return localeRoutes().flatMap(({ params, props }) =>
    indicators
      .filter((indicator) => (indicator.values ?? []).length > 0 && renders(routes.indicator)(indicator))
      .map((indicator) => ({ params: { ...params, code: indicator.slug }, props: { ...props, indicator } })),
  )
}

/** The indicator with name and definition in the reader's language and its values per breakdown. */
export const GET: APIRoute<{ locale: LocaleCode; indicator: Indicator }> = ({ props }) => {
  const { indicator, locale } = props
  const body = {
    code: indicator.code,
    name: pickRequired(indicator.name, locale, `Name of indicator id=${indicator.id}`).value,
    definition: pickLocalized(indicator.definition, locale)?.value ?? null,
    area: indicator.area,
    unit: indicator.unit,
    source: indicator.source,
    councilDecision,
    sample: indicator.sample === true,
    series: indicatorSeries(indicator).map((series) => ({
      breakdown: series.label,
      breakdownLabel: breakdownLabel(series.label, locale).text,
      values: series.points.map((point) => ({ year: point.x, value: point.y })),
    })),
  }
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } })
}
