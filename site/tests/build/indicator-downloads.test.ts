/**
 * The monitoring's CSV downloads in the built site: every indicator page and the overview link a plain CSV and
 * one for German Excel (byte order mark, `;`, decimal comma, CRLF), in the page's language, and the file with all
 * indicators holds exactly the rows of the indicators' own files.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { localeCodes } from '#/i18n/locales.ts'
import { localePath } from '#/i18n/routing.ts'
import { t } from '#/i18n/ui.ts'
import { distFiles, readPage, requireDist } from './dist.ts'

const read = (path: string) => readFileSync(join(requireDist(), path), 'utf8')
const lines = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .slice(0, -1)

describe('indicator downloads', () => {
  it.each(localeCodes)('%s: the overview links both files with every indicator, named and sized', (locale) => {
    const base = `/${localePath(locale)}/integrationsmonitoring/`
    const html = readPage(`${localePath(locale)}/integrationsmonitoring/index.html`).html
    const link = (href: string, key: string) =>
      new RegExp(
        `<a href="${href}" type="text/csv" download="[^"]+">${t(locale, key).replace(/[()]/g, '\\$&')}</a> \\(CSV, [^)]+\\)`,
      )
    expect(html).toMatch(link(`${base}alle-indikatoren.csv`, 'monitoring.downloadAllCsv'))
    expect(html).toMatch(link(`${base}excel/alle-indikatoren.csv`, 'monitoring.downloadAllExcelCsv'))
  })

  it('the file with all indicators holds every row of the indicators’ own files, in both flavours', () => {
    const files = distFiles().filter((file) => /^de\/integrationsmonitoring\/(?!alle-)[^/]+\.csv$/.test(file))
    expect(files.length).toBe(16)
    const own = files.flatMap((file) => lines(read(file)).slice(1))
    const all = lines(read('de/integrationsmonitoring/alle-indikatoren.csv'))
    expect(all[0]).toBe('code,indicator,year,breakdown,breakdown_label,value,unit')
    expect(all.slice(1).sort()).toEqual(own.sort())
    const excel = lines(read('de/integrationsmonitoring/excel/alle-indikatoren.csv'))
    expect(excel.length).toBe(all.length)
  })

  it('the Excel file starts with a byte order mark and has decimal commas; the plain one has neither', () => {
    const excel = read('de/integrationsmonitoring/excel/d1.csv')
    const plain = read('de/integrationsmonitoring/d1.csv')
    expect(excel.startsWith('\uFEFFKennung;Indikator;Jahr;Aufschlüsselung;Wert;Einheit\r\n')).toBe(true)
    expect(lines(excel)[1]).toBe('D1;Anteil der Menschen mit Migrationshintergrund;2012;gesamt;28,4;Prozent (%)')
    expect(lines(plain)[1]).toBe('D1,Anteil der Menschen mit Migrationshintergrund,2012,gesamt,gesamt,28.4,percent')
    expect(plain.charCodeAt(0)).not.toBe(0xfeff)
  })

  it('names columns, indicators and breakdowns in the page’s language', () => {
    expect(lines(read('tr/integrationsmonitoring/excel/d1.csv')).slice(0, 2)).toEqual([
      'Kod;Gösterge;Yıl;Kırılım;Değer;Birim',
      'D1;Göç geçmişi olan kişilerin oranı;2012;toplam;28,4;Yüzde (%)',
    ])
    const html = readPage('tr/integrationsmonitoring/d1/index.html').html
    expect(html).toContain('<th scope="row">18–64 yaş</th>')
    expect(html).not.toContain('lang="de">18 bis 64 Jahre')
  })

  it('has no CSV file without a link: each indicator page links its own two files', () => {
    for (const file of ['de/integrationsmonitoring/d1.csv', 'de/integrationsmonitoring/excel/d1.csv'])
      expect(existsSync(join(requireDist(), file))).toBe(true)
    const html = readPage('de/integrationsmonitoring/d1/index.html').html
    expect(html).toMatch(
      /<a href="\/de\/integrationsmonitoring\/excel\/d1.csv" type="text\/csv" download="d1-excel.csv">CSV für Excel \(Semikolon, Dezimalkomma\)<\/a> \(CSV, [\d,]+ kB\)/,
    )
  })
})
