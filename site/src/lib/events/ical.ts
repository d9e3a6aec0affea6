/**
 * iCalendar (RFC 5545) files for events: one per event and feeds per locale and topic.
 *
 * Written by hand rather than with ical-generator: that library writes a rule given as text without the
 * EXDATE lines, and a rule given as an object with UNTIL in local time, which RFC 5545 forbids once DTSTART
 * carries a TZID. Here the CMS's RRULE goes out unchanged, exceptions become EXDATE in Berlin wall-clock
 * time, and every line is folded at 75 octets and ends in CRLF.
 */
import { DateTime } from 'luxon'
import { cachedFormatter, timeZone } from '#/i18n/format.ts'
import type { CmsEvent } from '#/loaders/schemas.ts'

/** Europe/Berlin since 1996: CET in winter, CEST from the last Sunday in March to the last Sunday in October. */
export const vtimezoneBerlin = [
  'BEGIN:VTIMEZONE',
  `TZID:${timeZone}`,
  `X-LIC-LOCATION:${timeZone}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
]

/** Control characters other than the tab, which no content line may hold (RFC 5545 3.1, 3.3.11). */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const controlCharacters = /[\u0000-\u0008\u000a-\u001f\u007f]/g

/**
 * TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon and comma; every line break (CRLF, a bare CR, a bare LF)
 * becomes `\n`, and other control characters are dropped, so no text can end its line and start a property of its own.
 */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(controlCharacters, '')
}

/** A value that is not TEXT (a URI, the UID, the RRULE) has no escape: control characters are dropped. */
export function plainValue(value: string): string {
  return value.replace(controlCharacters, '')
}

/** A parameter value (RFC 5545 3.2): no control characters or quotes; quoted when it holds `;`, `:` or `,`. */
export function paramValue(value: string): string {
  const plain = plainValue(value).replace(/"/g, '')
  return /[;:,]/.test(plain) ? `"${plain}"` : plain
}

/** UTF-8 length of one code point, without encoding it (this runs for every character of every feed). */
function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
}

/** Splits a content line into chunks of at most 75 octets, never inside a UTF-8 character (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = utf8Length(char)
    const limit = parts.length === 0 ? 75 : 74 // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

/** Every calendar file of every language names the same events' times: each is written once (Luxon is slow). */
const writtenTime = (zone: string, date: Date | string, format: string): string =>
  cachedFormatter(`ics-time:${zone}:${typeof date === 'string' ? date : date.getTime()}`, () =>
    DateTime.fromJSDate(new Date(date), { zone }).toFormat(format),
  )

/** Local date-time in Berlin, e.g. 20270402T100000, for DTSTART;TZID=Europe/Berlin. */
export function berlinDateTime(date: Date | string): string {
  return writtenTime(timeZone, date, "yyyyLLdd'T'HHmmss")
}

export function utcDateTime(date: Date | string): string {
  return writtenTime('utc', date, "yyyyLLdd'T'HHmmss'Z'")
}

/**
 * EXDATE values: the exception's date in Berlin at the wall-clock time of DTSTART, so an exception
 * entered with a slightly different time still removes the occurrence it means.
 */
export function exdates(event: Pick<CmsEvent, 'start' | 'recurrence'>): string[] {
  const start = DateTime.fromISO(event.start, { zone: timeZone })
  return (event.recurrence?.exceptions ?? []).map((exception) =>
    DateTime.fromISO(exception.date, { zone: timeZone })
      .set({ hour: start.hour, minute: start.minute, second: start.second })
      .toFormat("yyyyLLdd'T'HHmmss"),
  )
}

const statusValue = { scheduled: 'CONFIRMED', postponed: 'TENTATIVE', cancelled: 'CANCELLED' } as const

/** What a VEVENT says, already in the reader's language. */
export type IcsEvent = {
  event: Pick<CmsEvent, 'slug' | 'start' | 'end' | 'recurrence' | 'status' | 'place' | 'updatedAt'>
  summary: string
  summaryLang: string
  description: string
  url: string
  categories: string[]
}

export function veventLines(
  { event, summary, summaryLang, description, url, categories }: IcsEvent,
  uidDomain: string,
): string[] {
  const rule = event.recurrence?.rule
  const excluded = rule ? exdates(event) : []
  const location = [
    event.place.name,
    event.place.street,
    [event.place.postcode, 'Oberhausen'].filter(Boolean).join(' '),
  ]
    .filter(Boolean)
    .join(', ')
  return [
    'BEGIN:VEVENT',
    `UID:${plainValue(`${event.slug}@${uidDomain}`)}`,
    `DTSTAMP:${utcDateTime(event.updatedAt)}`,
    `DTSTART;TZID=${timeZone}:${berlinDateTime(event.start)}`,
    `DTEND;TZID=${timeZone}:${berlinDateTime(event.end)}`,
    ...(rule ? [`RRULE:${plainValue(rule.replace(/^RRULE:/, ''))}`] : []),
    ...(excluded.length > 0 ? [`EXDATE;TZID=${timeZone}:${excluded.join(',')}`] : []),
    `SUMMARY;LANGUAGE=${paramValue(summaryLang)}:${escapeText(summary)}`,
    ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
    `LOCATION:${escapeText(location)}`,
    ...(categories.length > 0 ? [`CATEGORIES:${categories.map(escapeText).join(',')}`] : []),
    `URL:${plainValue(url)}`,
    `STATUS:${statusValue[event.status]}`,
    'END:VEVENT',
  ]
}

/** A whole calendar file: CRLF line endings, folded lines, one VTIMEZONE for Europe/Berlin. */
export function calendarFile(name: string, events: IcsEvent[], uidDomain: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kommunales Integrationszentrum Oberhausen//Website//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${timeZone}`,
    ...vtimezoneBerlin,
    ...events.flatMap((each) => veventLines(each, uidDomain)),
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join('\r\n') + '\r\n'
}
