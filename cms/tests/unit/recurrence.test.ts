import { describe, expect, it } from 'vitest'

import { checkRecurrenceRule } from '../../src/collections/Events/recurrence'
import { expandBounded, RRule } from '../../src/lib/rrule'

const start = '2026-03-03T09:00:00.000Z'

describe('recurrence rules an editor enters', () => {
  it.each([
    ['FREQ=WEEKLY;BYDAY=TU;COUNT=10'],
    ['FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1'],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29'],
    ['RRULE:FREQ=DAILY;INTERVAL=3;UNTIL=20260401T000000Z'],
  ])('accepts %s', (rule) => {
    expect(checkRecurrenceRule(rule, start)).toBe(true)
  })

  it.each([
    ['FREQ=WEEKLY;INTERVAL=-1', 'INTERVAL muss eine ganze Zahl ab 1 sein (1 = jedes Mal, 2 = jedes zweite Mal, …).'],
    ['FREQ=WEEKLY;INTERVAL=0', 'INTERVAL muss eine ganze Zahl ab 1 sein (1 = jedes Mal, 2 = jedes zweite Mal, …).'],
    ['FREQ=WEEKLY;INTERVAL=1.5', 'INTERVAL muss eine ganze Zahl ab 1 sein (1 = jedes Mal, 2 = jedes zweite Mal, …).'],
    ['FREQ=WEEKLY;COUNT=0', 'COUNT muss eine ganze Zahl zwischen 1 und 500 sein.'],
    ['FREQ=WEEKLY;COUNT=-3', 'COUNT muss eine ganze Zahl zwischen 1 und 500 sein.'],
    ['FREQ=WEEKLY;COUNT=zehn', 'COUNT muss eine ganze Zahl zwischen 1 und 500 sein.'],
    [
      'FREQ=WEEKLY\r\nATTENDEE:mailto:x@example.org',
      'Die Wiederholungsregel darf keine Zeilenumbrüche, Tabulatoren oder andere Steuerzeichen enthalten.',
    ],
    [
      'FREQ=WEEKLY\rURL:https://example.org',
      'Die Wiederholungsregel darf keine Zeilenumbrüche, Tabulatoren oder andere Steuerzeichen enthalten.',
    ],
    [
      'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31',
      'Die Wiederholungsregel ergibt keinen einzigen Termin. Bitte prüfen Sie FREQ, BYMONTH, BYMONTHDAY, BYDAY, BYSETPOS und UNTIL.',
    ],
    [
      'FREQ=WEEKLY;BYDAY=MO;BYSETPOS=2',
      'Die Wiederholungsregel ergibt keinen einzigen Termin. Bitte prüfen Sie FREQ, BYMONTH, BYMONTHDAY, BYDAY, BYSETPOS und UNTIL.',
    ],
    [
      'FREQ=YEARLY;INTERVAL=50;BYMONTH=2;BYMONTHDAY=29',
      'Der erste Termin dieser Regel läge erst am 2076-02-29, mehr als 10 Jahre nach dem Beginn.',
    ],
    [
      'FREQ=WEEKLY;UNTIL=20250101T000000Z',
      'Die Wiederholungsregel ergibt keinen einzigen Termin. Bitte prüfen Sie FREQ, BYMONTH, BYMONTHDAY, BYDAY, BYSETPOS und UNTIL.',
    ],
  ])('refuses %j, saying why', (rule, message) => {
    expect(checkRecurrenceRule(rule, start)).toBe(message)
  })
})

describe('bounded expansion', () => {
  const dtstart = new Date(Date.UTC(2026, 0, 1, 10))

  it('stops a rule that walks backwards forever (negative INTERVAL) and says the budget ran out', () => {
    const rule = new RRule({ ...RRule.parseString('FREQ=WEEKLY;INTERVAL=-1'), dtstart })
    const expansion = expandBounded(rule, { limit: 10 })
    expect([expansion.dates, expansion.stopped]).toEqual([[dtstart], 'budget'])
  })

  it('stops a rule whose days never match within its time budget', () => {
    const rule = new RRule({ ...RRule.parseString('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31'), dtstart })
    const expansion = expandBounded(rule, { limit: 10 }, { steps: Number.MAX_SAFE_INTEGER, milliseconds: 100 })
    expect([expansion.dates, expansion.stopped]).toEqual([[], 'budget'])
  })

  it('returns the dates of an ordinary rule, says whether the limit cut it, and leaves the rule usable', () => {
    const rule = new RRule({ ...RRule.parseString('FREQ=WEEKLY;COUNT=3'), dtstart })
    const iso = (dates: Date[]) => dates.map((date) => date.toISOString().slice(0, 10))
    const all = expandBounded(rule, { limit: 10 })
    const cut = expandBounded(rule, { limit: 2 })
    expect([iso(all.dates), all.stopped, iso(cut.dates), cut.stopped]).toEqual([
      ['2026-01-01', '2026-01-08', '2026-01-15'],
      'end',
      ['2026-01-01', '2026-01-08'],
      'limit',
    ])
    expect([rule.options.interval, iso(rule.all())]).toEqual([1, ['2026-01-01', '2026-01-08', '2026-01-15']])
  })
})
