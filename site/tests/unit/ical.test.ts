import ICAL from 'ical.js'
import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import { calendarFile, escapeText, foldLine, type IcsEvent } from '#/lib/events/ical.ts'

/** Shaped like the seeded events: a weekly group across the March 2027 clock change, with exceptions. */
const rucksack: IcsEvent = {
  event: {
    slug: 'rucksack-kita-regenbogen-2027',
    start: '2027-01-12T08:00:00.000Z',
    end: '2027-01-12T10:00:00.000Z',
    recurrence: {
      rule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=16',
      exceptions: [{ date: '2027-03-30T07:00:00.000Z' }, { date: '2027-02-16T08:00:00.000Z' }],
    },
    status: 'scheduled',
    place: { name: 'Familienzentrum Kita Regenbogen (Beispiel)', street: 'Mustergarten 5', postcode: '46119' },
    updatedAt: '2026-11-25T13:13:54.393Z',
  },
  summary:
    'Rucksack KiTa: Elterngruppe im Familienzentrum Regenbogen, mit einem sehr langen Titel, der gefaltet werden muss – äöü',
  summaryLang: 'de',
  description: 'Zeile eins; mit Semikolon, Komma\nund Zeilenumbruch',
  url: 'https://ki.example/de/veranstaltungen/rucksack-kita-regenbogen-2027/',
  categories: ['Frühe Bildung'],
}
const cancelled: IcsEvent = {
  ...rucksack,
  event: {
    ...rucksack.event,
    slug: 'abgesagt',
    start: '2027-06-16T16:00:00.000Z',
    end: '2027-06-16T18:30:00.000Z',
    recurrence: null,
    status: 'cancelled',
  },
  summary: 'Abgesagt: Pressearbeit',
}

const file = calendarFile('KI Oberhausen: Veranstaltungen', [rucksack, cancelled], 'ki.example')

function parse(text: string) {
  const calendar = ICAL.Component.fromString(text)
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
  return calendar
}

describe('iCalendar files', () => {
  it('use CRLF line endings and fold every line at 75 octets', () => {
    expect(file.endsWith('\r\n')).toBe(true)
    const lines = file.split('\r\n').slice(0, -1)
    expect(lines.every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true)
    expect(file.replace(/\r\n/g, '')).not.toContain('\n')
    expect(lines.some((line) => line.startsWith(' '))).toBe(true)
  })

  it('never split a multi-byte character when folding', () => {
    const folded = foldLine(`SUMMARY:${'ä'.repeat(60)}`)
    expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'ä'.repeat(60)}`)
    expect(folded.split('\r\n ').map((part) => new TextEncoder().encode(part).length)).toEqual([74, 54])
  })

  it('escape commas, semicolons, backslashes and line breaks in text', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne')
  })

  it('carry a VTIMEZONE for Europe/Berlin and zoned start times, RRULE and EXDATE', () => {
    const calendar = parse(file)
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Berlin')
    const vevent = calendar.getAllSubcomponents('vevent')[0]
    expect(vevent.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Berlin')
    expect(vevent.getFirstPropertyValue('dtstart')?.toString()).toBe('2027-01-12T09:00:00')
    expect(file).toContain('\r\nRRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=16\r\n')
    const rule = vevent.getFirstPropertyValue('rrule') as ICAL.Recur
    expect([rule.freq, rule.count, rule.parts.BYDAY]).toEqual(['WEEKLY', 16, ['TU']])
    const exdate = vevent.getFirstProperty('exdate')!
    expect(exdate.getParameter('tzid')).toBe('Europe/Berlin')
    const values: unknown[] = exdate.getValues()
    expect(values.map(String)).toEqual(['2027-03-30T09:00:00', '2027-02-16T09:00:00'])
    expect(vevent.getFirstPropertyValue('description')).toBe('Zeile eins; mit Semikolon, Komma\nund Zeilenumbruch')
    expect(vevent.getFirstPropertyValue('summary')).toBe(rucksack.summary)
  })

  it('keep 09:00 Berlin wall-clock time for occurrences after the 28 March 2027 clock change, without the excluded dates', () => {
    const event = new ICAL.Event(parse(file).getAllSubcomponents('vevent')[0])
    const iterator = event.iterator()
    const starts: Date[] = []
    for (let next = iterator.next(); next; next = iterator.next())
      starts.push(event.getOccurrenceDetails(next).startDate.toJSDate())
    const berlin = starts.map((date) => DateTime.fromJSDate(date, { zone: 'Europe/Berlin' }))
    expect(berlin.every((date) => date.hour === 9 && date.minute === 0)).toBe(true)
    const afterChange = starts.filter((date) => date > new Date('2027-03-28T01:00:00Z'))
    expect(afterChange.map((date) => date.toISOString())).toEqual([
      '2027-04-06T07:00:00.000Z',
      '2027-04-13T07:00:00.000Z',
      '2027-04-20T07:00:00.000Z',
      '2027-04-27T07:00:00.000Z',
    ])
    expect(starts.map((date) => date.toISOString())).not.toContain('2027-03-30T07:00:00.000Z')
    expect(starts.map((date) => date.toISOString())).not.toContain('2027-02-16T08:00:00.000Z')
  })

  it('mark a cancelled event STATUS:CANCELLED and a held one CONFIRMED', () => {
    const [held, off] = parse(file).getAllSubcomponents('vevent')
    expect(held.getFirstPropertyValue('status')).toBe('CONFIRMED')
    expect(off.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(off.getFirstPropertyValue('rrule')).toBeNull()
  })

  it('let no text start a property of its own: CR, LF and CRLF in every text field stay inside their property', () => {
    const injected = (line: string) =>
      `Sprachcafé${line}ATTENDEE:mailto:boese@example.org${line}URL:https://boese.example/${line}DTSTART:20000101T000000Z`
    const breaks = ['\r\n', '\r', '\n']
    const events: IcsEvent[] = breaks.map((line, index) => ({
      ...rucksack,
      event: {
        ...rucksack.event,
        slug: `angriff-${index}`,
        place: { name: injected(line), street: `Weg 1${line}ORGANIZER:mailto:boese@example.org`, postcode: '46045' },
      },
      summary: injected(line),
      description: injected(line),
      categories: [injected(line)],
    }))
    const text = calendarFile(`Kalender${'\r'}METHOD:CANCEL`, events, 'ki.example')
    const calendar = parse(text)
    const vevents = calendar.getAllSubcomponents('vevent')
    expect(calendar.getAllProperties('method').map((property) => property.getFirstValue())).toEqual(['PUBLISH'])
    expect(
      vevents.map((vevent) => [
        vevent.getAllProperties('attendee').length,
        vevent.getAllProperties('organizer').length,
        vevent.getAllProperties('dtstart').length,
        vevent.getAllProperties('url').map((property) => property.getFirstValue()),
      ]),
    ).toEqual(breaks.map(() => [0, 0, 1, [rucksack.url]]))
    const asWritten = injected('\n')
    expect(vevents.map((vevent) => vevent.getFirstPropertyValue('summary'))).toEqual(breaks.map(() => asWritten))
    expect(vevents.map((vevent) => vevent.getFirstPropertyValue('description'))).toEqual(breaks.map(() => asWritten))
    expect(vevents.map((vevent) => vevent.getFirstPropertyValue('categories'))).toEqual(breaks.map(() => asWritten))
    const lines = text.split('\r\n').slice(0, -1)
    expect(lines.every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('drop control characters from values that have no escape: the address, the UID and the language', () => {
    const text = calendarFile(
      'Kalender',
      [{ ...rucksack, url: 'https://ki.example/de/a/\r\nATTENDEE:mailto:boese@example.org', summaryLang: 'de\r\nX:1' }],
      'ki.example',
    )
    const [vevent] = parse(text).getAllSubcomponents('vevent')
    expect([
      vevent.getFirstPropertyValue('url'),
      vevent.getAllProperties('attendee').length,
      vevent.getFirstProperty('summary')?.getParameter('language'),
    ]).toEqual(['https://ki.example/de/a/ATTENDEE:mailto:boese@example.org', 0, 'deX:1'])
  })
})
