/** Events put into words in the reader's language: recurrence rules, plain-text descriptions, calendar entries. */
import { DateTime } from 'luxon'
import { cachedFormatter, formatDate, intlLocale, timeZone } from '#/i18n/format.ts'
import type { LocaleCode } from '#/i18n/locales.ts'
import { pickLocalized, pickRequired } from '#/i18n/localized.ts'
import { htmlLang } from '#/i18n/routing.ts'
import { t } from '#/i18n/ui.ts'
import type { CmsEvent, LexicalNode, Topic } from '#/loaders/schemas.ts'
import { recurrenceWords } from './events.ts'
import { occurrences } from './occurrences.ts'
import type { IcsEvent } from './ical.ts'
import { eventUrl } from '#/lib/urls.ts'

/** Text of a rich-text tree, paragraphs separated by blank lines. */
export function plainText(node: LexicalNode): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'linebreak') return '\n'
  const inner = (node.children ?? []).map(plainText)
  const blocks = ['root', 'list', 'quote']
  return blocks.includes(node.type) ? inner.filter(Boolean).join('\n\n') : inner.join('')
}

/** What the event page says about step-free access: nothing when the editor gave no answer ("keine Angabe"). */
export function accessibilityText(answer: CmsEvent['accessibility'], locale: LocaleCode): string | null {
  if (answer === 'unknown') return null
  return t(locale, answer === 'yes' ? 'events.accessible' : 'events.notAccessible')
}

/** Weekday name (Luxon numbering, 1 = Monday) in the reader's language. */
export function weekdayName(weekday: number, locale: LocaleCode): string {
  // 2024-01-01 was a Monday.
  const date = DateTime.fromObject({ year: 2024, month: 1, day: weekday, hour: 12 }, { zone: timeZone })
  return cachedFormatter(
    `weekday:${locale}`,
    () => new Intl.DateTimeFormat(intlLocale(locale), { weekday: 'long', timeZone }),
  ).format(date.toJSDate())
}

/**
 * "Jede Woche: Freitag, 20 Termine" – or null when the rule is one the site cannot put into words.
 * An UNTIL is shown as the date of the last occurrence: UNTIL=20270630T235959Z is already 1 July in Berlin.
 */
export function describeRecurrence(
  event: Pick<CmsEvent, 'start' | 'end' | 'recurrence'>,
  locale: LocaleCode,
): string | null {
  const rule = event.recurrence?.rule
  if (!rule) return null
  const words = recurrenceWords(rule, event.start)
  if (!words) return null
  const list = cachedFormatter(
    `list-short:${locale}`,
    () => new Intl.ListFormat(htmlLang(locale), { type: 'conjunction' }),
  )
  let text: string
  switch (words.kind) {
    case 'daily':
      if (words.interval !== 1) return null
      text = t(locale, 'events.rule.daily')
      break
    case 'weekly': {
      const weekdays = list.format(words.weekdays.map((day) => weekdayName(day, locale)))
      text =
        words.interval === 1
          ? t(locale, 'events.rule.weekly', { weekdays })
          : t(locale, 'events.rule.everyNWeeks', { interval: words.interval, weekdays })
      break
    }
    case 'monthlyByWeekday': {
      if (words.interval !== 1 || words.ordinal < -1 || words.ordinal > 4 || words.ordinal === 0) return null
      const ordinal = t(locale, words.ordinal === -1 ? 'events.ordinal.last' : `events.ordinal.${words.ordinal}`)
      text = t(locale, 'events.rule.monthlyWeekday', { ordinal, weekday: weekdayName(words.weekday, locale) })
      break
    }
    case 'monthlyByDay':
      if (words.interval !== 1 || words.day < 1) return null
      text = t(locale, 'events.rule.monthlyDay', { day: words.day })
      break
  }
  const ends = [
    words.count ? t(locale, 'events.rule.count', { count: words.count }) : null,
    words.until ? t(locale, 'events.rule.until', { date: formatDate(occurrences(event).at(-1)!.start, locale) }) : null,
  ].filter(Boolean)
  return [text, ...ends].join(', ')
}

/** The calendar entry of an event in the reader's language. */
export function icsEvent(event: CmsEvent, locale: LocaleCode, site: URL, topics: Topic[]): IcsEvent {
  const title = pickRequired(event.title, locale, `Title of event id=${event.id}`)
  const description = pickLocalized(event.description, locale)
  const status = event.status === 'scheduled' ? '' : `${t(locale, `events.${event.status}`)}: `
  return {
    event,
    summary: `${status}${title.value}`,
    summaryLang: htmlLang(title.locale),
    description: description ? plainText(description.value.root) : '',
    url: new URL(eventUrl(event.slug, locale), site).href,
    categories: topics
      .filter((topic) => (event.topics ?? []).includes(topic.id))
      .map((topic) => pickRequired(topic.title, locale, `Title of topic id=${topic.id}`).value),
  }
}

/** "Freitag, 27. November 2026, 10:00–12:00" in the reader's language, Berlin time. */
export function formatEventTime(start: Date, end: Date, locale: LocaleCode): string {
  // The same dates show on many list and filter pages: formatRange per card took 4.6 s of a 10k incremental build.
  return cachedFormatter(`time:${locale}:${start.getTime()}:${end.getTime()}`, () =>
    cachedFormatter(
      `datetime:${locale}`,
      () => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'full', timeStyle: 'short', timeZone }),
    ).formatRange(start, end),
  )
}

/** "Dezember 2026" for a month key YYYY-MM. */
export function formatMonth(month: string, locale: LocaleCode): string {
  return cachedFormatter(`month-text:${locale}:${month}`, () => {
    const date = DateTime.fromFormat(month, 'yyyy-LL', { zone: timeZone }).plus({ days: 14 }).toJSDate()
    return cachedFormatter(
      `month:${locale}`,
      () => new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', year: 'numeric', timeZone }),
    ).format(date)
  })
}
