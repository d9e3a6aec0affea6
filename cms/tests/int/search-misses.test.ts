import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { storableQuery } from '../../src/collections/SearchMisses/record'
import { startTestCms, type TestCms } from './payload'

let cms: TestCms

beforeAll(async () => {
  cms = await startTestCms()
})
afterAll(async () => {
  await cms?.close()
})

/** What the search page sends: a simple text/plain POST, no cookie, no credentials. */
async function record(body: unknown): Promise<number> {
  const { default: config } = await import('../../src/payload.config')
  const request = new Request('http://localhost:3000/api/search-misses/record', {
    method: 'POST',
    headers: {
      'Content-Type': 'text/plain;charset=UTF-8',
      'X-Forwarded-For': '203.0.113.7',
      'User-Agent': 'Mozilla/5.0 Test',
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  const response = await handleEndpoints({ config, request })
  return response.status
}

describe('searches without results', () => {
  it('are counted per query and language, folded to lower case, and nothing else is stored', async () => {
    expect(await record({ query: 'Kita  Anmeldung', locale: 'de' })).toBe(204)
    expect(await record({ query: 'kita anmeldung', locale: 'de' })).toBe(204)
    expect(await record({ query: 'kreş', locale: 'tr' })).toBe(204)
    const stored = await cms.payload.find({
      collection: 'search-misses',
      sort: 'query',
      depth: 0,
      overrideAccess: true,
    })
    expect(stored.docs.map(({ query, locale, count }) => ({ query, locale, count }))).toEqual([
      { query: 'kita anmeldung', locale: 'de', count: 2 },
      { query: 'kreş', locale: 'tr', count: 1 },
    ])
    const columns = Object.keys(stored.docs[0]).sort()
    expect(columns).toEqual(['count', 'createdAt', 'firstDay', 'id', 'lastDay', 'locale', 'query', 'updatedAt'])
    expect(stored.docs[0].lastDay).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(JSON.stringify(stored.docs)).not.toContain('203.0.113.7')
    expect(JSON.stringify(stored.docs)).not.toContain('Mozilla')
  })

  it('refuse what looks like personal data, unknown languages and malformed bodies', async () => {
    const before = await cms.payload.count({ collection: 'search-misses', overrideAccess: true })
    expect(await record({ query: 'max.muster@example.org', locale: 'de' })).toBe(400)
    expect(await record({ query: '0208 123 45 67', locale: 'de' })).toBe(400)
    expect(await record({ query: 'x'.repeat(101), locale: 'de' })).toBe(400)
    expect(await record({ query: 'schule', locale: 'xx' })).toBe(400)
    expect(await record('not json')).toBe(400)
    const after = await cms.payload.count({ collection: 'search-misses', overrideAccess: true })
    expect(after.totalDocs).toBe(before.totalDocs)
  })

  it('are readable by editors only, never by anonymous readers', async () => {
    const anonymous = await cms.payload
      .find({ collection: 'search-misses', overrideAccess: false })
      .then((result) => result.totalDocs)
      .catch((error: { status?: number }) => error.status)
    expect(anonymous).toBe(403)
  })

  it.each([
    ['  Okul   Kaydı ', 'okul kaydı'],
    ['مدرسة', 'مدرسة'],
    ['Termin am 12.03.', 'termin am 12.03.'],
    ['ruf 0176 1234567 an', undefined],
    ['www.example.org', undefined],
    ['', undefined],
  ])('stores %j as %j', (input, expected) => {
    expect(storableQuery(input)).toBe(expected)
  })
})
