/**
 * The events section as the reader sees it: every occurrence of every event inside a stated horizon,
 * grouped by month, and recurrence rules described in words. Pure functions over validated events,
 * so they can be tested without a CMS. All calendar arithmetic happens in Europe/Berlin.
 */
import { DateTime } from 'luxon'
import rrulePackage, { type ByWeekday } from 'rrule'
import { isoDateInBerlin, timeZone } from '#/i18n/format.ts'
import type { CmsEvent } from '#/loaders/schemas.ts'
import { occurrences, type Occurrence } from './occurrences.ts'

const { RRule, Weekday } = rrulePackage

/** The upcoming list and the month pages reach this many months ahead of the build; the pages say so. */
export const horizonMonths = 12

export type EventTimes = Pick<CmsEvent, 'start' | 'end' | 'recurrence'>
export type Dated<T> = { event: T; occurrence: Occurrence }

export function horizonEnd(now: Date): Date {
  return DateTime.fromJSDate(now, { zone: timeZone }).plus({ months: horizonMonths }).endOf('day').toJSDate()
}

/** Every occurrence of every event that ends at or after `from` and starts before `to`, soonest first. */
export function occurrencesBetween<T extends EventTimes>(events: T[], from: Date, to: Date): Dated<T>[] {
  return events
    .flatMap((event) => occurrences(event).map((occurrence) => ({ event, occurrence })))
    .filter(({ occurrence }) => occurrence.end.getTime() >= from.getTime() && occurrence.start.getTime() < to.getTime())
    .sort((a, b) => a.occurrence.start.getTime() - b.occurrence.start.getTime())
}

/** Events whose last occurrence ended before `now`, the most recent first, each with that last occurrence. */
export function pastEvents<T extends EventTimes>(events: T[], now: Date): Dated<T>[] {
  return events
    .map((event) => ({ event, occurrence: occurrences(event).at(-1)! }))
    .filter(({ occurrence }) => occurrence.end.getTime() < now.getTime())
    .sort((a, b) => b.occurrence.start.getTime() - a.occurrence.start.getTime())
}

/** "2026-12" for an instant, in Berlin. */
export function monthKey(date: Date): string {
  return isoDateInBerlin(date).slice(0, 7)
}

/** The months (YYYY-MM) in which any event has an occurrence, up to `until`, in calendar order. */
export function eventMonths(events: EventTimes[], until: Date): string[] {
  const months = new Set(
    events.flatMap((event) =>
      occurrences(event)
        .filter((each) => each.start.getTime() < until.getTime())
        .map((each) => monthKey(each.start)),
    ),
  )
  return [...months].sort()
}

/**
 * Per list of events and month: every numbered page of a month and every language shows the same occurrences, and each
 * computation passes over all occurrences of all events (10k: 5.5 of an incremental build's 61 s before this).
 */
const inMonth = new WeakMap<readonly EventTimes[], Map<string, readonly Dated<EventTimes>[]>>()

/** Occurrences starting in the month `YYYY-MM` (Berlin), soonest first (the same list for the same events and month). */
export function occurrencesInMonth<T extends EventTimes>(events: readonly T[], month: string): readonly Dated<T>[] {
  let months = inMonth.get(events)
  if (!months) inMonth.set(events, (months = new Map<string, readonly Dated<EventTimes>[]>()))
  const known = months.get(month) as readonly Dated<T>[] | undefined
  if (known) return known
  const start = DateTime.fromFormat(month, 'yyyy-LL', { zone: timeZone })
  if (!start.isValid) throw new Error(`Not a month: "${month}" (expected YYYY-MM)`)
  const [from, to] = [start.toJSDate(), start.plus({ months: 1 }).toJSDate()]
  const found = events
    .flatMap((event) => occurrences(event).map((occurrence) => ({ event, occurrence })))
    .filter(({ occurrence }) => occurrence.start >= from && occurrence.start < to)
    .sort((a, b) => a.occurrence.start.getTime() - b.occurrence.start.getTime())
  months.set(month, found)
  return found
}

/** Dates (in Berlin) on which a recurring event does not take place, in calendar order. */
export function exceptionDates(event: EventTimes): Date[] {
  return (event.recurrence?.exceptions ?? [])
    .map((exception) => new Date(exception.date))
    .sort((a, b) => a.getTime() - b.getTime())
}

/**
 * A recurrence rule taken apart into what the site can say in words. Rules outside this shape
 * (BYMONTH, BYSETPOS, several ordinals …) give null and are described only by their dates.
 */
export type RecurrenceWords =
  | { kind: 'daily'; interval: number; count?: number; until?: Date }
  | { kind: 'weekly'; interval: number; weekdays: number[]; count?: number; until?: Date }
  | { kind: 'monthlyByWeekday'; interval: number; weekday: number; ordinal: number; count?: number; until?: Date }
  | { kind: 'monthlyByDay'; interval: number; day: number; count?: number; until?: Date }

/** Luxon weekday numbers (1 = Monday … 7 = Sunday) from rrule's (0 = Monday … 6 = Sunday). */
const luxonWeekday = (rruleWeekday: number) => rruleWeekday + 1

/**
 * One BYDAY entry as rrule's weekday number and ordinal ("-1FR": 4 and -1). rrule's types allow a number,
 * a string ("FR") or a Weekday; `parseString` gives Weekdays today, and the other two are read the same way.
 */
function weekdayOf(day: ByWeekday): { weekday: number; n: number | undefined } {
  if (typeof day === 'number') return { weekday: day, n: undefined }
  const { weekday, n } = typeof day === 'string' ? Weekday.fromStr(day) : day
  return { weekday, n }
}

export function recurrenceWords(rule: string, start: string): RecurrenceWords | null {
  const options = RRule.parseString(rule)
  const known = new Set(['freq', 'interval', 'count', 'until', 'byweekday', 'bymonthday', 'wkst'])
  if (Object.keys(options).some((key) => !known.has(key) && (options as Record<string, unknown>)[key] != null))
    return null
  const interval = options.interval ?? 1
  const ends = {
    ...(options.count ? { count: options.count } : {}),
    ...(options.until ? { until: options.until } : {}),
  }
  const startDay = DateTime.fromISO(start, { zone: timeZone })
  const byweekday =
    options.byweekday === null || options.byweekday === undefined
      ? []
      : Array.isArray(options.byweekday)
        ? options.byweekday
        : [options.byweekday]
  const weekdays = byweekday.map(weekdayOf)
  switch (options.freq) {
    case RRule.DAILY:
      return weekdays.length === 0 ? { kind: 'daily', interval, ...ends } : null
    case RRule.WEEKLY:
      if (weekdays.some((day) => day.n)) return null
      return {
        kind: 'weekly',
        interval,
        weekdays: weekdays.length > 0 ? weekdays.map((day) => luxonWeekday(day.weekday)) : [startDay.weekday],
        ...ends,
      }
    case RRule.MONTHLY: {
      const monthDays =
        options.bymonthday === null || options.bymonthday === undefined ? [] : [options.bymonthday].flat()
      if (weekdays.length === 1 && weekdays[0].n && monthDays.length === 0) {
        return {
          kind: 'monthlyByWeekday',
          interval,
          weekday: luxonWeekday(weekdays[0].weekday),
          ordinal: weekdays[0].n,
          ...ends,
        }
      }
      if (weekdays.length === 0 && monthDays.length <= 1)
        return { kind: 'monthlyByDay', interval, day: monthDays[0] ?? startDay.day, ...ends }
      return null
    }
    default:
      return null
  }
}
