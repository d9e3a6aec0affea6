/**
 * The project's own site server (npm run serve / npm start) sends a reader who opens `/` to the start page in
 * their browser's language, and nobody anywhere else: tested over real HTTP against a small site folder.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { locales } from '../../site/src/i18n/locales.ts'
import { languageRedirect, serveStatic } from '../lib/static-server'
import { getAnswer } from './http-answer'

const PORT = 5310
const origin = `http://127.0.0.1:${PORT}`
const root = mkdtempSync(join(tmpdir(), 'ki-language-'))
let server: Server

beforeAll(async () => {
  writeFileSync(join(root, 'index.html'), '<h1>Sprache wählen</h1>')
  for (const locale of locales) {
    mkdirSync(join(root, locale.path, 'dokumente'), { recursive: true })
    writeFileSync(join(root, locale.path, 'index.html'), `<h1>${locale.label}</h1>`)
    writeFileSync(join(root, locale.path, 'dokumente', 'index.html'), `<h1>${locale.code}: Dokumente</h1>`)
  }
  server = await serveStatic(root, PORT)
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  rmSync(root, { recursive: true, force: true })
})

const get = (path: string, language: string | undefined, method = 'GET') =>
  getAnswer(`${origin}${path}`, language, method)

describe('a reader who opens / is sent to their browser’s language', () => {
  const rows = [
    { header: 'de-DE,de;q=0.9,en;q=0.8', to: '/de/' },
    { header: 'tr-TR,tr;q=0.9,de;q=0.8', to: '/tr/' },
    { header: 'ar-EG,ar;q=0.9', to: '/ar/' },
    { header: 'fa-IR,fa;q=0.9,en;q=0.5', to: '/fa/' },
    { header: 'en;q=0.2,uk;q=0.9', to: '/uk/' },
  ]

  it.each(rows)('"$header" → 302 to $to, varying by Accept-Language, not cached', async ({ header, to }) => {
    const answer = await get('/', header)
    expect([answer.status, answer.location, answer.vary, answer.cacheControl]).toEqual([
      302,
      to,
      'Accept-Language',
      'no-cache',
    ])
  })

  it('lands on the start page in one step, never in a loop', async () => {
    const response = await fetch(`${origin}/`, { headers: { 'Accept-Language': 'pl-PL,pl;q=0.9' } })
    expect([response.status, new URL(response.url).pathname, response.redirected]).toEqual([200, '/pl/', true])
    expect(await response.text()).toBe('<h1>Polski</h1>')
  })

  it('answers HEAD the same way', async () => {
    const answer = await get('/', 'ro-RO', 'HEAD')
    expect([answer.status, answer.location]).toEqual([302, '/ro/'])
  })
})

describe('the language choice', () => {
  it.each([
    { why: 'no Accept-Language at all', header: undefined },
    { why: 'only languages the site does not have', header: 'ja-JP,ja;q=0.9,zh;q=0.8' },
    { why: 'any language (*)', header: '*' },
    { why: 'nothing but a refusal of German', header: 'de;q=0' },
  ])('is what / shows for $why, varying by Accept-Language', async ({ header }) => {
    const answer = await get('/', header)
    expect([answer.status, answer.body, answer.vary]).toEqual([200, '<h1>Sprache wählen</h1>', 'Accept-Language'])
  })

  it('is always reachable at /index.html (the language switchers’ "Alle Sprachen"), whatever the browser asks for', async () => {
    const answer = await get('/index.html', 'tr-TR,tr;q=0.9')
    expect([answer.status, answer.location, answer.body]).toEqual([200, undefined, '<h1>Sprache wählen</h1>'])
  })
})

describe('no other address is ever sent to another language', () => {
  it.each(['/de/', '/de/dokumente/', '/en/', '/leichte-sprache/', '/?utm_source=flyer'])(
    '%s with a Turkish browser is served as it is',
    async (path) => {
      const answer = await get(path, 'tr-TR,tr;q=0.9')
      expect([answer.status, answer.location]).toEqual([200, undefined])
    },
  )

  it('leaves every request target but exactly "/" alone', () => {
    const targets = ['/index.html', '/?', '/?a=1', '//', '/de/', '/tr/dokumente/', '/%2F', '']
    expect(targets.map((target) => languageRedirect(target, 'tr'))).toEqual(targets.map(() => undefined))
    expect(languageRedirect('/', 'tr')).toBe('/tr/')
    expect(languageRedirect('/', 'de-x-ls')).toBe('/de/')
  })
})

describe('a request target that is no plain path', () => {
  const sent = (target: string) => getAnswer(origin, undefined, 'GET', target)

  it.each([
    { target: '//', status: 200, location: undefined },
    { target: '//de', status: 301, location: '/de/' },
    { target: '///tr/dokumente', status: 301, location: '/tr/dokumente/' },
    { target: '*', status: 400, location: undefined },
    { target: 'javascript:alert(1)', status: 400, location: undefined },
    { target: 'http://127.0.0.1/de/', status: 200, location: undefined },
  ])('$target answers $status, never a Location naming another host', async ({ target, status, location }) => {
    const answer = await sent(target)
    expect([answer.status, answer.location]).toEqual([status, location])
  })

  it('leaves the server answering (a bare "//" once stopped it)', async () => {
    for (const target of ['//', '*', '//de']) await sent(target)
    expect((await get('/de/', undefined)).status).toBe(200)
  })
})
