/**
 * The recurrence form of an event (./RecurrenceField.tsx) and the RFC 5545 rule it stands for, both ways. Pure: the
 * admin's form, the unit tests and anything else read the same rules. A rule is read into the form only when writing
 * the form back gives the same dates; anything else (BYMONTH, WKST, several monthly days, …) stays text for experts.
 */
import { checkRecurrenceRule } from '../../collections/Events/recurrence'
import { expandBounded, RRule } from '../../lib/rrule'

export const frequencies = ['none', 'daily', 'weekly', 'monthly', 'yearly'] as const
export type Frequency = (typeof frequencies)[number]

/** RFC 5545's weekday codes, Monday first as in German calendars. */
export const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const
export type Weekday = (typeof weekdays)[number]

/** "jeden ersten … vierten, letzten Montag im Monat". */
export const positions = [1, 2, 3, 4, -1] as const
export type Position = (typeof positions)[number]

export const endings = ['never', 'until', 'count'] as const
export type Ending = (typeof endings)[number]

/**
 * What the editor chooses. Every choice is kept while another frequency is shown (as calendar apps do), so switching
 * from "monatlich" to "wöchentlich" and back loses nothing; only the choices of the shown frequency make the rule.
 */
export type RecurrenceForm = {
  frequency: Frequency
  /** Every n-th day, week, month or year (1 = every). */
  interval: number
  /** Weekly: on these days. */
  weekdays: Weekday[]
  /** Monthly: on a weekday of the month ("ersten Montag") or on a day of the month ("am 15."). */
  monthlyBy: 'weekday' | 'day'
  position: Position
  weekday: Weekday
  monthDay: number
  ends: Ending
  /** The last day (Berlin calendar date, YYYY-MM-DD) on which the event may take place, included. */
  until: string
  count: number
}

export const weekdayNames: Record<Weekday, string> = {
  MO: 'Montag',
  TU: 'Dienstag',
  WE: 'Mittwoch',
  TH: 'Donnerstag',
  FR: 'Freitag',
  SA: 'Samstag',
  SU: 'Sonntag',
}

export const positionNames: Record<Position, string> = {
  1: 'ersten',
  2: 'zweiten',
  3: 'dritten',
  4: 'vierten',
  [-1]: 'letzten',
}

export const MAX_INTERVAL = 99
export const MAX_COUNT = 500

const timeZone = 'Europe/Berlin'

/** An event's wall-clock start in Berlin, the time its dates repeat at. */
export type WallClock = { year: number; month: number; day: number; hour: number; minute: number; weekday: Weekday }

export function berlinWallClock(start: Date): WallClock {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(start)
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((each) => each.type === type)?.value)
  const [year, month, day] = [part('year'), part('month'), part('day')]
  // 1970-01-05 was a Monday: index 0 of `weekdays`.
  const weekday = weekdays[(((Date.UTC(year, month - 1, day) / 86_400_000 - 4) % 7) + 7) % 7] ?? 'MO'
  return { year, month, day, hour: part('hour'), minute: part('minute'), weekday }
}

/** The form for an event starting at `start` before the editor chooses anything: its weekday, day and week of month. */
export function defaultForm(start: Date): RecurrenceForm {
  const { year, month, day, weekday } = berlinWallClock(start)
  // The 29th to 31st are in the month's fifth week, which not every month has: "am letzten …".
  const week = Math.ceil(day / 7)
  const position: Position = week === 1 || week === 2 || week === 3 || week === 4 ? week : -1
  const threeMonthsLater = new Date(Date.UTC(year, month + 2, Math.min(day, 28)))
  return {
    frequency: 'none',
    interval: 1,
    weekdays: [weekday],
    monthlyBy: 'weekday',
    position,
    weekday,
    monthDay: day,
    ends: 'never',
    until: threeMonthsLater.toISOString().slice(0, 10),
    count: 10,
  }
}

/** Why the form's choices make no rule yet, in German, or undefined when they do. */
export function formProblem(form: RecurrenceForm): string | undefined {
  if (form.frequency === 'none') return undefined
  if (!Number.isInteger(form.interval) || form.interval < 1 || form.interval > MAX_INTERVAL)
    return `Bitte geben Sie bei „alle“ eine ganze Zahl zwischen 1 und ${MAX_INTERVAL} an.`
  if (form.frequency === 'weekly' && form.weekdays.length === 0) return 'Bitte wählen Sie mindestens einen Wochentag.'
  if (form.frequency === 'monthly' && form.monthlyBy === 'day' && !(form.monthDay >= 1 && form.monthDay <= 31))
    return 'Bitte geben Sie einen Tag im Monat zwischen 1 und 31 an.'
  if (form.ends === 'until' && !/^\d{4}-\d{2}-\d{2}$/.test(form.until))
    return 'Bitte wählen Sie, an welchem Tag die Wiederholung endet.'
  if (form.ends === 'count' && !(Number.isInteger(form.count) && form.count >= 1 && form.count <= MAX_COUNT))
    return `Bitte geben Sie bei „nach … Terminen“ eine ganze Zahl zwischen 1 und ${MAX_COUNT} an.`
  return undefined
}

const byDayList = (days: Weekday[]) => weekdays.filter((day) => days.includes(day)).join(',')

/** The RFC 5545 rule of the form ('' for "nicht wiederholen"); the form must have no formProblem. */
export function ruleFromForm(form: RecurrenceForm): string {
  if (form.frequency === 'none') return ''
  const parts = [`FREQ=${form.frequency.toUpperCase()}`]
  if (form.interval > 1) parts.push(`INTERVAL=${form.interval}`)
  if (form.frequency === 'weekly') parts.push(`BYDAY=${byDayList(form.weekdays)}`)
  if (form.frequency === 'monthly')
    parts.push(form.monthlyBy === 'day' ? `BYMONTHDAY=${form.monthDay}` : `BYDAY=${form.position}${form.weekday}`)
  // The end of the chosen day: rrule compares UNTIL with the wall-clock times, so an 18:00 date on it is included.
  if (form.ends === 'until') parts.push(`UNTIL=${form.until.replaceAll('-', '')}T235959Z`)
  if (form.ends === 'count') parts.push(`COUNT=${form.count}`)
  return parts.join(';')
}

/** What the field shows for a stored rule: the form, or the text with the reason the form cannot show it. */
export type Reading = { mode: 'form'; form: RecurrenceForm } | { mode: 'expert'; reason: string }

const notInForm = (part: string): Reading => ({
  mode: 'expert',
  reason: `Diese Regel lässt sich nicht im Formular darstellen (${part}). Sie können sie hier als Text bearbeiten.`,
})

const isWeekday = (text: string): text is Weekday => (weekdays as readonly string[]).includes(text)
const isPosition = (value: number): value is Position => (positions as readonly number[]).includes(value)

/**
 * Reads a stored rule for an event starting at `start`: into the form when the form can say exactly the same, else
 * as text with the reason. A rule the CMS refuses (lib/rrule.ts, Events/recurrence.ts) is shown as text with the
 * refusal, so the editor sees what to correct.
 */
export function formFromRule(rule: string, start: Date): Reading {
  const base = defaultForm(start)
  const text = rule.trim().replace(/^RRULE:/i, '')
  if (text === '') return { mode: 'form', form: base }
  const check = checkRecurrenceRule(text, start)
  if (check !== true) return { mode: 'expert', reason: check }
  const values = new Map<string, string>()
  for (const part of text.split(';').filter(Boolean)) {
    const [name = '', value = ''] = part.split('=')
    values.set(name.toUpperCase(), value.toUpperCase())
  }
  const take = (name: string) => {
    const value = values.get(name)
    values.delete(name)
    return value
  }
  const freq = take('FREQ')
  const frequency = frequencies.find((each) => each.toUpperCase() === freq)
  if (!frequency || frequency === 'none') return notInForm('FREQ')
  const form: RecurrenceForm = { ...base, frequency, interval: Number(take('INTERVAL') ?? 1) }

  const count = take('COUNT')
  const until = take('UNTIL')
  if (count !== undefined) Object.assign(form, { ends: 'count', count: Number(count) })
  if (until !== undefined) {
    const match = /^(\d{4})(\d{2})(\d{2})T235959Z$/.exec(until)
    if (!match) return notInForm(`UNTIL=${until}: das Formular endet immer am Ende eines Tages`)
    Object.assign(form, { ends: 'until', until: `${match[1]}-${match[2]}-${match[3]}` })
  }

  const byDay = take('BYDAY')
  const bySetPos = take('BYSETPOS')
  const byMonthDay = take('BYMONTHDAY')
  if (frequency === 'weekly') {
    if (byDay !== undefined) {
      const days = byDay.split(',')
      if (!days.every(isWeekday)) return notInForm(`BYDAY=${byDay}`)
      form.weekdays = weekdays.filter((day) => days.includes(day))
    }
  } else if (frequency === 'monthly') {
    const ordinal = byDay === undefined ? undefined : /^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(byDay)
    if (byDay !== undefined) {
      const position = Number(ordinal?.[1] ?? bySetPos)
      if (!ordinal || (ordinal[1] !== undefined && bySetPos !== undefined) || !isPosition(position))
        return notInForm(`BYDAY=${byDay}${bySetPos === undefined ? '' : `;BYSETPOS=${bySetPos}`}`)
      Object.assign(form, { monthlyBy: 'weekday', position, weekday: ordinal[2] })
    } else if (byMonthDay !== undefined) {
      if (!/^\d{1,2}$/.test(byMonthDay)) return notInForm(`BYMONTHDAY=${byMonthDay}`)
      Object.assign(form, { monthlyBy: 'day', monthDay: Number(byMonthDay) })
    } else Object.assign(form, { monthlyBy: 'day', monthDay: base.monthDay })
  } else if (byDay !== undefined) return notInForm(`BYDAY=${byDay}`)
  if (frequency !== 'monthly' && byMonthDay !== undefined) return notInForm(`BYMONTHDAY=${byMonthDay}`)
  if (frequency !== 'monthly' && bySetPos !== undefined) return notInForm(`BYSETPOS=${bySetPos}`)
  // Anything still left (BYMONTH, WKST) is more than the form offers.
  const [rest] = [...values]
  if (rest) return notInForm(`${rest[0]}=${rest[1]}`)
  if (formProblem(form)) return notInForm(text)
  return { mode: 'form', form }
}

/** The rule in a German sentence, as the form's summary: "Jeden ersten Montag im Monat, 5-mal". */
export function describeForm(form: RecurrenceForm): string {
  if (form.frequency === 'none') return 'Einmaliger Termin'
  const every = form.interval > 1
  const unit = {
    daily: every ? `Alle ${form.interval} Tage` : 'Täglich',
    weekly: every ? `Alle ${form.interval} Wochen` : 'Jede Woche',
    monthly: every ? `Alle ${form.interval} Monate` : 'Jeden Monat',
    yearly: every ? `Alle ${form.interval} Jahre` : 'Jedes Jahr',
  }[form.frequency]
  let text = unit
  if (form.frequency === 'weekly')
    text += ` am ${joinGerman(weekdays.filter((day) => form.weekdays.includes(day)).map((day) => weekdayNames[day]))}`
  if (form.frequency === 'monthly')
    text +=
      form.monthlyBy === 'day'
        ? ` am ${form.monthDay}.`
        : ` am ${positionNames[form.position]} ${weekdayNames[form.weekday]}`
  if (form.frequency === 'monthly' && form.monthlyBy === 'weekday' && !every)
    text = `Jeden ${positionNames[form.position]} ${weekdayNames[form.weekday]} im Monat`
  if (form.ends === 'count') text += form.count === 1 ? ', einmal' : `, ${form.count}-mal`
  if (form.ends === 'until') text += `, bis ${form.until.split('-').reverse().join('.')}`
  return text
}

function joinGerman(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} und ${items.at(-1) ?? ''}`
}

/** One date of the preview: as German readers read it, and whether an exception cancels it. */
export type PreviewDate = { label: string; cancelled: boolean }

/** "Di., 08.12.2026, 18:00": the floating dates below carry Berlin wall-clock time in their UTC fields. */
const germanFormat = new Intl.DateTimeFormat('de-DE', {
  weekday: 'short',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
})

/**
 * The next dates of `rule` for an event starting at `start` (from `now` on; all from the start when it lies ahead),
 * at most `limit`, as the site expands them (site/src/lib/events/occurrences.ts: Berlin wall-clock time, so 18:00
 * stays 18:00 across the clock change; exceptions by calendar day). `more` says whether dates follow.
 */
export function previewDates(
  rule: string,
  start: Date,
  { exceptions = [], now = new Date(), limit = 6 }: { exceptions?: Date[]; now?: Date; limit?: number } = {},
): { dates: PreviewDate[]; more: boolean } {
  const wall = berlinWallClock(start)
  const floatingStart = new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute))
  const current = berlinWallClock(now)
  const floatingNow = new Date(Date.UTC(current.year, current.month - 1, current.day, current.hour, current.minute))
  const cancelledDays = new Set(
    exceptions.map((date) => {
      const day = berlinWallClock(date)
      return Date.UTC(day.year, day.month - 1, day.day)
    }),
  )
  const options = RRule.parseString(rule.trim().replace(/^RRULE:/i, ''))
  const { dates } = expandBounded(new RRule({ ...options, dtstart: floatingStart }), { limit: MAX_COUNT + 1 })
  const ahead = dates.filter((date) => date.getTime() >= floatingNow.getTime())
  return {
    dates: ahead.slice(0, limit).map((date) => ({
      label: germanFormat.format(date),
      cancelled: cancelledDays.has(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())),
    })),
    more: ahead.length > limit,
  }
}
