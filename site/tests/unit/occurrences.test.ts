import { describe, expect, it } from 'vitest'
import { nextOccurrence, occurrences } from '#/lib/events/occurrences.ts'

describe('event occurrences', () => {
  it('keep a weekly 10:00 meeting at 10:00 Berlin time across the October clock change', () => {
    const event = {
      start: '2026-10-20T08:00:00.000Z',
      end: '2026-10-20T09:30:00.000Z',
      recurrence: { rule: 'FREQ=WEEKLY;COUNT=3' },
    }
    expect(occurrences(event).map((each) => each.start.toISOString())).toEqual([
      '2026-10-20T08:00:00.000Z',
      '2026-10-27T09:00:00.000Z',
      '2026-11-03T09:00:00.000Z',
    ])
  })

  it('leave out exception dates', () => {
    const event = {
      start: '2026-03-07T09:00:00.000Z',
      end: '2026-03-07T15:00:00.000Z',
      recurrence: { rule: 'FREQ=WEEKLY;BYDAY=SA;COUNT=3', exceptions: [{ date: '2026-03-14T09:00:00.000Z' }] },
    }
    expect(occurrences(event).map((each) => each.start.toISOString())).toEqual([
      '2026-03-07T09:00:00.000Z',
      '2026-03-21T09:00:00.000Z',
    ])
  })

  it('find the next occurrence that has not ended, or none', () => {
    const event = {
      start: '2026-03-07T09:00:00.000Z',
      end: '2026-03-07T15:00:00.000Z',
      recurrence: { rule: 'FREQ=WEEKLY;COUNT=2' },
    }
    expect(nextOccurrence(event, new Date('2026-03-08T00:00:00Z'))?.start.toISOString()).toBe(
      '2026-03-14T09:00:00.000Z',
    )
    expect(nextOccurrence(event, new Date('2026-04-01T00:00:00Z'))).toBeNull()
  })
})

describe('recurrence rules the CMS stored before it checked them', () => {
  it.each([['FREQ=WEEKLY;INTERVAL=-1'], ['FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31'], ['FREQ=WEEKLY;INTERVAL=0']])(
    'stop the build within a second with a message naming the event and field: %s',
    (rule) => {
      const event = {
        slug: 'kaputte-regel',
        start: '2026-03-07T09:00:00.000Z',
        end: '2026-03-07T15:00:00.000Z',
        recurrence: { rule },
      }
      const began = performance.now()
      expect(() => occurrences(event)).toThrow(
        `events kaputte-regel, recurrence.rule: Die Wiederholungsregel „${rule}“ ergibt keinen Termin. Bitte korrigieren Sie sie im CMS.`,
      )
      expect(performance.now() - began).toBeLessThan(1000)
    },
  )
})
