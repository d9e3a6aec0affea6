import { htmlLang } from './routing.ts'
import type { LocaleCode } from './locales.ts'

export const timeZone = 'Europe/Berlin'

/**
 * One Intl formatter per kind and options: creating one costs far more than formatting with it, and a build formats
 * the same few dozen combinations on every page. Texts that are costly to write and repeat on many pages (an event's
 * dates, a calendar file's times) are kept here too, under a key that names what they are made from.
 */
const formatters = new Map<string, unknown>()
export function cachedFormatter<T>(key: string, create: () => T): T {
  let formatter = formatters.get(key) as T | undefined
  if (formatter === undefined) {
    formatter = create()
    formatters.set(key, formatter)
  }
  return formatter
}

/**
 * The BCP 47 tag for Intl formatting: the page language, always with the Gregorian calendar (Persian
 * would otherwise default to the Solar Hijri calendar, while every date here is an Oberhausen date).
 */
export function intlLocale(locale: LocaleCode): string {
  return `${htmlLang(locale)}-u-ca-gregory`
}

/** 14 March 2026 in the reader's language, in Berlin time. */
export function formatDate(date: Date | string, locale: LocaleCode): string {
  return cachedFormatter(
    `date:${locale}`,
    () => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone }),
  ).format(new Date(date))
}

/** Date and clock time in the reader's language, in Berlin time. */
export function formatDateTime(date: Date | string, locale: LocaleCode): string {
  return cachedFormatter(
    `datetime:${locale}`,
    () => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'full', timeStyle: 'short', timeZone }),
  ).format(new Date(date))
}

/** ISO date (YYYY-MM-DD) of an instant in Berlin, for `<time datetime>`. */
export function isoDateInBerlin(date: Date | string): string {
  return cachedFormatter(
    'iso-date',
    () => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
  ).format(new Date(date))
}

export function formatNumber(value: number, locale: LocaleCode, options: Intl.NumberFormatOptions = {}): string {
  return cachedFormatter(
    `number:${locale}:${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(htmlLang(locale), options),
  ).format(value)
}

/** File size in bytes, kB or MB with the reader's decimal separator (a small CSV file is "420 B", not "0 kB"). */
export function formatFileSize(bytes: number, locale: LocaleCode): string {
  const lang = htmlLang(locale)
  if (bytes < 1_000) {
    return cachedFormatter(`B:${lang}`, () => new Intl.NumberFormat(lang, { style: 'unit', unit: 'byte' })).format(
      bytes,
    )
  }
  if (bytes < 1_000_000) {
    return cachedFormatter(
      `kB:${lang}`,
      () => new Intl.NumberFormat(lang, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }),
    ).format(bytes / 1000)
  }
  return cachedFormatter(
    `MB:${lang}`,
    () => new Intl.NumberFormat(lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }),
  ).format(bytes / 1_000_000)
}

/** A list in the reader's language: "Deutsch, Englisch und Türkisch", Arabic with the Arabic comma. */
export function formatList(items: string[], locale: LocaleCode): string {
  return cachedFormatter(
    `list:${locale}`,
    () => new Intl.ListFormat(htmlLang(locale), { style: 'long', type: 'conjunction' }),
  ).format(items)
}

/** Name of a language (ISO code such as `ar`) in the reader's language. */
export function languageName(code: string, locale: LocaleCode): string {
  return (
    cachedFormatter(`language:${locale}`, () => new Intl.DisplayNames([htmlLang(locale)], { type: 'language' })).of(
      code,
    ) ?? code
  )
}
