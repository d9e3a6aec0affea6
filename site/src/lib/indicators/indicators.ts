/** Integration monitoring: the indicator set as the site presents it. Pure functions over validated indicators. */
import { city, indicatorAreas } from '@ki/contract'
import { cachedFormatter } from '#/i18n/format.ts'
import { htmlLang } from '#/i18n/routing.ts'
import { hasUiString, t } from '#/i18n/ui.ts'
import type { LocaleCode } from '#/i18n/locales.ts'
import type { Indicator } from '#/loaders/schemas.ts'
import type { Series } from './chart.ts'

/** The council adopted the indicator set on this day; reports follow every `reportingIntervalYears` years. */
export const councilDecision = '2014-02-03'
export const reportingIntervalYears = 2

/** Areas in the order of the CMS's options (the contract's list). */
export const areas = indicatorAreas

/** Breakdown name of values entered without one. */
export const totalBreakdown = 'gesamt'

export function byCode(a: Indicator, b: Indicator): number {
  return a.code.localeCompare(b.code, 'de', { numeric: true })
}

/** Indicators grouped by area, areas in their fixed order, unknown areas last. */
export function indicatorsByArea(indicators: Indicator[]): { area: string; indicators: Indicator[] }[] {
  const known: readonly string[] = areas
  const present = [...new Set(indicators.map((indicator) => indicator.area))].sort(
    (a, b) =>
      (known.includes(a) ? known.indexOf(a) : 99) - (known.includes(b) ? known.indexOf(b) : 99) || a.localeCompare(b),
  )
  return present.map((area) => ({
    area,
    indicators: indicators.filter((indicator) => indicator.area === area).sort(byCode),
  }))
}

/** One series per breakdown, in the order the indicator declares them, points by year. */
export function indicatorSeries(indicator: Indicator): Series[] {
  const values = indicator.values ?? []
  const names = [...new Set([...(indicator.breakdowns ?? []), ...values.map((row) => row.breakdown ?? totalBreakdown)])]
  return names
    .map((label) => ({
      label,
      points: values
        .filter((row) => (row.breakdown ?? totalBreakdown) === label)
        .map((row) => ({ x: row.year, y: row.value }))
        .sort((a, b) => a.x - b.x),
    }))
    .filter((series) => series.points.length > 0)
}

/** A breakdown's name in the reader's language; `lang: 'de'` when only the CMS's German name exists. */
export type BreakdownLabel = { text: string; lang?: 'de' }

/** The ui.yaml key of a breakdown's name: `breakdown.` and the German name in lower case, umlauts spelt out. */
export function breakdownKey(breakdown: string): string {
  const ascii = breakdown
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return `breakdown.${ascii}`
}

/**
 * The name of a breakdown (the CMS stores its German name) in `locale`: a district's name as the city spells it,
 * else the ui.yaml text under breakdownKey(), else the German name, marked as untranslated.
 */
export function breakdownLabel(breakdown: string, locale: LocaleCode): BreakdownLabel {
  const district = city.districts.find((each) => each.names.de === breakdown)
  if (district) return { text: t(locale, `district.${district.value}`) }
  const key = breakdownKey(breakdown)
  if (hasUiString(key)) return { text: t(locale, key) }
  return locale === 'de' ? { text: breakdown } : { text: breakdown, lang: 'de' }
}

export function years(indicator: Indicator): number[] {
  return [...new Set((indicator.values ?? []).map((row) => row.year))].sort((a, b) => a - b)
}

/** A value in the indicator's unit, formatted for the reader: "50,3 %", "1.480", "2,3". */
export function formatValue(value: number, unit: Indicator['unit'], locale: LocaleCode): string {
  const lang = htmlLang(locale)
  if (unit === 'percent')
    return cachedFormatter(
      `percent:${lang}`,
      () => new Intl.NumberFormat(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    ).format(value / 100)
  if (unit === 'count')
    return cachedFormatter(`count:${lang}`, () => new Intl.NumberFormat(lang, { maximumFractionDigits: 0 })).format(
      value,
    )
  return cachedFormatter(`decimal:${lang}`, () => new Intl.NumberFormat(lang, { maximumFractionDigits: 2 })).format(
    value,
  )
}

export function formatYear(year: number, locale: LocaleCode): string {
  return cachedFormatter(
    `year:${locale}`,
    () => new Intl.NumberFormat(htmlLang(locale), { useGrouping: false }),
  ).format(year)
}
