import { describe, expect, it } from 'vitest'

import {
  defaultForm,
  describeForm,
  formFromRule,
  formProblem,
  previewDates,
  ruleFromForm,
  type RecurrenceForm,
} from '../../src/admin/recurrence/form'

/** Monday 7 December 2026, 18:00 in Oberhausen (17:00 UTC). */
const start = new Date('2026-12-07T17:00:00.000Z')
const form = (choices: Partial<RecurrenceForm>): RecurrenceForm => ({ ...defaultForm(start), ...choices })

describe('the recurrence form starts from the event', () => {
  it('offers the start’s weekday, day and week of the month', () => {
    expect(defaultForm(start)).toEqual({
      frequency: 'none',
      interval: 1,
      weekdays: ['MO'],
      monthlyBy: 'weekday',
      position: 1,
      weekday: 'MO',
      monthDay: 7,
      ends: 'never',
      until: '2027-03-07',
      count: 10,
    })
  })

  it('offers "am letzten …" for a start in the month’s fifth week, in Berlin time', () => {
    // 31 March 2027, 00:30 in Berlin is still 30 March in UTC.
    const late = defaultForm(new Date('2027-03-30T22:30:00.000Z'))
    expect([late.position, late.weekday, late.monthDay]).toEqual([-1, 'WE', 31])
  })
})

describe('every shape of the form writes a rule and reads back the same form', () => {
  it.each<[string, Partial<RecurrenceForm>, string, string]>([
    ['nicht wiederholen', { frequency: 'none' }, '', 'Einmaliger Termin'],
    ['täglich', { frequency: 'daily' }, 'FREQ=DAILY', 'Täglich'],
    [
      'alle 3 Tage, 10-mal',
      { frequency: 'daily', interval: 3, ends: 'count', count: 10 },
      'FREQ=DAILY;INTERVAL=3;COUNT=10',
      'Alle 3 Tage, 10-mal',
    ],
    [
      'wöchentlich dienstags',
      { frequency: 'weekly', weekdays: ['TU'] },
      'FREQ=WEEKLY;BYDAY=TU',
      'Jede Woche am Dienstag',
    ],
    [
      'alle 2 Wochen montags und donnerstags bis 31.3.',
      { frequency: 'weekly', interval: 2, weekdays: ['TH', 'MO'], ends: 'until', until: '2027-03-31' },
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20270331T235959Z',
      'Alle 2 Wochen am Montag und Donnerstag, bis 31.03.2027',
    ],
    [
      'jeden ersten Montag, 5-mal',
      { frequency: 'monthly', monthlyBy: 'weekday', position: 1, weekday: 'MO', ends: 'count', count: 5 },
      'FREQ=MONTHLY;BYDAY=1MO;COUNT=5',
      'Jeden ersten Montag im Monat, 5-mal',
    ],
    [
      'jeden letzten Freitag',
      { frequency: 'monthly', monthlyBy: 'weekday', position: -1, weekday: 'FR' },
      'FREQ=MONTHLY;BYDAY=-1FR',
      'Jeden letzten Freitag im Monat',
    ],
    [
      'alle 3 Monate am dritten Mittwoch',
      { frequency: 'monthly', interval: 3, monthlyBy: 'weekday', position: 3, weekday: 'WE' },
      'FREQ=MONTHLY;INTERVAL=3;BYDAY=3WE',
      'Alle 3 Monate am dritten Mittwoch',
    ],
    [
      'monatlich am 15.',
      { frequency: 'monthly', monthlyBy: 'day', monthDay: 15 },
      'FREQ=MONTHLY;BYMONTHDAY=15',
      'Jeden Monat am 15.',
    ],
    ['jährlich, einmal', { frequency: 'yearly', ends: 'count', count: 1 }, 'FREQ=YEARLY;COUNT=1', 'Jedes Jahr, einmal'],
    ['alle 2 Jahre', { frequency: 'yearly', interval: 2 }, 'FREQ=YEARLY;INTERVAL=2', 'Alle 2 Jahre'],
  ])('%s', (_, choices, rule, sentence) => {
    const chosen = form(choices)
    const written = ruleFromForm(chosen)
    expect(written).toBe(rule)
    expect(describeForm(chosen)).toBe(sentence)
    const expectedForm = {
      ...chosen,
      weekdays: [...chosen.weekdays].sort((a, b) => 'MOTUWETHFRSASU'.indexOf(a) - 'MOTUWETHFRSASU'.indexOf(b)),
    }
    expect(formFromRule(written, start)).toEqual({ mode: 'form', form: expectedForm })
  })
})

describe('rules written elsewhere open in the form when it can say the same', () => {
  it.each<[string, Partial<RecurrenceForm>]>([
    // The seed's way of saying "jeden ersten Montag".
    ['FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1', { frequency: 'monthly', monthlyBy: 'weekday', position: 1, weekday: 'MO' }],
    ['RRULE:FREQ=WEEKLY;BYDAY=WE,MO', { frequency: 'weekly', weekdays: ['MO', 'WE'] }],
    // Without BYDAY rrule repeats on the start's weekday, without BYMONTHDAY on the start's day.
    ['FREQ=WEEKLY;COUNT=4', { frequency: 'weekly', weekdays: ['MO'], ends: 'count', count: 4 }],
    ['FREQ=MONTHLY', { frequency: 'monthly', monthlyBy: 'day', monthDay: 7 }],
    ['FREQ=DAILY;INTERVAL=1', { frequency: 'daily' }],
  ])('%s', (rule, choices) => {
    expect(formFromRule(rule, start)).toEqual({ mode: 'form', form: form(choices) })
  })
})

describe('rules the form cannot express open as text with a note', () => {
  it.each([
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', 'BYMONTHDAY=29'],
    ['FREQ=MONTHLY;BYDAY=MO,TU', 'BYDAY=MO,TU'],
    ['FREQ=MONTHLY;BYDAY=2MO;BYSETPOS=1', 'BYDAY=2MO;BYSETPOS=1'],
    ['FREQ=MONTHLY;BYDAY=5MO', 'BYDAY=5MO'],
    ['FREQ=WEEKLY;BYDAY=TU;WKST=SU', 'WKST=SU'],
    ['FREQ=DAILY;BYDAY=MO,TU', 'BYDAY=MO,TU'],
    ['FREQ=DAILY;UNTIL=20270401T000000Z', 'UNTIL=20270401T000000Z: das Formular endet immer am Ende eines Tages'],
    ['FREQ=WEEKLY;INTERVAL=150', 'FREQ=WEEKLY;INTERVAL=150'],
  ])('%s', (rule, part) => {
    expect(formFromRule(rule, start)).toEqual({
      mode: 'expert',
      reason: `Diese Regel lässt sich nicht im Formular darstellen (${part}). Sie können sie hier als Text bearbeiten.`,
    })
  })
})

describe('what the CMS refuses, the form refuses too, in German', () => {
  it.each([
    ['FREQ=WEEKLY;INTERVAL=-1', 'INTERVAL muss eine ganze Zahl ab 1 sein (1 = jedes Mal, 2 = jedes zweite Mal, …).'],
    ['FREQ=WEEKLY;COUNT=0', 'COUNT muss eine ganze Zahl zwischen 1 und 500 sein.'],
    ['FREQ=HOURLY', 'Die Häufigkeit (FREQ) „HOURLY“ gibt es nicht. Erlaubt sind DAILY, WEEKLY, MONTHLY und YEARLY.'],
    [
      'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31',
      'Die Wiederholungsregel ergibt keinen einzigen Termin. Bitte prüfen Sie FREQ, BYMONTH, BYMONTHDAY, BYDAY, BYSETPOS und UNTIL.',
    ],
    [
      'FREQ=WEEKLY\nATTENDEE:x',
      'Die Wiederholungsregel darf keine Zeilenumbrüche, Tabulatoren oder andere Steuerzeichen enthalten.',
    ],
  ])('a stored %j opens as text with the refusal', (rule, reason) => {
    expect(formFromRule(rule, start)).toEqual({ mode: 'expert', reason })
  })

  it.each<[Partial<RecurrenceForm>, string]>([
    [{ frequency: 'daily', interval: 0 }, 'Bitte geben Sie bei „alle“ eine ganze Zahl zwischen 1 und 99 an.'],
    [{ frequency: 'daily', interval: 1.5 }, 'Bitte geben Sie bei „alle“ eine ganze Zahl zwischen 1 und 99 an.'],
    [{ frequency: 'weekly', weekdays: [] }, 'Bitte wählen Sie mindestens einen Wochentag.'],
    [
      { frequency: 'monthly', monthlyBy: 'day', monthDay: 32 },
      'Bitte geben Sie einen Tag im Monat zwischen 1 und 31 an.',
    ],
    [{ frequency: 'yearly', ends: 'until', until: '' }, 'Bitte wählen Sie, an welchem Tag die Wiederholung endet.'],
    [
      { frequency: 'yearly', ends: 'count', count: 0 },
      'Bitte geben Sie bei „nach … Terminen“ eine ganze Zahl zwischen 1 und 500 an.',
    ],
    [
      { frequency: 'yearly', ends: 'count', count: 501 },
      'Bitte geben Sie bei „nach … Terminen“ eine ganze Zahl zwischen 1 und 500 an.',
    ],
  ])('the form %j is refused before it writes a rule', (choices, message) => {
    expect(formProblem(form(choices))).toBe(message)
  })

  it('an end before the start writes a rule the CMS refuses as dateless', async () => {
    const { checkRecurrenceRule } = await import('../../src/collections/Events/recurrence')
    const rule = ruleFromForm(form({ frequency: 'weekly', ends: 'until', until: '2026-12-01' }))
    expect(rule).toBe('FREQ=WEEKLY;BYDAY=MO;UNTIL=20261201T235959Z')
    expect(checkRecurrenceRule(rule, start)).toBe(
      'Die Wiederholungsregel ergibt keinen einzigen Termin. Bitte prüfen Sie FREQ, BYMONTH, BYMONTHDAY, BYDAY, BYSETPOS und UNTIL.',
    )
  })
})

describe('the preview lists the next dates as readers read them', () => {
  it('jeden ersten Montag, 5-mal: German dates at 18:00 across the March clock change, a cancelled one marked', () => {
    const preview = previewDates('FREQ=MONTHLY;BYDAY=1MO;COUNT=5', start, {
      now: new Date('2026-12-01T00:00:00.000Z'),
      exceptions: [new Date('2027-02-01T17:00:00.000Z')],
    })
    expect(preview).toEqual({
      dates: [
        { label: 'Mo., 07.12.2026, 18:00', cancelled: false },
        { label: 'Mo., 04.01.2027, 18:00', cancelled: false },
        { label: 'Mo., 01.02.2027, 18:00', cancelled: true },
        { label: 'Mo., 01.03.2027, 18:00', cancelled: false },
        { label: 'Mo., 05.04.2027, 18:00', cancelled: false },
      ],
      more: false,
    })
  })

  it('starts at today for an event that began earlier, and says more dates follow', () => {
    const preview = previewDates('FREQ=WEEKLY;BYDAY=TU', start, { now: new Date('2027-01-01T12:00:00.000Z'), limit: 2 })
    expect(preview).toEqual({
      dates: [
        { label: 'Di., 05.01.2027, 18:00', cancelled: false },
        { label: 'Di., 12.01.2027, 18:00', cancelled: false },
      ],
      more: true,
    })
  })

  it('an end date includes an event on that day', () => {
    const { dates } = previewDates('FREQ=DAILY;UNTIL=20261209T235959Z', start, { now: start })
    expect(dates.map((date) => date.label)).toEqual([
      'Mo., 07.12.2026, 18:00',
      'Di., 08.12.2026, 18:00',
      'Mi., 09.12.2026, 18:00',
    ])
  })
})
