/**
 * The CSV downloads of the integration monitoring, shared by ./[code].csv.ts (plain) and ./excel/[code].csv.ts
 * (for Excel): one file per indicator with values, rendered with the indicator's page, and one with every
 * indicator (allIndicatorsFile), rendered with the overview.
 */
import type { APIRoute } from 'astro'
import type { LocaleCode } from '#/i18n/locales.ts'
import type { Indicator } from '#/loaders/schemas.ts'
import { allIndicatorsFile, indicatorCsv, type CsvFlavour } from '#/lib/indicators/indicator-csv.ts'
import { siteData } from '#/lib/site-data.ts'
import { listRoutes, localeRoutes, renders } from '#/build/paths.ts'
import { routes } from '#/build/routes.ts'

type Props = { locale: LocaleCode; indicators: Indicator[] }

export async function csvPaths() {
  const { indicators } = await siteData()
  const withValues = indicators.filter((indicator) => (indicator.values ?? []).length > 0)
  const clash = withValues.find((indicator) => indicator.slug === allIndicatorsFile)
  if (clash)
    throw new Error(
      `Indicator id=${clash.id}: slug "${allIndicatorsFile}" is the name of the file with every indicator`,
    )
  const own = localeRoutes().flatMap(({ params, props }) =>
    withValues.filter(renders(routes.indicator)).map((indicator) => ({
      params: { ...params, code: indicator.slug },
      props: { ...props, indicators: [indicator] },
    })),
  )
  const all = listRoutes(routes.indicators).map(({ params, props }) => ({
    params: { ...params, code: allIndicatorsFile },
    props: { ...props, indicators },
  }))
  return [...own, ...all]
}

export function csvFile(flavour: CsvFlavour): APIRoute<Props> {
  return ({ props }) =>
    new Response(indicatorCsv(props.indicators, props.locale, flavour), {
      headers: { 'content-type': 'text/csv; charset=utf-8' },
    })
}
