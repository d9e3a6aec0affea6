import { createServer, connect, type AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RestHandler } from '../../src/api-cache/route'
import type { ApiCache } from '../../src/api-cache/shared'
import { Admission, PRIORITY_MAX_MS, sharedAdmission } from '../../src/api-load/admission'
import { editorsFirst } from '../../src/api-load/priority'
import { createUser, login, seedEntry } from './fixtures'
import { queueDailyRuns, startTestCms, type TestCms } from './payload'

process.env.API_CACHE = 'on'
delete process.env.API_CACHE_MB

let cms: TestCms
let token: string
let restGet: RestHandler
let routeOf: (admission: Admission, cache?: ApiCache) => RestHandler
/** The `where[title][not_equals]` marker of every request Payload's own handler computed, in order. */
let computed: string[]

beforeAll(async () => {
  cms = await startTestCms()
  await queueDailyRuns(cms.payload)
  await createUser(cms.payload, 'last@example.org', ['editor'])
  token = await login('last@example.org')
  for (const name of ['eins', 'zwei']) await seedEntry(cms.payload, 'pages', `last-${name}`, { title: `Last ${name}` })
  const { REST_GET } = await import('@payloadcms/next/routes')
  const { default: config } = await import('../../src/payload.config')
  const { cachedRestGet } = await import('../../src/api-cache/route')
  const { ResponseCache } = await import('../../src/api-cache/responses')
  const payloadHandler = REST_GET(config)
  restGet = async (request, args) => {
    computed.push(new URL(request.url).searchParams.get('where[title][not_equals]') ?? '')
    return payloadHandler(request, args)
  }
  routeOf = (admission, cache = { responses: new ResponseCache(1 << 24), pendingCommits: new Set() }) =>
    cachedRestGet(config, restGet, cache, admission)
})
afterAll(async () => {
  await cms?.close()
})

/** A list read no other request shares (its own filter), so it is computed, not served from the cache. */
const listPath = (marker: string) => `/api/pages?where[title][not_equals]=${marker}&sort=title&locale=de&depth=0`

type Sent = { status: number; cache: string | null; titles: string[] }

function send(
  route: RestHandler,
  path: string,
  { signal = new AbortController().signal, auth }: { signal?: AbortSignal; auth?: string } = {},
): Promise<Sent> {
  const headers = new Headers(auth ? { Authorization: `JWT ${auth}` } : {})
  const slug = path
    .split('?')[0]
    .replace(/^\/api\//, '')
    .split('/')
  return route(new Request(`http://localhost:3000${path}`, { headers, signal }), {
    params: Promise.resolve({ slug }),
  }).then(async (response) => {
    const text = await response.text()
    const docs = text ? ((JSON.parse(text) as { docs?: { title: string }[] }).docs ?? []) : []
    return { status: response.status, cache: response.headers.get('x-cache'), titles: docs.map((doc) => doc.title) }
  })
}

/** Takes every place of `admission` until the returned function is called. */
function occupy(admission: Admission): () => Promise<void> {
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  const running = Promise.all(
    Array.from({ length: admission.limit }, () => admission.run(new AbortController().signal, () => held)),
  )
  return async () => {
    release()
    await running
  }
}

/** Lets pending promise callbacks and Payload's first awaits run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 200))

describe('anonymous reads under load', () => {
  it('a reader who gave up while waiting costs the CMS no work', async () => {
    computed = []
    const admission = new Admission(1)
    const route = routeOf(admission)
    const free = occupy(admission)
    const gone = new AbortController()
    const abandoned = send(route, listPath('aufgegeben'), { signal: gone.signal })
    const waiting = send(route, listPath('geduldig'))
    await settle()
    const queuedBefore = admission.queued
    gone.abort()
    const queuedAfter = admission.queued
    await free()
    expect([queuedBefore, queuedAfter]).toEqual([2, 1])
    expect(await abandoned).toEqual({ status: 499, cache: null, titles: [] })
    expect(await waiting).toEqual({ status: 200, cache: 'miss', titles: ['Last eins', 'Last zwei'] })
    expect(computed).toEqual(['geduldig'])
  })

  it('waiting readers are answered in the order they came', async () => {
    computed = []
    const admission = new Admission(1)
    const route = routeOf(admission)
    const free = occupy(admission)
    const answers = ['erste', 'zweite', 'dritte', 'vierte'].map((marker) => send(route, listPath(marker)))
    await settle()
    const queued = admission.queued
    await free()
    expect((await Promise.all(answers)).map((answer) => answer.status)).toEqual([200, 200, 200, 200])
    expect([queued, computed]).toEqual([4, ['erste', 'zweite', 'dritte', 'vierte']])
  })

  it('an editor is answered at once while anonymous readers wait', async () => {
    computed = []
    const admission = new Admission(1)
    const route = routeOf(admission)
    const free = occupy(admission)
    const anonymous = send(route, listPath('anonym'))
    await settle()
    const editor = await send(route, listPath('redaktion'), { auth: token })
    const stillWaiting = [admission.queued, [...computed]]
    await free()
    expect(editor).toEqual({ status: 200, cache: 'bypass', titles: ['Last eins', 'Last zwei'] })
    expect(stillWaiting).toEqual([1, ['redaktion']])
    expect((await anonymous).cache).toBe('miss')
  })

  it('a cached answer waits its turn too, and a reader who left before it is not answered', async () => {
    computed = []
    const admission = new Admission(1)
    const route = routeOf(admission)
    const first = await send(route, listPath('beliebt'))
    const free = occupy(admission)
    const gone = new AbortController()
    const abandoned = send(route, listPath('beliebt'), { signal: gone.signal })
    const second = send(route, listPath('beliebt'))
    await settle()
    const queued = admission.queued
    gone.abort()
    await free()
    expect([queued, (await abandoned).status]).toEqual([2, 499])
    expect([first.cache, (await second).cache, (await second).titles, computed]).toEqual([
      'miss',
      'hit',
      ['Last eins', 'Last zwei'],
      ['beliebt'],
    ])
  })

  it('ten readers of one answer that is not cached yet compute it once per place, the others get it from the cache', async () => {
    computed = []
    const route = routeOf(new Admission(2))
    const answers = await Promise.all(Array.from({ length: 10 }, () => send(route, listPath('ansturm'))))
    expect(answers.map((answer) => answer.cache)).toEqual([
      ...Array<string>(2).fill('miss'),
      ...Array<string>(8).fill('hit'),
    ])
    expect(new Set(answers.map((answer) => answer.titles.join()))).toEqual(new Set(['Last eins,Last zwei']))
    expect(computed).toEqual(['ansturm', 'ansturm'])
  })

  it('between two pieces of waiting work the process accepts new connections', async () => {
    // Work that never waits for I/O (Payload's reads on SQLite): admitted as microtasks, the whole queue ran before
    // the event loop turned once, and a reader on a new connection waited until it was empty.
    const busy = (ms: number) => {
      const end = performance.now() + ms
      while (performance.now() < end);
    }
    const admission = new Admission(1)
    const events: string[] = []
    const server = createServer((socket) => {
      events.push('connection')
      socket.end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    let release!: () => void
    const first = admission.run(new AbortController().signal, () => new Promise<void>((done) => (release = done)))
    const waiting = Array.from({ length: 20 }, (_, index) =>
      admission.run(new AbortController().signal, () => {
        events.push(`work ${index}`)
        busy(5)
        return Promise.resolve()
      }),
    )
    const { port } = server.address() as AddressInfo
    await new Promise((resolve) => setImmediate(resolve))
    release()
    const client = connect(port, '127.0.0.1')
    await Promise.all([first, ...waiting])
    await new Promise((resolve) => setTimeout(resolve, 50))
    client.destroy()
    await new Promise((resolve) => server.close(resolve))
    expect(events.filter((event) => event.startsWith('work'))).toHaveLength(20)
    expect(events.indexOf('connection')).toBeGreaterThanOrEqual(0)
    expect(events.indexOf('connection')).toBeLessThan(events.indexOf('work 19'))
  })

  it('API_ANONYMOUS_READS sets the number of places; a value the CMS cannot read names the variable', async () => {
    const { anonymousReadLimit } = await import('../../src/api-load/admission')
    expect(anonymousReadLimit({ API_ANONYMOUS_READS: '3' })).toBe(3)
    expect(() => anonymousReadLimit({ API_ANONYMOUS_READS: '0' })).toThrow(
      'API_ANONYMOUS_READS must be a whole number of at least 1, not "0".',
    )
  })

  it("while an editor's request runs no waiting reader is admitted; they go on when it is done", async () => {
    computed = []
    const admission = new Admission(2)
    let finishEditor = () => {}
    const editor = admission.prioritise(() => new Promise<void>((resolve) => (finishEditor = resolve)))
    const reader = send(routeOf(admission), listPath('nach-der-redaktion'))
    await settle()
    const during = [admission.prioritised, admission.running, admission.queued, [...computed]]
    finishEditor()
    await editor
    expect(during).toEqual([1, 0, 1, []])
    expect((await reader).titles).toEqual(['Last eins', 'Last zwei'])
    expect([admission.prioritised, admission.running, admission.queued]).toEqual([0, 0, 0])
  })

  it('an editor holds readers back for the tail of a page at most, and never longer than the bound', async () => {
    const admission = new Admission(1)
    const readAfter = async () => {
      const started = performance.now()
      await admission.run(new AbortController().signal, () => Promise.resolve())
      return performance.now() - started
    }
    void admission.prioritise(() => Promise.resolve(), 300)
    const afterTail = await readAfter()
    let finishEditor = () => {}
    const endless = admission.prioritise(() => new Promise<void>((resolve) => (finishEditor = resolve)))
    const afterBound = await readAfter()
    const stillRunning = admission.prioritised
    finishEditor()
    await endless
    expect(afterTail).toBeGreaterThanOrEqual(290)
    expect(afterTail).toBeLessThan(PRIORITY_MAX_MS)
    expect(afterBound).toBeGreaterThanOrEqual(PRIORITY_MAX_MS - 10)
    expect(stillRunning).toBe(0)
  })

  it('only a session Payload accepts goes ahead of readers: a forged or cross-site cookie, or none, does not', async () => {
    const holding = (headers: Headers) =>
      editorsFirst(headers, cms.payload, () => Promise.resolve(sharedAdmission().prioritised))
    expect([
      await holding(new Headers({ Authorization: `JWT ${token}` })),
      // A browser's navigation inside the admin: the session cookie with Sec-Fetch-Site, no Origin.
      await holding(new Headers({ cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin' })),
      await holding(new Headers({ cookie: `payload-token=${token}`, 'sec-fetch-site': 'cross-site' })),
      await holding(new Headers({ cookie: 'payload-token=gefaelscht.aber.lang', 'sec-fetch-site': 'same-origin' })),
      await holding(new Headers()),
    ]).toEqual([1, 1, 0, 0, 0])
    expect(sharedAdmission().prioritised).toBe(0)
  })

  it('an anonymous answer says how long it waited for its place and how long it then took (Server-Timing)', async () => {
    const admission = new Admission(1)
    const free = occupy(admission)
    const answer = routeOf(admission)(new Request(`http://localhost:3000${listPath('gestoppt')}`), {
      params: Promise.resolve({ slug: ['pages'] }),
    })
    await new Promise((resolve) => setTimeout(resolve, 300))
    await free()
    const timing = (await answer).headers.get('server-timing') ?? ''
    const [, queue, work] = /^queue;dur=([\d.]+), work;dur=([\d.]+)$/.exec(timing) ?? []
    expect(timing).toMatch(/^queue;dur=[\d.]+, work;dur=[\d.]+$/)
    expect(Number(queue)).toBeGreaterThanOrEqual(250)
    expect(Number(work)).toBeGreaterThan(0)
    expect(Number(work)).toBeLessThan(Number(queue))
  })
})
