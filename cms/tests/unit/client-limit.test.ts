import { describe, expect, it } from 'vitest'

import { WindowLimit } from '../../src/lib/clientLimit'

const QUARTER = 15 * 60_000
/** 19:59:55 on a quarter hour's boundary: 5 s before a multiple of 15 minutes. */
const beforeBoundary = 1_800_000_000_000 - (1_800_000_000_000 % QUARTER) + QUARTER - 5_000

describe('at most so many hits per client within a window', () => {
  it('refuses the hit over the limit and says how many seconds remain of the window', () => {
    const limit = new WindowLimit({ limit: 3, windowMs: QUARTER })
    const hits = [0, 1000, 2000, 3000].map((offset) => limit.hit('client', beforeBoundary - 60_000 + offset))
    expect(hits).toEqual([0, 0, 0, 897])
  })

  it('counts a burst that straddles a quarter hour in one window (before: it started afresh at the boundary)', () => {
    const limit = new WindowLimit({ limit: 10, windowMs: QUARTER })
    for (let n = 0; n < 10; n++) expect(limit.hit('client', beforeBoundary + n * 500)).toBe(0)
    // 20:00:01: the client's own window, begun at 19:59:55, still runs.
    expect(limit.hit('client', beforeBoundary + 6_000)).toBe(894)
    expect(limit.hit('another', beforeBoundary + 6_000)).toBe(0)
  })

  it('lets a client in again once its own window is over, and forgets the windows that are over', () => {
    const limit = new WindowLimit({ limit: 1, windowMs: 60_000, maxKeys: 1 })
    expect(limit.hit('first', 0)).toBe(0)
    // The map is full while "first" has a running window: the next clients share the overflow key.
    expect([limit.hit('second', 1_000), limit.hit('third', 2_000)]).toEqual([0, 59])
    expect(limit.hit('first', 59_999)).toBe(1)
    // At 62 s both windows are over and swept: "third" has a key of its own, and a fourth client overflows.
    expect(limit.hit('third', 62_000)).toBe(0)
    expect(limit.hit('fourth', 62_500)).toBe(0)
    expect(limit.hit('third', 63_000)).toBe(59)
  })

  it('takes back a hit that turned out not to be a failure', () => {
    const limit = new WindowLimit({ limit: 2, windowMs: 60_000 })
    expect([limit.hit('client', 0), limit.hit('client', 1)]).toEqual([0, 0])
    limit.forgive('client')
    expect([limit.hit('client', 2), limit.hit('client', 3)]).toEqual([0, 60])
  })
})
