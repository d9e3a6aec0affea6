/**
 * The shipped nginx configuration for the CMS (deploy/nginx/cms.conf): anonymous API reads are shared for a few
 * seconds, anything that may be signed in is never served from or put into the cache, and while the CMS fails,
 * readers get the last answer. The real nginx (../nginx.ts) in front of a small HTTP server on loopback that stands
 * in for the CMS: it counts what reaches it, so each case can tell whether nginx answered alone. A second stand-in
 * is the readers' CMS process (127.0.0.1:3001 in the file), so each case can also tell which process answered.
 */
import type { ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ROOT } from '../../lib/paths'
import { cmsProxyConfig, NGINX, startNginx } from '../../lib/nginx'

const NGINX_PORT = 5314
const CMS_PORT = 5315
const READERS_PORT = 5316
const CONF = join(ROOT, 'deploy', 'nginx', 'cms.conf')
/** The configuration's `proxy_cache_valid 200 …s`. */
const KEPT_SECONDS = Number(/proxy_cache_valid 200 (\d+)s;/.exec(readFileSync(CONF, 'utf8'))?.[1])

const scratch = mkdtempSync(join(tmpdir(), 'ki-nginx-cms-'))
let nginx: ChildProcess | undefined
let cms: Server | undefined
let readers: Server | undefined
/** What reached either stand-in: method and address, in order. */
let reached: string[] = []
/** Which process each of those went to: "editors" (the CMS, :3000) or "readers" (:3001). */
let processes: string[] = []
/** The stand-in answers 503 while this is set (a CMS that restarts or fails). */
let failing = false

const standIn = (name: string) => (request: IncomingMessage, response: ServerResponse) => {
  reached.push(`${request.method} ${request.url}`)
  processes.push(name)
  const url = new URL(request.url ?? '/', 'http://cms')
  const respond = () => {
    if (failing) return response.writeHead(503, { 'content-type': 'text/plain' }).end('restarting')
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (url.searchParams.has('login')) headers['set-cookie'] = 'payload-token=abc; HttpOnly'
    if (url.searchParams.has('private')) headers['cache-control'] = 'private'
    const origin = request.headers.origin
    if (origin) headers['access-control-allow-origin'] = origin
    response.writeHead(200, headers).end(JSON.stringify({ path: url.pathname, answer: reached.length }))
  }
  // ?slow: an answer that takes a while, so that readers arriving meanwhile find it not yet stored.
  if (url.searchParams.has('slow')) setTimeout(respond, 400)
  else respond()
}

type Reply = { status: number; cache: string | undefined; body: string }

function ask(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`http://127.0.0.1:${NGINX_PORT}${path}`, { method, headers }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, cache: response.headers['x-proxy-cache'] as string, body }),
      )
    })
    request.on('error', reject)
    request.end()
  })
}

/** Asks twice in a row; what nginx said each time and how many of the two reached the CMS. */
async function twice(path: string, headers: Record<string, string> = {}, method = 'GET') {
  reached = []
  processes = []
  const first = await ask(path, headers, method)
  const second = await ask(path, headers, method)
  return { states: [first.cache, second.cache], reachedCms: reached.length, same: first.body === second.body }
}

describe.skipIf(!existsSync(NGINX))(`the shipped nginx configuration for the CMS (${NGINX})`, () => {
  beforeAll(async () => {
    cms = createServer(standIn('editors'))
    readers = createServer(standIn('readers'))
    await new Promise<void>((resolve) => cms!.listen(CMS_PORT, '127.0.0.1', resolve))
    await new Promise<void>((resolve) => readers!.listen(READERS_PORT, '127.0.0.1', resolve))
    const conf = cmsProxyConfig(scratch, { port: NGINX_PORT, cmsPort: CMS_PORT, readersPort: READERS_PORT })
    nginx = await startNginx(scratch, conf, NGINX_PORT)
  })

  afterAll(async () => {
    nginx?.kill('SIGQUIT')
    if (cms) await new Promise((resolve) => cms!.close(resolve))
    if (readers?.listening) {
      readers.closeAllConnections()
      await new Promise((resolve) => readers!.close(resolve))
    }
    rmSync(scratch, { recursive: true, force: true })
  })

  it('keeps an anonymous API read: the second reader is answered by nginx alone, with the same body', async () => {
    expect(KEPT_SECONDS).toBeGreaterThan(0)
    expect(await twice('/api/pages?where[slug][equals]=start')).toEqual({
      states: ['MISS', 'HIT'],
      reachedCms: 1,
      same: true,
    })
  })

  it.each([
    ['a session cookie', '/api/pages?cookie', { cookie: 'payload-token=eyJ' }],
    ['any other cookie', '/api/pages?othercookie', { cookie: 'theme=dark' }],
    ['an Authorization header', '/api/pages?authorization', { authorization: 'users API-Key 123' }],
  ])('never serves or stores a read with %s', async (_, path, headers) => {
    expect(await twice(path, headers)).toEqual({ states: ['BYPASS', 'BYPASS'], reachedCms: 2, same: false })
    // Nor did the signed-in answer land in the cache for the next anonymous reader.
    expect((await twice(path)).states).toEqual(['MISS', 'HIT'])
  })

  it.each(['/api/pages?draft=true', '/api/pages?Draft=1', '/api/pages?depth=0&draftOnly=1'])(
    'never caches a draft read (%s)',
    async (path) => {
      expect(await twice(path)).toEqual({ states: ['BYPASS', 'BYPASS'], reachedCms: 2, same: false })
    },
  )

  it('never caches the accounts collection, an answer that sets a cookie or says private, or a POST', async () => {
    for (const path of ['/api/users/me', '/api/users?limit=1'])
      expect({ path, ...(await twice(path)) }).toEqual({
        path,
        states: [undefined, undefined],
        reachedCms: 2,
        same: false,
      })
    expect((await ask('/api/users?limit=1')).status).toBe(200)
    expect(await twice('/api/pages?login')).toMatchObject({ reachedCms: 2, same: false })
    expect(await twice('/api/pages?private')).toMatchObject({ reachedCms: 2, same: false })
    expect(await twice('/api/reader-messages/send', {}, 'POST')).toMatchObject({ reachedCms: 2, same: false })
  })

  it('leaves the admin alone: its pages always reach the CMS', async () => {
    expect(await twice('/admin/collections/pages')).toEqual({
      states: [undefined, undefined],
      reachedCms: 2,
      same: false,
    })
  })

  it('keeps one answer per Origin (Payload’s CORS headers name it)', async () => {
    reached = []
    const site = await ask('/api/events?origin', { origin: 'https://www.example.org' })
    const other = await ask('/api/events?origin', { origin: 'https://other.example.org' })
    const siteAgain = await ask('/api/events?origin', { origin: 'https://www.example.org' })
    expect([site.cache, other.cache, siteAgain.cache, reached.length]).toEqual(['MISS', 'MISS', 'HIT', 2])
  })

  it('asks the CMS once for ten readers arriving together at an answer not yet stored', async () => {
    reached = []
    const replies = await Promise.all(Array.from({ length: 10 }, () => ask('/api/documents?slow')))
    expect(replies.map((reply) => reply.status)).toEqual(Array(10).fill(200))
    expect(new Set(replies.map((reply) => reply.body)).size).toBe(1)
    expect(reached).toEqual(['GET /api/documents?slow'])
  })

  it('sends anonymous API requests to the readers’ process, and the admin and anything signed in to the editors’', async () => {
    expect(await twice('/api/events?which-process')).toMatchObject({ reachedCms: 1 })
    expect(processes).toEqual(['readers'])
    await twice('/api/reader-messages/send', {}, 'POST')
    expect(processes).toEqual(['readers', 'readers'])
    const signedIn: Record<string, string>[] = [{ cookie: 'payload-token=eyJ' }, { authorization: 'JWT eyJ' }]
    for (const headers of signedIn) {
      await twice('/api/events?which-process-signed-in', headers)
      expect({ headers, processes }).toEqual({ headers, processes: ['editors', 'editors'] })
    }
    await twice('/admin/collections/events')
    expect(processes).toEqual(['editors', 'editors'])
    // Signing in is anonymous, and the session it starts belongs to the editors' process.
    await twice('/api/users/login', {}, 'POST')
    expect(processes).toEqual(['editors', 'editors'])
  })

  it('answers with the last answer while the CMS fails, once it is out of date', async () => {
    const stored = await ask('/api/indicators?stale')
    expect(stored.cache).toBe('MISS')
    await sleep((KEPT_SECONDS + 1) * 1000)
    failing = true
    try {
      reached = []
      const during = await ask('/api/indicators?stale')
      expect([during.status, during.cache, during.body]).toEqual([200, 'STALE', stored.body])
      // nginx asks the CMS again beside the answer (background update), which keeps failing.
      await expect.poll(() => reached, { timeout: 2_000 }).toEqual(['GET /api/indicators?stale'])
      // Without an earlier answer the reader gets the CMS's own error.
      expect((await ask('/api/indicators?never-stored')).status).toBe(503)
    } finally {
      failing = false
    }
  })

  // Last: nginx takes the stopped process out of its list for a while (fail_timeout), which would steer the others.
  it('hands anonymous requests to the editors’ process when no readers’ process runs', async () => {
    const closed = new Promise((resolve) => readers!.close(resolve))
    // nginx keeps idle connections to it open (keepalive): close those too, as a stopped process does.
    readers!.closeAllConnections()
    await closed
    expect(await twice('/api/events?no-readers')).toMatchObject({ states: ['MISS', 'HIT'], reachedCms: 1 })
    expect(processes).toEqual(['editors'])
    expect(await twice('/api/pages?no-readers', {}, 'POST')).toMatchObject({ reachedCms: 2 })
    expect(processes).toEqual(['editors', 'editors'])
  })
})
