import { spawn } from 'node:child_process'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commitTransaction, createLocalReq, initTransaction } from 'payload'

import type { RestHandler } from '../../src/api-cache/route'
import type { ApiCache } from '../../src/api-cache/shared'
import { createUser, login, seedEntry } from './fixtures'
import { queueDailyRuns, startTestCms, testDatabaseKind, type TestCms } from './payload'

// The defaults, whatever the calling shell sets: on, 64 MB.
process.env.API_CACHE = 'on'
delete process.env.API_CACHE_MB

let cms: TestCms
let token: string
let shared: RestHandler
let cacheOf: (cache: ApiCache) => RestHandler

beforeAll(async () => {
  cms = await startTestCms()
  await queueDailyRuns(cms.payload)
  await createUser(cms.payload, 'redaktion@example.org', ['editor'])
  token = await login('redaktion@example.org')
  // Imported late: the config reads DATABASE_URI and DATA_DIR, which startTestCms sets first.
  const { REST_GET } = await import('@payloadcms/next/routes')
  const { default: config } = await import('../../src/payload.config')
  const { cachedRestGet } = await import('../../src/api-cache/route')
  shared = cachedRestGet(config, REST_GET(config))
  cacheOf = (cache) => cachedRestGet(config, REST_GET(config), cache)
})
afterAll(async () => {
  await cms?.close()
})

type Answer = { status: number; cache: string | null; text: string; body: Record<string, unknown> }

/** A GET through the Next.js route handler (`/api/[...slug]`), the way `next start` calls it. */
async function get(
  path: string,
  {
    auth,
    cookie,
    headers: extra = {},
    handler = shared,
  }: { auth?: string; cookie?: string; headers?: Record<string, string>; handler?: RestHandler } = {},
): Promise<Answer> {
  const headers = new Headers(extra)
  if (auth) headers.set('Authorization', `JWT ${auth}`)
  if (cookie) headers.set('Cookie', cookie)
  // Payload counts the session cookie only from the admin's own origins (csrf, cms/src/origins.ts), as a browser sends it.
  if (headers.has('Cookie') && !headers.has('Origin')) headers.set('Origin', 'http://localhost:3000')
  const slug = path
    .split('?')[0]
    .replace(/^\/api\//, '')
    .split('/')
  const response = await handler(new Request(`http://localhost:3000${path}`, { headers }), {
    params: Promise.resolve({ slug }),
  })
  const text = await response.text()
  return {
    status: response.status,
    cache: response.headers.get('x-cache'),
    text,
    body: JSON.parse(text) as Record<string, unknown>,
  }
}

const titlesOf = (answer: Answer) => (answer.body.docs as { title: string }[]).map((doc) => doc.title)

describe('REST read cache', () => {
  it('answers a repeated anonymous read from the cache, with the same body', async () => {
    const page = await seedEntry(cms.payload, 'pages', 'wiederholt', { title: 'Sprachcafé' })
    const first = await get(`/api/pages/${page.id}?locale=de&depth=0`)
    const second = await get(`/api/pages/${page.id}?locale=de&depth=0`)
    expect([first.status, first.cache, first.body.title]).toEqual([200, 'miss', 'Sprachcafé'])
    expect([second.status, second.cache, second.text]).toEqual([200, 'hit', first.text])
  })

  it('shows a published edit on the very next read: a page, an uploaded image, a global', async () => {
    const { payload } = cms
    const page = await seedEntry(payload, 'pages', 'geaendert', { title: 'Vorher' })
    const image = await seedEntry(payload, 'media', 'geaendert', { alt: 'Vorher' })
    const cases = [
      {
        path: `/api/pages/${page.id}?locale=de&depth=0`,
        field: 'title',
        save: () =>
          payload.update({
            collection: 'pages',
            id: page.id,
            data: { title: 'Nachher', _status: 'published' },
            locale: 'de',
            overrideAccess: true,
          }),
      },
      {
        path: `/api/media/${image.id}?locale=de&depth=0`,
        field: 'alt',
        save: () =>
          payload.update({
            collection: 'media',
            id: image.id,
            data: { alt: 'Nachher' },
            locale: 'de',
            overrideAccess: true,
          }),
      },
      {
        path: '/api/globals/alert-banner?locale=de&depth=0',
        field: 'message',
        save: () =>
          payload.updateGlobal({
            slug: 'alert-banner',
            data: { message: 'Nachher' },
            locale: 'de',
            overrideAccess: true,
          }),
      },
    ]
    const seen: [string | null, unknown][] = []
    for (const { path, field, save } of cases) {
      await get(path)
      await get(path)
      await save()
      for (const answer of [await get(path), await get(path)]) seen.push([answer.cache, answer.body[field]])
    }
    expect(seen).toEqual([
      ['miss', 'Nachher'],
      ['hit', 'Nachher'],
      ['miss', 'Nachher'],
      ['hit', 'Nachher'],
      ['miss', 'Nachher'],
      ['hit', 'Nachher'],
    ])
  })

  it('shows a deletion on the very next read', async () => {
    const page = await seedEntry(cms.payload, 'pages', 'geloescht', { title: 'Gleich weg' })
    const path = `/api/pages?where[slug][equals]=seite-geloescht&locale=de&depth=0`
    expect([await get(path), await get(path)].map((answer) => [answer.cache, titlesOf(answer)])).toEqual([
      ['miss', ['Gleich weg']],
      ['hit', ['Gleich weg']],
    ])
    await cms.payload.delete({ collection: 'pages', id: page.id, overrideAccess: true })
    const after = await get(path)
    expect([after.cache, titlesOf(after)]).toEqual(['miss', []])
  })

  it('never serves or stores a read with a token or a session cookie: an editor’s list with a draft stays theirs', async () => {
    const { payload } = cms
    await seedEntry(payload, 'pages', 'oeffentlich-liste', { title: 'Öffentlich' })
    await payload.create({
      collection: 'pages',
      data: { title: 'Nur Entwurf', slug: 'nur-entwurf', _status: 'draft' },
      draft: true,
      locale: 'de',
      overrideAccess: true,
    })
    const path = '/api/pages?where[title][in]=Öffentlich,Nur Entwurf&sort=title&locale=de&depth=0'
    const editor = await get(path, { auth: token })
    const withCookie = await get(path, { cookie: `theme=dark; payload-token=${token}` })
    const anonymous = await get(path)
    const editorAgain = await get(path, { auth: token })
    expect([editor, withCookie, anonymous, editorAgain].map((answer) => [answer.cache, titlesOf(answer)])).toEqual([
      ['bypass', ['Nur Entwurf', 'Öffentlich']],
      ['bypass', ['Nur Entwurf', 'Öffentlich']],
      ['miss', ['Öffentlich']],
      ['bypass', ['Nur Entwurf', 'Öffentlich']],
    ])
  })

  // Every form in which Payload accepts a credential (its cookie parser trims names and decodes values; the last of
  // two cookies of one name wins; JWT and Bearer headers). API keys: Users does not enable them (checked below).
  const credentials: [string, (token: string) => Record<string, string>][] = [
    ['the session cookie', (token) => ({ Cookie: `payload-token=${token}` })],
    ['the cookie with a space before “=”', (token) => ({ Cookie: `payload-token =${token}` })],
    ['the cookie after others, with a tab', (token) => ({ Cookie: `theme=dark;\tpayload-token=${token}` })],
    ['the cookie twice, the first one empty', (token) => ({ Cookie: `payload-token=; payload-token=${token}` })],
    ['the cookie URI-encoded', (token) => ({ Cookie: `payload-token=${token.replace(/\./g, '%2E')}` })],
    ['Authorization: JWT', (token) => ({ Authorization: `JWT ${token}` })],
    ['Authorization: Bearer', (token) => ({ Authorization: `Bearer ${token}` })],
  ]

  it.each(credentials)('a signed-in answer is never stored or served to anyone else: %s', async (_form, credential) => {
    const { payload } = cms
    const slug = `geheim-${Math.random().toString(36).slice(2, 8)}`
    await seedEntry(payload, 'pages', `${slug}-offen`, { title: 'Öffentlich' })
    await payload.create({
      collection: 'pages',
      data: { title: 'Geheimer Entwurf', slug, _status: 'draft' },
      draft: true,
      locale: 'de',
      overrideAccess: true,
    })
    const list = `/api/pages?where[slug][in]=${slug},seite-${slug}-offen&sort=title&locale=de&depth=0`
    const headers = credential(token)
    const signedIn = [await get(list, { headers }), await get('/api/users/me', { headers })]
    const anonymousList = [await get(list), await get(list)]
    const anonymousMe = [await get('/api/users/me'), await get('/api/users/me')]
    expect(signedIn.map((answer) => [answer.cache, answer.text.includes('Geheimer Entwurf')])).toEqual([
      ['bypass', true],
      ['bypass', false],
    ])
    expect((signedIn[1].body.user as { email?: string } | null)?.email).toBe('redaktion@example.org')
    expect([
      ...anonymousList.map((answer) => [answer.cache, titlesOf(answer)]),
      ...anonymousMe.map((answer) => [answer.cache, answer.body.user]),
    ]).toEqual([
      ['miss', ['Öffentlich']],
      ['hit', ['Öffentlich']],
      ['bypass', null],
      ['bypass', null],
    ])
  })

  it('API keys are not a way in here: the users collection does not enable them', async () => {
    const { default: config } = await import('../../src/payload.config')
    const users = (await config).collections.find((collection) => collection.slug === 'users')
    expect(users?.auth.useAPIKey ?? false).toBe(false)
  })

  it('never caches account collections or any read with a draft parameter, even anonymous ones', async () => {
    const page = await seedEntry(cms.payload, 'pages', 'parameter', { title: 'Mit Parameter' })
    const paths = [
      '/api/users?depth=0',
      '/api/users/me',
      `/api/pages/${page.id}?draft=false&locale=de&depth=0`,
      `/api/pages/${page.id}?Draft=1&locale=de&depth=0`,
    ]
    const states: (string | null)[] = []
    for (const path of paths) for (let i = 0; i < 2; i++) states.push((await get(path)).cache)
    expect(states).toEqual(Array(8).fill('bypass'))
  })

  it('never caches drafts: draft=true bypasses the cache with and without a token', async () => {
    const { payload } = cms
    const page = await seedEntry(payload, 'pages', 'entwurf-neu', { title: 'Freigegeben' })
    await payload.update({
      collection: 'pages',
      id: page.id,
      data: { title: 'In Arbeit' },
      draft: true,
      locale: 'de',
      overrideAccess: true,
    })
    const path = `/api/pages/${page.id}?draft=true&locale=de&depth=0`
    const answers = [await get(path, { auth: token }), await get(path), await get(path)]
    expect(answers.map((answer) => [answer.cache, answer.body.title])).toEqual([
      ['bypass', 'In Arbeit'],
      ['bypass', 'Freigegeben'],
      ['bypass', 'Freigegeben'],
    ])
  })

  it('does not keep an answer read between a save and its commit', async () => {
    const { payload } = cms
    const page = await seedEntry(payload, 'pages', 'transaktion', { title: 'Alt' })
    const path = `/api/pages/${page.id}?locale=de&depth=0`
    const req = await createLocalReq({}, payload)
    // PostgreSQL saves in a transaction; Payload's SQLite adapter (transactions off by default) commits each statement.
    const inTransaction = await initTransaction(req)
    await payload.update({
      collection: 'pages',
      id: page.id,
      data: { title: 'Neu', _status: 'published' },
      locale: 'de',
      overrideAccess: true,
      req,
    })
    // The save's hook has run. In a transaction the change is not committed yet: this read sees and stores the old title.
    const during = await get(path)
    if (inTransaction) await commitTransaction(req)
    const after = [await get(path), await get(path)]
    expect([during, ...after].map((answer) => [answer.cache, answer.body.title])).toEqual(
      inTransaction
        ? [
            ['miss', 'Alt'],
            ['miss', 'Neu'],
            ['hit', 'Neu'],
          ]
        : [
            ['miss', 'Neu'],
            ['hit', 'Neu'],
            ['hit', 'Neu'],
          ],
    )
  })

  it.runIf(testDatabaseKind() === 'sqlite')('sees a change committed by another process (SQLite)', async () => {
    const page = await seedEntry(cms.payload, 'pages', 'fremd', { title: 'Eigen' })
    const path = `/api/pages/${page.id}?locale=de&depth=0`
    await get(path)
    expect((await get(path)).cache).toBe('hit')
    const { drizzle } = await import('@payloadcms/db-sqlite/drizzle/libsql')
    const other = drizzle({ connection: { url: cms.databaseUri } }).$client
    await other.execute({
      sql: `UPDATE pages_locales SET title = 'Von außen' WHERE _parent_id = ? AND _locale = 'de'`,
      args: [page.id],
    })
    other.close()
    const after = await get(path)
    expect([after.cache, after.body.title]).toEqual(['miss', 'Von außen'])
  })

  it.runIf(testDatabaseKind() !== 'mongodb')(
    'sees a save by another CMS process on the same database (SQLite: data_version; PostgreSQL: LISTEN/NOTIFY)',
    { timeout: 120_000 },
    async () => {
      const page = await seedEntry(cms.payload, 'pages', 'anderer-prozess', { title: 'Vorher' })
      const path = `/api/pages/${page.id}?locale=de&depth=0`
      await get(path)
      expect((await get(path)).cache).toBe('hit')
      const saved = await new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', join(import.meta.dirname, 'helpers', 'save-elsewhere.ts'), String(page.id), 'Nachher'],
          { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] },
        )
        let output = ''
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
        child.on('exit', (code) => resolve({ code, output }))
      })
      expect(saved.code, saved.output).toBe(0)
      // PostgreSQL: the notification travels on its own connection; it arrives within moments of the commit.
      await expect
        .poll(async () => {
          const after = await get(path)
          return [after.cache, after.body.title]
        })
        .toEqual(['miss', 'Nachher'])
    },
  )

  it.runIf(testDatabaseKind() === 'postgres')(
    'serves nothing from the cache while its listening connection is lost, and listens again (PostgreSQL)',
    { timeout: 60_000 },
    async () => {
      const page = await seedEntry(cms.payload, 'pages', 'lauscher', { title: 'Gehört' })
      const path = `/api/pages/${page.id}?locale=de&depth=0`
      await get(path)
      expect((await get(path)).cache).toBe('hit')
      const { default: pg } = await import('pg')
      const admin = new pg.Client({ connectionString: cms.databaseUri })
      await admin.connect()
      const cut = await admin.query(
        `SELECT pg_terminate_backend(pid) AS cut FROM pg_stat_activity
         WHERE datname = current_database() AND query = 'LISTEN ki_api_cache'`,
      )
      await admin.end()
      expect(cut.rows).toEqual([{ cut: true }])
      // A commit made now would not be announced to this process: until it listens again, every read is computed.
      await expect.poll(async () => (await get(path)).cache).toBe('miss')
      expect((await get(path)).cache).toBe('miss')
      // Back after RELISTEN_MS (2 s): answers are kept again.
      await expect.poll(async () => (await get(path)).cache, { timeout: 20_000, interval: 500 }).toBe('hit')
    },
  )

  it('stays within its size bound, dropping the least recently used answer', async () => {
    const { ResponseCache } = await import('../../src/api-cache/responses')
    const pages = await Promise.all(
      ['a', 'b', 'c'].map((n) => seedEntry(cms.payload, 'pages', `platz-${n}`, { title: `Platz ${n}` })),
    )
    const probe: ApiCache = { responses: new ResponseCache(1024 * 1024), pendingCommits: new Set() }
    await get(`/api/pages/${pages[0].id}?locale=de&depth=0`, { handler: cacheOf(probe) })
    // Room for two of these answers, not three.
    const bound = Math.floor(probe.responses.bytes * 2.5)
    const small: ApiCache = { responses: new ResponseCache(bound), pendingCommits: new Set() }
    const read = async (index: number) =>
      (await get(`/api/pages/${pages[index].id}?locale=de&depth=0`, { handler: cacheOf(small) })).cache
    const states = [await read(0), await read(1), await read(0), await read(2)]
    const stored = [small.responses.size, small.responses.bytes <= bound]
    states.push(await read(1), await read(2))
    expect(states).toEqual(['miss', 'miss', 'hit', 'miss', 'miss', 'hit'])
    expect(stored).toEqual([2, true])
  })
})
