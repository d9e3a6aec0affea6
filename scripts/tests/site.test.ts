import { describe, expect, it } from 'vitest'

import { localeCodes } from '../../site/src/i18n/locales.ts'
import { localeShards } from '../lib/site'

describe('localeShards', () => {
  it('splits the locales into balanced groups, each locale once, German first', () => {
    for (const count of [1, 2, 3, 4]) {
      const shards = localeShards(count)
      expect(shards).toHaveLength(count)
      expect(shards.flat().sort()).toEqual([...localeCodes].sort())
      const sizes = shards.map((shard) => shard.length)
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
      expect(shards[0][0]).toBe('de')
    }
    expect(localeShards(50)).toHaveLength(localeCodes.length)
  })
})
