import type { APIRoute } from 'astro'
import type { Indicator } from '#/loaders/schemas.ts'
import { indicatorCsv } from '#/lib/indicators/indicators.ts'
import { siteData } from '#/lib/site-data.ts'
import { localeRoutes, renders } from '#/build/paths.ts'
import { routes } from '#/build/routes.ts'

export async function getStaticPaths() {
  const { indicators } = await siteData()
  return localeRoutes().flatMap(({ params }) =>
    indicators
      .filter((indicator) => (indicator.values ?? []).length > 0 && renders(routes.indicator)(indicator))
      .map((indicator) => ({ params: { ...params, code: indicator.slug }, props: { indicator } })),
  )
}

/** Columns: code, year, breakdown, value, unit – the same data in every language. */
export const GET: APIRoute<{ indicator: Indicator }> = ({ props }) =>
  new Response(indicatorCsv(props.indicator), { headers: { 'content-type': 'text/csv; charset=utf-8' } })
