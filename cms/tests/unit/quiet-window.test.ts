import { describe, expect, it } from 'vitest'

import { claimDecision, quietWindow } from '../../src/collections/SiteChanges/quietWindow'

const window = { quietMs: 3000, maxWaitMs: 30_000 }

describe('when pending changes are built', () => {
  it.each([
    [
      'a single save, 1 s ago, waits 2 s more',
      { oldest: 9000, newest: 9000 },
      10_000,
      { claim: false, retryInMs: 2000 },
    ],
    ['a single save, 3 s ago, is built', { oldest: 7000, newest: 7000 }, 10_000, { claim: true }],
    [
      'a burst whose last save was 0.5 s ago waits for quiet',
      { oldest: 5000, newest: 9500 },
      10_000,
      { claim: false, retryInMs: 2500 },
    ],
    ['saves every few seconds for 30 s are built anyway', { oldest: 0, newest: 29_500 }, 30_000, { claim: true }],
    [
      'the longest wait ends before the quiet window',
      { oldest: 0, newest: 28_500 },
      29_000,
      { claim: false, retryInMs: 1000 },
    ],
  ])('%s', (_, pending, now, expected) => {
    expect(claimDecision(pending, now, window)).toEqual(expected)
  })

  it('a window of 0 builds at once', () => {
    expect(claimDecision({ oldest: 10, newest: 10 }, 10, { quietMs: 0, maxWaitMs: 0 })).toEqual({ claim: true })
  })

  it('reads the window a publisher asks for within bounds; the longest wait defaults to ten windows', () => {
    expect(quietWindow({ quietMs: 2000 })).toEqual({ quietMs: 2000, maxWaitMs: 20_000 })
    expect(quietWindow({})).toEqual({ quietMs: 3000, maxWaitMs: 30_000 })
    expect(quietWindow({ quietMs: -5, maxWaitMs: 'x' })).toEqual({ quietMs: 0, maxWaitMs: 0 })
    expect(quietWindow({ quietMs: 5000, maxWaitMs: 1000 })).toEqual({ quietMs: 5000, maxWaitMs: 5000 })
    expect(quietWindow({ quietMs: 1e9 })).toEqual({ quietMs: 600_000, maxWaitMs: 600_000 })
  })
})
