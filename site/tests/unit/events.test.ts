import { describe, expect, it } from 'vitest'
import {
  eventMonths,
  horizonEnd,
  occurrencesBetween,
  occurrencesInMonth,
  pastEvents,
  recurrenceWords,
} from '#/lib/events/events.ts'

const frauencafe = {
  slug: 'frauencafe',
  start: '2026-11-27T09:00:00.000Z',
  end: '2026-11-27T11:00:00.000Z',
  recurrence: {
    rule: 'FREQ=WEEKLY;BYDAY=FR;COUNT=20',
    exceptions: [
      { date: '2026-12-25T09:00:00.000Z' },
      { date: '2027-01-01T09:00:00.000Z' },
      { date: '2027-03-26T09:00:00.000Z' },
    ],
  },
}
const frauentag = {
  slug: 'frauentag',
  start: '2026-03-08T13:00:00.000Z',
  end: '2026-03-08T17:00:00.000Z',
  recurrence: { rule: null },
}
const netzwerk = {
  slug: 'netzwerk',
  start: '2026-12-02T17:00:00.000Z',
  end: '2026-12-02T19:00:00.000Z',
  recurrence: { rule: 'FREQ=MONTHLY;BYDAY=1WE;UNTIL=20270630T235959Z' },
}
const builtAt = new Date('2026-11-25T13:30:00Z')

describe('events over the horizon', () => {
  it('reaches twelve months ahead of the build, to the end of that day in Berlin', () => {
    expect(horizonEnd(builtAt).toISOString()).toBe('2027-11-25T22:59:59.999Z')
  })

  it('lists every single date of a recurring event, without the cancelled ones, soonest first', () => {
    const december = occurrencesInMonth([frauencafe, netzwerk], '2026-12').map(
      ({ event, occurrence }) => `${event.slug} ${occurrence.start.toISOString()}`,
    )
    expect(december).toEqual([
      'netzwerk 2026-12-02T17:00:00.000Z',
      'frauencafe 2026-12-04T09:00:00.000Z',
      'frauencafe 2026-12-11T09:00:00.000Z',
      'frauencafe 2026-12-18T09:00:00.000Z',
    ])
  })

  it('keep the first-Wednesday meeting at 18:00 Berlin time after the March clock change', () => {
    const april = occurrencesInMonth([netzwerk], '2027-04')
    expect(april.map(({ occurrence }) => occurrence.start.toISOString())).toEqual(['2027-04-07T16:00:00.000Z'])
  })

  it('leaves events that are over out of the upcoming list and puts them in the archive', () => {
    const upcoming = occurrencesBetween([frauencafe, frauentag], builtAt, horizonEnd(builtAt))
    expect(upcoming.some(({ event }) => event.slug === 'frauentag')).toBe(false)
    expect(upcoming).toHaveLength(17)
    expect(pastEvents([frauencafe, frauentag], builtAt).map(({ event }) => event.slug)).toEqual(['frauentag'])
  })

  it('pre-renders a month page for every month with an event up to the horizon', () => {
    expect(eventMonths([frauentag, frauencafe], horizonEnd(builtAt))).toEqual([
      '2026-03',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
    ])
  })
})

describe('recurrence rules in words', () => {
  it('takes apart weekly, monthly-by-weekday and counted rules', () => {
    expect(recurrenceWords('FREQ=WEEKLY;BYDAY=FR;COUNT=20', frauencafe.start)).toEqual({
      kind: 'weekly',
      interval: 1,
      weekdays: [5],
      count: 20,
    })
    expect(recurrenceWords('FREQ=MONTHLY;BYDAY=1WE;UNTIL=20270630T235959Z', netzwerk.start)).toEqual({
      kind: 'monthlyByWeekday',
      interval: 1,
      weekday: 3,
      ordinal: 1,
      until: new Date('2027-06-30T23:59:59Z'),
    })
  })

  it('uses the start day when a weekly rule names no weekday', () => {
    expect(recurrenceWords('FREQ=WEEKLY;INTERVAL=2', '2026-11-27T09:00:00.000Z')).toEqual({
      kind: 'weekly',
      interval: 2,
      weekdays: [5],
    })
  })

  it('reads plain and numbered weekdays in one BYDAY list (MO,-1FR)', () => {
    expect(recurrenceWords('FREQ=WEEKLY;BYDAY=MO,FR', frauencafe.start)).toEqual({
      kind: 'weekly',
      interval: 1,
      weekdays: [1, 5],
    })
    expect(recurrenceWords('FREQ=MONTHLY;BYDAY=-1FR', frauencafe.start)).toEqual({
      kind: 'monthlyByWeekday',
      interval: 1,
      weekday: 5,
      ordinal: -1,
    })
    // "Every Monday and the last Friday" has no sentence on the site: the page lists the dates instead.
    expect(recurrenceWords('FREQ=MONTHLY;BYDAY=MO,-1FR', frauencafe.start)).toBeNull()
    expect(recurrenceWords('FREQ=WEEKLY;BYDAY=MO,-1FR', frauencafe.start)).toBeNull()
  })

  it('gives up on rules it cannot put into words, so the page lists the dates instead', () => {
    expect(recurrenceWords('FREQ=YEARLY;BYMONTH=3', frauencafe.start)).toBeNull()
    expect(recurrenceWords('FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=1', frauencafe.start)).toBeNull()
  })
})
