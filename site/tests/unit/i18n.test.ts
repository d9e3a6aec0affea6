import { describe, expect, it } from 'vitest'
import { localeCodes, type LocaleCode } from '#/i18n/locales.ts'
import { fallbackFor, htmlLang, isRtl, localeFromPath, pathForLocale } from '#/i18n/routing.ts'
import { formatDate, formatDateTime, formatFileSize, formatNumber } from '#/i18n/format.ts'
import { t } from '#/i18n/ui.ts'
import { parseUiStrings } from '#/i18n/ui-strings.ts'
import { hreflang } from '#/lib/alternates.ts'

type Row = {
  locale: LocaleCode
  prefix: string
  lang: string
  rtl: boolean
  fallback: LocaleCode | null
  skipLink: string
  date: string
  number: string
}

// 14 March 2026, 09:30 UTC is 10:30 in Berlin (winter time).
// Arabic uses Latin digits by default since CLDR 42; Persian keeps Persian digits and the solar calendar.
const instant = new Date('2026-03-14T09:30:00Z')

const rows: Row[] = [
  {
    locale: 'de',
    prefix: 'de',
    lang: 'de',
    rtl: false,
    fallback: null,
    skipLink: 'Zum Inhalt springen',
    date: '14. März 2026',
    number: '1.234,5',
  },
  {
    locale: 'de-x-ls',
    prefix: 'leichte-sprache',
    lang: 'de',
    rtl: false,
    fallback: 'de',
    skipLink: 'Direkt zum Text',
    date: '14. März 2026',
    number: '1.234,5',
  },
  {
    locale: 'en',
    prefix: 'en',
    lang: 'en',
    rtl: false,
    fallback: 'de',
    skipLink: 'Skip to content',
    date: 'March 14, 2026',
    number: '1,234.5',
  },
  {
    locale: 'tr',
    prefix: 'tr',
    lang: 'tr',
    rtl: false,
    fallback: 'de',
    skipLink: 'İçeriğe geç',
    date: '14 Mart 2026',
    number: '1.234,5',
  },
  {
    locale: 'ar',
    prefix: 'ar',
    lang: 'ar',
    rtl: true,
    fallback: 'de',
    skipLink: 'انتقل إلى المحتوى',
    date: '14 مارس 2026',
    number: '1,234.5',
  },
  {
    locale: 'fa',
    prefix: 'fa',
    lang: 'fa',
    rtl: true,
    fallback: 'de',
    skipLink: 'رفتن به محتوا',
    date: '۱۴ مارس ۲۰۲۶',
    number: '۱٬۲۳۴٫۵',
  },
  {
    locale: 'uk',
    prefix: 'uk',
    lang: 'uk',
    rtl: false,
    fallback: 'de',
    skipLink: 'Перейти до змісту',
    date: '14 березня 2026 р.',
    number: '1 234,5',
  },
  {
    locale: 'ru',
    prefix: 'ru',
    lang: 'ru',
    rtl: false,
    fallback: 'de',
    skipLink: 'Перейти к содержанию',
    date: '14 марта 2026 г.',
    number: '1 234,5',
  },
  {
    locale: 'pl',
    prefix: 'pl',
    lang: 'pl',
    rtl: false,
    fallback: 'de',
    skipLink: 'Przejdź do treści',
    date: '14 marca 2026',
    number: '1234,5',
  },
  {
    locale: 'ro',
    prefix: 'ro',
    lang: 'ro',
    rtl: false,
    fallback: 'de',
    skipLink: 'Salt la conținut',
    date: '14 martie 2026',
    number: '1.234,5',
  },
  {
    locale: 'bg',
    prefix: 'bg',
    lang: 'bg',
    rtl: false,
    fallback: 'de',
    skipLink: 'Към съдържанието',
    date: '14 март 2026 г.',
    number: '1234,5',
  },
]

/** Intl separates thousands with narrow or normal no-break spaces depending on the locale; compare them as spaces. */
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('every locale of the CMS has a row here', () => {
  it('lists the same locales as the CMS', () => {
    expect(rows.map((row) => row.locale)).toEqual(localeCodes)
  })
})

describe.each(rows)('$locale', (row) => {
  it('is recognised from its URL prefix', () => {
    expect(localeFromPath(`/${row.prefix}/kontakt/`)).toBe(row.locale)
    expect(localeFromPath(`/${row.prefix}/`)).toBe(row.locale)
  })

  it('moves a German address under its own prefix and back', () => {
    expect(pathForLocale('/de/dokumente/', row.locale)).toBe(`/${row.prefix}/dokumente/`)
    expect(pathForLocale(`/${row.prefix}/dokumente/`, 'de')).toBe('/de/dokumente/')
    expect(pathForLocale('/de/', row.locale)).toBe(`/${row.prefix}/`)
  })

  it('writes the html lang and direction the browser and screen readers need', () => {
    expect(htmlLang(row.locale)).toBe(row.lang)
    expect(isRtl(row.locale)).toBe(row.rtl)
  })

  it('falls back to German when a translation is missing', () => {
    expect(fallbackFor(row.locale)).toBe(row.fallback)
  })

  it('has its own UI text', () => {
    expect(t(row.locale, 'skipLink')).toBe(row.skipLink)
  })

  it('formats dates and numbers the way readers of the language expect', () => {
    expect(spaces(formatDate(instant, row.locale))).toBe(spaces(row.date))
    expect(spaces(formatNumber(1234.5, row.locale))).toBe(spaces(row.number))
  })
})

describe('UI strings', () => {
  it('fill in placeholders', () => {
    expect(t('de', 'documents.pages', { count: 12 })).toBe('12 Seiten')
    expect(t('en', 'language.switchTo', { language: 'Türkçe' })).toBe('This page in Türkçe')
  })

  it('refuse a missing placeholder value instead of printing {count}', () => {
    expect(() => t('de', 'documents.pages')).toThrow('UI string "documents.pages" needs the parameter {count}')
  })

  it('name an unknown key', () => {
    expect(() => t('de', 'nope.missing')).toThrow('UI string "nope.missing" does not exist')
  })

  it('stop the build when a key lacks a language, naming key and locale', () => {
    const source =
      'greeting:\n' +
      localeCodes
        .filter((code) => code !== 'fa')
        .map((code) => `  ${code}: "Hallo"`)
        .join('\n')
    expect(() => parseUiStrings(source)).toThrow('ui.yaml: "greeting" is missing in locale "fa"')
  })
})

describe('times are Berlin times', () => {
  it('shows 10:30 for 09:30 UTC in winter and 11:30 for 09:30 UTC in summer', () => {
    expect(formatDateTime('2026-03-14T09:30:00Z', 'de')).toBe('Samstag, 14. März 2026 um 10:30')
    expect(formatDateTime('2026-07-14T09:30:00Z', 'de')).toBe('Dienstag, 14. Juli 2026 um 11:30')
  })

  it('formats file sizes with the reader’s decimal separator', () => {
    expect(spaces(formatFileSize(31_821, 'de'))).toBe('32 kB')
    expect(spaces(formatFileSize(2_450_000, 'de'))).toBe('2,5 MB')
    expect(spaces(formatFileSize(2_450_000, 'en'))).toBe('2.5 MB')
  })
})

describe('hreflang', () => {
  it('keeps Leichte Sprache apart from German', () => {
    expect(hreflang('de')).toBe('de')
    expect(hreflang('de-x-ls')).toBe('de-x-ls')
    expect(hreflang('fa')).toBe('fa')
  })
})
