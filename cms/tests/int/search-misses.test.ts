import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MISSES_PER_MINUTE, storableQuery } from '../../src/collections/SearchMisses/record'
import { queueDailyRuns, startTestCms, type TestCms } from './payload'

let cms: TestCms

beforeAll(async () => {
  cms = await startTestCms()
  await queueDailyRuns(cms.payload)
})
afterAll(async () => {
  await cms?.close()
})

/** What the search page sends: a simple text/plain POST, no cookie, no credentials. */
async function send(body: unknown, from = '203.0.113.7'): Promise<Response> {
  const { default: config } = await import('../../src/payload.config')
  const request = new Request('http://localhost:3000/api/search-misses/record', {
    method: 'POST',
    headers: {
      'Content-Type': 'text/plain;charset=UTF-8',
      'X-Forwarded-For': from,
      'User-Agent': 'Mozilla/5.0 Test',
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  return handleEndpoints({ config, request })
}

const record = async (body: unknown, from?: string) => (await send(body, from)).status

async function storedCount(query: string): Promise<number | undefined> {
  const { docs } = await cms.payload.find({
    collection: 'search-misses',
    where: { query: { equals: query } },
    depth: 0,
    overrideAccess: true,
  })
  return docs[0]?.count
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

  it('refuse a body over 2 kB with 413 and a message, storing nothing', async () => {
    const response = await send({ query: 'schwimmkurs', locale: 'de', padding: 'x'.repeat(4000) }, '198.51.100.1')
    expect(response.status).toBe(413)
    expect(await response.json()).toEqual({ errors: [{ message: 'Die Meldung ist zu groß: höchstens 2048 Bytes.' }] })
    expect(await storedCount('schwimmkurs')).toBeUndefined()
  })

  it('are limited per client, and one busy client does not stop the others', async () => {
    const statuses: number[] = []
    for (let n = 0; n <= MISSES_PER_MINUTE; n++)
      statuses.push(await record({ query: 'deutschkurs', locale: 'de' }, '198.51.100.2'))
    expect(statuses.slice(0, MISSES_PER_MINUTE)).toEqual(Array<number>(MISSES_PER_MINUTE).fill(204))
    const refused = await send({ query: 'deutschkurs', locale: 'de' }, '198.51.100.2')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await record({ query: 'deutschkurs', locale: 'de' }, '198.51.100.3')).toBe(204)
    expect(await storedCount('deutschkurs')).toBe(MISSES_PER_MINUTE + 1)
  })

  it('leave the read cache of content answers as it is', async () => {
    const { REST_GET } = await import('@payloadcms/next/routes')
    const { default: config } = await import('../../src/payload.config')
    const { cachedRestGet } = await import('../../src/api-cache/route')
    const { sharedApiCache } = await import('../../src/api-cache/shared')
    const get = cachedRestGet(config, REST_GET(config), sharedApiCache())
    const read = async () =>
      (
        await get(new Request('http://localhost:3000/api/topics?locale=de'), {
          params: Promise.resolve({ slug: ['topics'] }),
        })
      ).headers.get('x-cache')
    expect(await read()).toBe('miss')
    expect(await read()).toBe('hit')
    expect(await record({ query: 'sprachcafé', locale: 'de' }, '198.51.100.4')).toBe(204)
    expect(await record({ query: 'sprachcafé', locale: 'de' }, '198.51.100.4')).toBe(204)
    expect(await storedCount('sprachcafé')).toBe(2)
    expect(await read()).toBe('hit')
  })

  it.each([
    ['  Okul   Kaydı ', 'okul kaydı'],
    ['مدرسة', 'مدرسة'],
    ['Termin am 12.03.', 'termin am 12.03.'],
    ['ruf 0176 1234567 an', undefined],
    ['www.example.org', undefined],
    ['', undefined],
    ['kita 2024', 'kita 2024'],
    ['46045 oberhausen', '46045 oberhausen'],
    ['gebühren musikschule', 'gebühren musikschule'],
    ['Ｋｉｔａ', 'kita'],
    // A phone number with dots, in Arabic-Indic, Persian and full-width digits.
    ['0208.123.456', undefined],
    ['هاتف ٠٢٠٨١٢٣٤٥٦', undefined],
    ['۰۲۰۸ ۱۲۳ ۴۵۶', undefined],
    ['０２０８ １２３４５６', undefined],
    // E-mail addresses: full-width at sign, written out.
    ['max＠example.com', undefined],
    ['max (at) example dot com', undefined],
    ['max [at] example.com', undefined],
    ['max at example punkt de', undefined],
    // Names with street addresses.
    ['max mustermann hauptstraße 12', undefined],
    ['Ayşe Yılmaz, Lirichstr. 5a', undefined],
    ['mehmet am bahnhofsplatz 3', undefined],
    ['Straße 17 oberhausen', undefined],
    // Birth dates.
    ['max mustermann 12.03.1985', undefined],
    ['geb. 3.4.85', undefined],
    ['geboren am 3. märz 1985', undefined],
    ['ali 3 mayıs 1990', undefined],
  ])('stores %j as %j', (input, expected) => {
    expect(storableQuery(input)).toBe(expected)
  })
})
