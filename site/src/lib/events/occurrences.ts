/**
 * When an event takes place. Recurrence rules are expanded in Berlin wall-clock time, so a weekly
 * 10:00 meeting stays at 10:00 across the October and March clock changes.
 */
import { DateTime } from 'luxon'
import rrulePackage from 'rrule'
import { timeZone } from '#/i18n/format.ts'
import type { CmsEvent } from '#/loaders/schemas.ts'

const { RRule } = rrulePackage

export type Occurrence = { start: Date; end: Date }

type Timing = Pick<CmsEvent, 'start' | 'end' | 'recurrence'> & { slug?: string }

/**
 * rrule calls back only when a period yields a date: a rule that never matches walks to the year 9999, a negative
 * INTERVAL backwards forever. The CMS refuses both (cms/src/lib/rrule.ts, the same bound); for a rule stored before,
 * the walk is counted through the one option rrule reads at every step and stops after 30,000 steps (about 40 years
 * of a daily rule) or 0.5 s, and an event without any date fails the build with a message naming it.
 */
function boundedDates(rule: InstanceType<typeof RRule>, limit: number): Date[] {
  const { options } = rule
  const interval = options.interval
  if (!Number.isInteger(interval) || interval < 1) return []
  const deadline = performance.now() + 500
  let steps = 0
  Object.defineProperty(options, 'interval', {
    configurable: true,
    get() {
      steps++
      if (steps > 30_000 || (steps % 512 === 0 && performance.now() > deadline)) throw new RangeError('budget')
      return interval
    },
  })
  const dates: Date[] = []
  try {
    rule.all((date, index) => {
      if (index >= limit) return false
      dates.push(date)
      return true
    })
  } catch (error) {
    if (!(error instanceof RangeError && error.message === 'budget')) throw error
  } finally {
    Object.defineProperty(options, 'interval', { value: interval, writable: true, configurable: true })
  }
  return dates
}

/**
 * Expanded once per event object and build: every page showing an event (detail, lists, month pages, feeds, in
 * every locale) asks again, and the content layer hands out the same objects. The result is frozen: callers share it.
 */
const expanded = new WeakMap<Timing, readonly Occurrence[]>()

/** All occurrences of an event, exceptions removed. One-off events have one. */
export function occurrences(event: Timing): readonly Occurrence[] {
  let result = expanded.get(event)
  if (!result) {
    result = Object.freeze(expand(event))
    expanded.set(event, result)
  }
  return result
}

function expand(event: Timing): Occurrence[] {
  const start = DateTime.fromISO(event.start, { zone: timeZone })
  const durationMs = new Date(event.end).getTime() - new Date(event.start).getTime()
  const rule = event.recurrence?.rule
  if (!rule) return [{ start: start.toJSDate(), end: new Date(start.toMillis() + durationMs) }]
  // rrule works on "floating" times: wall-clock values carried in UTC fields.
  const floatingStart = new Date(Date.UTC(start.year, start.month - 1, start.day, start.hour, start.minute))
  const options = RRule.parseString(rule)
  const floating = boundedDates(new RRule({ ...options, dtstart: floatingStart }), 500)
  if (floating.length === 0)
    throw new Error(
      `events ${event.slug ?? event.start}, recurrence.rule: Die Wiederholungsregel „${rule}“ ergibt keinen Termin. Bitte korrigieren Sie sie im CMS.`,
    )
  const excluded = new Set(
    (event.recurrence?.exceptions ?? []).map((exception) =>
      DateTime.fromISO(exception.date, { zone: timeZone }).toISODate(),
    ),
  )
  return floating
    .map((date) =>
      DateTime.fromObject(
        {
          year: date.getUTCFullYear(),
          month: date.getUTCMonth() + 1,
          day: date.getUTCDate(),
          hour: date.getUTCHours(),
          minute: date.getUTCMinutes(),
        },
        { zone: timeZone },
      ),
    )
    .filter((local) => !excluded.has(local.toISODate()))
    .map((local) => ({ start: local.toJSDate(), end: new Date(local.toMillis() + durationMs) }))
}

/** The first occurrence that has not ended at `now`, or null when the event is over. */
export function nextOccurrence(event: Pick<CmsEvent, 'start' | 'end' | 'recurrence'>, now: Date): Occurrence | null {
  return occurrences(event).find((occurrence) => occurrence.end.getTime() >= now.getTime()) ?? null
}

/** Events that still have an occurrence at `now`, soonest first, with that occurrence. */
export function upcoming<T extends Pick<CmsEvent, 'start' | 'end' | 'recurrence'>>(
  events: T[],
  now: Date,
): { event: T; next: Occurrence }[] {
  return events
    .map((event) => ({ event, next: nextOccurrence(event, now) }))
    .filter((each): each is { event: T; next: Occurrence } => each.next !== null)
    .sort((a, b) => a.next.start.getTime() - b.next.start.getTime())
}
