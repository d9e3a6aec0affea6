import { city } from '@ki/contract'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'

import { formatFileSize } from '#/i18n/format.ts'
import { localeCodes } from '#/i18n/locales.ts'
import type { Indicator } from '#/loaders/schemas.ts'
import { csvField, csvLines } from '#/lib/csv.ts'
import { breakdownKey, breakdownLabel } from '#/lib/indicators/indicators.ts'
import { decimalComma, indicatorCsv, indicatorCsvFileName, indicatorCsvUrl } from '#/lib/indicators/indicator-csv.ts'

const quota: Indicator = {
  id: 1,
  code: 'A10',
  area: 'ausbildung-arbeit',
  unit: 'percent',
  name: { de: 'Beschäftigungsquote', tr: 'İstihdam oranı' },
  source: 'BA',
  slug: 'a10',
  updatedAt: '2026-11-30T09:00:00.000Z',
  breakdowns: ['gesamt', 'ausländisch', 'Sterkrade'],
  values: [
    { year: 2012, breakdown: 'ausländisch', value: -0.25 },
    { year: 2012, breakdown: 'gesamt', value: 50.3 },
    { year: 2012, breakdown: 'Sterkrade', value: 12 },
  ],
}
const children: Indicator = {
  id: 2,
  code: 'A2',
  area: 'demografie',
  unit: 'count',
  name: { de: 'Kinder; Jugendliche' },
  source: 'Stadt',
  slug: 'a2',
  updatedAt: '2026-11-30T09:00:00.000Z',
  values: [{ year: 2024, value: 4260 }],
}

describe('indicator CSV for German Excel', () => {
  it('starts with a byte order mark, separates with ; and ends every line with CRLF', () => {
    const csv = indicatorCsv([quota], 'de', 'excel')
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Kennung;Indikator;Jahr;Aufschlüsselung;Wert;Einheit',
      'A10;Beschäftigungsquote;2012;gesamt;50,3;Prozent (%)',
      'A10;Beschäftigungsquote;2012;ausländisch;-0,25;Prozent (%)',
      'A10;Beschäftigungsquote;2012;Sterkrade;12;Prozent (%)',
      '',
    ])
  })

  it('names columns, indicators, breakdowns and units in the page’s language', () => {
    expect(indicatorCsv([quota], 'tr', 'excel').slice(1).split('\r\n').slice(0, 3)).toEqual([
      'Kod;Gösterge;Yıl;Kırılım;Değer;Birim',
      'A10;İstihdam oranı;2012;toplam;50,3;Yüzde (%)',
      'A10;İstihdam oranı;2012;yabancı uyruklular;-0,25;Yüzde (%)',
    ])
    const sterkrade = city.districts.find((each) => each.value === 'sterkrade')?.names.ar
    expect(indicatorCsv([quota], 'ar', 'excel').split('\r\n')[3]).toBe(
      `A10;Beschäftigungsquote;2012;${sterkrade};12;نسبة مئوية (%)`,
    )
  })

  it('puts every indicator in one file, ordered by code, and quotes a ; inside a field', () => {
    const csv = indicatorCsv([quota, children], 'de', 'excel')
    expect(
      csv
        .slice(1)
        .split('\r\n')
        .map((line) => line.split(';')[0]),
    ).toEqual(['Kennung', 'A2', 'A10', 'A10', 'A10', ''])
    expect(csv.split('\r\n')[1]).toBe('A2;"Kinder; Jugendliche";2024;gesamt;4260;Anzahl')
    expect(indicatorCsv([quota, children], 'de', 'plain').split('\r\n').slice(0, 2)).toEqual([
      'code,indicator,year,breakdown,breakdown_label,value,unit',
      'A2,Kinder; Jugendliche,2024,gesamt,gesamt,4260,count',
    ])
  })

  it('keeps a negative value a number and neutralises a formula in both flavours', () => {
    expect(decimalComma(-0.25)).toBe('-0,25')
    expect(csvField('-0,25', ';')).toBe('-0,25')
    expect(csvField('-1', ';')).toBe('-1')
    expect(csvField('-1;2', ';')).toBe(`"'-1;2"`)
    expect(csvField('=1+1', ';')).toBe("'=1+1")
    expect(csvField('@A1', ';')).toBe("'@A1")
    expect(csvField('+49 208', ';')).toBe("'+49 208")
    expect(csvField('\tx', ';')).toBe("'\tx")
    expect(csvField('a,b', ';')).toBe('a,b')
    expect(csvLines([['a;b', 'c"d']], ';')).toBe('"a;b";"c""d"\r\n')
  })

  it('has the download addresses and file names the pages link to', () => {
    expect(indicatorCsvUrl('a10', 'tr', 'excel')).toBe('/tr/integrationsmonitoring/excel/a10.csv')
    expect(indicatorCsvUrl('alle-indikatoren', 'de', 'plain')).toBe('/de/integrationsmonitoring/alle-indikatoren.csv')
    expect(indicatorCsvFileName('a10', 'excel')).toBe('a10-excel.csv')
  })

  it('gives a small file’s size in bytes, not "0 kB"', () => {
    expect(formatFileSize(420, 'de').replace(/\s/g, ' ')).toBe('420 Byte')
    expect(formatFileSize(1_480, 'de').replace(/\s/g, ' ')).toBe('1 kB')
  })
})

describe('breakdown names', () => {
  const seeded = parse(readFileSync(new URL('../../../content/indicators.yaml', import.meta.url), 'utf8')) as {
    breakdowns?: string[]
  }[]
  const names = [...new Set(seeded.flatMap((each) => each.breakdowns ?? []))].sort()

  it('every breakdown of the seed indicators has a name in every language', () => {
    expect(names.length).toBe(18)
    const untranslated = localeCodes.flatMap((locale) =>
      names.filter((name) => breakdownLabel(name, locale).lang === 'de').map((name) => `${locale}: ${name}`),
    )
    expect(untranslated).toEqual([])
  })

  it('keys a breakdown by its German name, umlauts spelt out', () => {
    expect(breakdownKey('65 Jahre und älter')).toBe('breakdown.65-jahre-und-aelter')
    expect(breakdownKey('ausländisch')).toBe('breakdown.auslaendisch')
    expect(breakdownKey('Sekundarstufe I')).toBe('breakdown.sekundarstufe-i')
  })

  it('shows an unknown breakdown in German, marked as German', () => {
    expect(breakdownLabel('Neuzugewanderte', 'uk')).toEqual({ text: 'Neuzugewanderte', lang: 'de' })
    expect(breakdownLabel('Neuzugewanderte', 'de')).toEqual({ text: 'Neuzugewanderte' })
    expect(breakdownLabel('männlich', 'de-x-ls')).toEqual({ text: 'Männer' })
  })
})
