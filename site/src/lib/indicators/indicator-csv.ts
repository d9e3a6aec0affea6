/**
 * The indicators' values as CSV downloads, one row per indicator, year and breakdown, in two flavours:
 * - plain: RFC 4180 (`,`, decimal point), column names and units as stable keys, for programs;
 * - excel: what a spreadsheet set to German opens as a table of numbers: UTF-8 with a byte order mark, `;` between
 *   fields, decimal comma, CRLF, column names and units in the page's language.
 * Both name each breakdown in the page's language beside (plain) or instead of (excel) the CMS's German name.
 */
import type { LocaleCode } from '#/i18n/locales.ts'
import { pickRequired } from '#/i18n/localized.ts'
import { t } from '#/i18n/ui.ts'
import { csvLines } from '#/lib/csv.ts'
import type { Indicator } from '#/loaders/schemas.ts'
import { indicatorsUrl } from '#/lib/urls.ts'
import { breakdownLabel, byCode, indicatorSeries } from './indicators.ts'

export type CsvFlavour = 'plain' | 'excel'

type ValueRow = {
  indicator: Indicator
  name: string
  year: number
  breakdown: string
  label: string
  value: number
}

/** Every value of the indicators, by code, then breakdown in the indicator's order, then year. */
function valueRows(indicators: readonly Indicator[], locale: LocaleCode): ValueRow[] {
  return [...indicators].sort(byCode).flatMap((indicator) => {
    const name = pickRequired(indicator.name, locale, `Name of indicator id=${indicator.id}`).value
    return indicatorSeries(indicator).flatMap((series) => {
      const label = breakdownLabel(series.label, locale).text
      return series.points.map((point) => ({
        indicator,
        name,
        year: point.x,
        breakdown: series.label,
        label,
        value: point.y,
      }))
    })
  })
}

/** A value with a decimal comma and without thousands separators: `-1,5`, `4260`. */
export function decimalComma(value: number): string {
  return String(value).replace('.', ',')
}

/** Byte order mark: tells a spreadsheet the file is UTF-8 (without it, German Excel reads "ä" as "Ã¤"). */
const BOM = '\uFEFF'

/** The indicators' values as CSV in `locale` (indicator names and breakdowns in that language). */
export function indicatorCsv(indicators: readonly Indicator[], locale: LocaleCode, flavour: CsvFlavour): string {
  const rows = valueRows(indicators, locale)
  if (flavour === 'plain') {
    return csvLines([
      ['code', 'indicator', 'year', 'breakdown', 'breakdown_label', 'value', 'unit'],
      ...rows.map((row) => [
        row.indicator.code,
        row.name,
        String(row.year),
        row.breakdown,
        row.label,
        String(row.value),
        row.indicator.unit,
      ]),
    ])
  }
  const header = ['code', 'indicator', 'year', 'breakdown', 'value', 'unit'].map((column) =>
    t(locale, `monitoring.${column}`),
  )
  const excelRows = rows.map((row) => [
    row.indicator.code,
    row.name,
    String(row.year),
    row.label,
    decimalComma(row.value),
    t(locale, `monitoring.unit.${row.indicator.unit}`),
  ])
  return BOM + csvLines([header, ...excelRows], ';')
}

/** The file name (without `.csv`) of the download with every indicator, beside the indicators' own files. */
export const allIndicatorsFile = 'alle-indikatoren'

/** Where a CSV download lies: `slug` is an indicator's slug or allIndicatorsFile. */
export function indicatorCsvUrl(slug: string, locale: LocaleCode, flavour: CsvFlavour): string {
  return `${indicatorsUrl(locale)}${flavour === 'excel' ? 'excel/' : ''}${slug}.csv`
}

/** The name a browser saves a download as: the Excel file says so, so both can sit in one folder. */
export function indicatorCsvFileName(slug: string, flavour: CsvFlavour): string {
  return flavour === 'excel' ? `${slug}-excel.csv` : `${slug}.csv`
}
