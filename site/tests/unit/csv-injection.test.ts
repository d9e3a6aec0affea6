import { describe, expect, it } from 'vitest'

import type { Indicator } from '#/loaders/schemas.ts'
import { csvField } from '#/lib/csv.ts'
import { indicatorCsv } from '#/lib/indicators/indicator-csv.ts'
import { csvColumns, toCsv, type DirectoryRecord } from '#/lib/organisations/organisation-filters.ts'

describe('a CSV download opened in a spreadsheet runs no formula', () => {
  it.each([
    ['=HYPERLINK("https://evil.example","Klick")', `"'=HYPERLINK(""https://evil.example"",""Klick"")"`],
    ['+49 208 123', "'+49 208 123"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
    ['Verein = Heimat', 'Verein = Heimat'],
    ['-3.5', '-3.5'],
    [-12, '-12'],
    ['max@example.org', 'max@example.org'],
  ])('writes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected)
  })

  it('neutralises a formula in the directory download and keeps the other columns', () => {
    const row = Object.fromEntries(csvColumns.map((column) => [column, null])) as DirectoryRecord
    const csv = toCsv(csvColumns, [{ ...row, name: '=cmd|" /C calc"!A0', slug: 'verein' }])
    expect(csv.split('\r\n')[1].split(',').slice(0, 2)).toEqual([`"'=cmd|"" /C calc""!A0"`, 'verein'])
  })

  it('neutralises a formula in an indicator breakdown but leaves negative values numbers', () => {
    const indicator: Indicator = {
      id: 1,
      code: 'B2',
      area: 'ausbildung-arbeit',
      unit: 'percent',
      name: { de: 'Saldo' },
      source: 'BA',
      slug: 'b2',
      updatedAt: '2026-11-30T09:00:00.000Z',
      breakdowns: ['=SUMME(A1)'],
      values: [{ year: 2020, breakdown: '=SUMME(A1)', value: -1.5 }],
    }
    expect(indicatorCsv([indicator], 'de', 'plain').split('\r\n')[1]).toBe(
      "B2,Saldo,2020,'=SUMME(A1),'=SUMME(A1),-1.5,percent",
    )
    expect(indicatorCsv([indicator], 'de', 'excel').split('\r\n')[1]).toBe("B2;Saldo;2020;'=SUMME(A1);-1,5;Prozent (%)")
  })
})
