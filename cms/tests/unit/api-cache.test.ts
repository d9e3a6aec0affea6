import { describe, expect, it } from 'vitest'

import { apiCacheSettings, ResponseCache, type CachedResponse } from '../../src/api-cache/responses'

const answer = (text: string): CachedResponse => ({
  body: new TextEncoder().encode(text),
  headers: [['content-type', 'application/json']],
})
const textOf = (response: CachedResponse | undefined) => (response ? new TextDecoder().decode(response.body) : null)

describe('API cache settings', () => {
  it.each([
    [{}, { enabled: true, maxBytes: 64 * 1024 * 1024 }],
    [
      { API_CACHE: 'on', API_CACHE_MB: '8' },
      { enabled: true, maxBytes: 8 * 1024 * 1024 },
    ],
    [{ API_CACHE_MB: '0.5' }, { enabled: true, maxBytes: 512 * 1024 }],
    [{ API_CACHE: 'OFF', API_CACHE_MB: '8' }, { enabled: false }],
  ])('%j → %j', (env, settings) => {
    expect(apiCacheSettings(env)).toEqual(settings)
  })

  it.each([
    [{ API_CACHE: 'no' }, 'API_CACHE must be "on" or "off", not "no".'],
    [{ API_CACHE_MB: '0' }, 'API_CACHE_MB must be a positive number of megabytes, not "0".'],
    [{ API_CACHE_MB: 'viel' }, 'API_CACHE_MB must be a positive number of megabytes, not "viel".'],
  ])('refuses %j', (env, message) => {
    expect(() => apiCacheSettings(env)).toThrow(message)
  })
})

describe('ResponseCache', () => {
  it('keeps the most recently used answers within its byte bound', () => {
    const one = new ResponseCache(10_000)
    one.set('a', answer('x'.repeat(100)), one.generation)
    const perEntry = one.bytes
    const cache = new ResponseCache(perEntry * 2)
    for (const key of ['a', 'b']) cache.set(key, answer('x'.repeat(100)), cache.generation)
    cache.get('a')
    cache.set('c', answer('x'.repeat(100)), cache.generation)
    expect([
      textOf(cache.get('a'))?.length,
      textOf(cache.get('b')),
      textOf(cache.get('c'))?.length,
      cache.size,
      cache.bytes,
    ]).toEqual([100, null, 100, 2, perEntry * 2])
  })

  it('does not store an answer larger than the whole bound, nor one computed before the cache was emptied', () => {
    const cache = new ResponseCache(1000)
    expect(cache.set('big', answer('x'.repeat(1000)), cache.generation)).toBe(false)
    const before = cache.generation
    cache.clear()
    expect(cache.set('late', answer('{}'), before)).toBe(false)
    expect(cache.set('fresh', answer('{}'), cache.generation)).toBe(true)
    expect([cache.size, textOf(cache.get('late')), textOf(cache.get('fresh'))]).toEqual([1, null, '{}'])
  })

  it('replacing an answer under the same key counts its bytes once', () => {
    const cache = new ResponseCache(10_000)
    cache.set('a', answer('1234'), cache.generation)
    const bytes = cache.bytes
    cache.set('a', answer('5678'), cache.generation)
    expect([cache.size, cache.bytes, textOf(cache.get('a'))]).toEqual([1, bytes, '5678'])
  })
})
