/**
 * The shipped nginx configuration (deploy/nginx/site.conf) answers like the project's own site server: a request
 * for exactly `/` goes to the browser's language, nothing else is redirected, and the headers are the same. Runs the
 * real nginx (../nginx.ts) and the site server side by side over the same small site folder, and compares their
 * answers request by request.
 */
import type { ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { request as httpRequest, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { negotiableLocales } from '../../../site/src/i18n/accept-language.ts'
import { locales } from '../../../site/src/i18n/locales.ts'
import { ROOT } from '../../lib/paths'
import { securityHeaders, serveStatic } from '../../lib/static-server'
import { getAnswer, type Answer } from '../http-answer'
import { NGINX, startNginx } from '../../lib/nginx'

const NGINX_PORT = 5312
const NODE_PORT = 5313
const CONF = join(ROOT, 'deploy', 'nginx', 'site.conf')
const HEADERS_CONF = join(ROOT, 'deploy', 'nginx', 'ki-site-headers.conf')

const scratch = mkdtempSync(join(tmpdir(), 'ki-nginx-'))
const site = join(scratch, 'site')
let nginx: ChildProcess | undefined
let server: Server | undefined

/** The shipped file, pointed at the scratch folder and a loopback port; nothing else changed. */
function testConfig(): string {
  return readFileSync(CONF, 'utf8')
    .replace(/listen 80;/, `listen 127.0.0.1:${NGINX_PORT};`)
    .replace(/root \/srv\/ki-portal\/data\/site;/, `root ${site};`)
    .replaceAll('/etc/nginx/snippets/ki-site-headers.conf', HEADERS_CONF)
    .replace('proxy_pass http://127.0.0.1:4321;', `proxy_pass http://127.0.0.1:${NODE_PORT};`)
}

const get = (port: number, path: string, language: string | undefined) =>
  getAnswer(`http://127.0.0.1:${port}${path}`, language)

describe.skipIf(!existsSync(NGINX))(`the shipped nginx configuration (${NGINX})`, () => {
  beforeAll(async () => {
    mkdirSync(site)
    writeFileSync(join(site, 'index.html'), '<h1>Sprache wählen</h1>')
    writeFileSync(join(site, '404.html'), '<h1>Seite nicht gefunden</h1>')
    for (const locale of locales) {
      mkdirSync(join(site, locale.path, 'dokumente'), { recursive: true })
      writeFileSync(join(site, locale.path, 'index.html'), `<h1>${locale.label}</h1>`)
      writeFileSync(join(site, locale.path, '404.html'), `<h1>404 ${locale.code}</h1>`)
      writeFileSync(join(site, locale.path, 'dokumente', 'index.html'), `<h1>${locale.code}: Dokumente</h1>`)
    }
    server = await serveStatic(site, NODE_PORT)
    nginx = await startNginx(scratch, testConfig(), NGINX_PORT)
  })

  afterAll(async () => {
    nginx?.kill('SIGQUIT')
    if (server) await new Promise((resolve) => server!.close(resolve))
    rmSync(scratch, { recursive: true, force: true })
  })

  const browsers: (string | undefined)[] = [
    'de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7',
    'tr-TR,tr;q=0.9,de;q=0.8',
    'ar-EG,ar;q=0.9,en;q=0.8',
    'fa-IR,fa;q=0.9',
    'prs-AF',
    'uk-UA,uk;q=0.9,ru;q=0.8',
    'ru',
    'PL-pl',
    'ro-RO,ro;q=0.9',
    'bg-BG,bg;q=0.9',
    'en-GB,en;q=0.9',
    'de-x-ls,de;q=0.9',
    'ja-JP,ja;q=0.9,tr;q=0.5',
    'ja-JP,ja;q=0.9',
    'deu,eng',
    'de;q=0,en',
    'tr;q=0',
    'tr;q=0.0,bg;q=0.1',
    '*',
    '',
    undefined,
  ]

  it.each(browsers)('answers / for "%s" as the site server does', async (language) => {
    const [fromNginx, fromNode] = await Promise.all([get(NGINX_PORT, '/', language), get(NODE_PORT, '/', language)])
    const shape = (answer: Answer) => ({
      status: answer.status,
      location: answer.location,
      vary: answer.vary,
      cacheControl: answer.cacheControl,
      page: answer.status === 200 ? answer.body : '',
    })
    expect(shape(fromNginx)).toEqual(shape(fromNode))
  })

  it('sends a Turkish, an Arabic and a Persian browser to their start pages with a 302 that varies by language', async () => {
    const answers = await Promise.all(['tr-TR', 'ar-EG', 'fa-IR'].map((language) => get(NGINX_PORT, '/', language)))
    expect(answers.map((answer) => [answer.status, answer.location, answer.vary])).toEqual([
      [302, '/tr/', 'Accept-Language'],
      [302, '/ar/', 'Accept-Language'],
      [302, '/fa/', 'Accept-Language'],
    ])
  })

  it.each(['/index.html', '/?utm_source=flyer', '/de/', '/de/dokumente/', '/leichte-sprache/'])(
    'never redirects %s, whatever the browser asks for',
    async (path) => {
      const answer = await get(NGINX_PORT, path, 'tr-TR,tr;q=0.9')
      expect([answer.status, answer.location]).toEqual([200, undefined])
    },
  )

  it('answers a missing page with the 404 page of its language, as the site server does', async () => {
    const paths = ['/tr/gibt-es-nicht/', '/gibt-es-nicht/', '/xx/gibt-es-nicht/']
    const answers = await Promise.all(paths.map((path) => get(NGINX_PORT, path, 'tr')))
    const expected = await Promise.all(paths.map((path) => get(NODE_PORT, path, 'tr')))
    expect(answers.map((answer) => [answer.status, answer.body])).toEqual(
      expected.map((answer) => [answer.status, answer.body]),
    )
    expect(answers.map((answer) => answer.body)).toEqual([
      '<h1>404 tr</h1>',
      '<h1>Seite nicht gefunden</h1>',
      '<h1>Seite nicht gefunden</h1>',
    ])
  })

  it('sends the site server’s security headers on pages and redirects', async () => {
    const expected = securityHeaders()
    for (const [path, language] of [
      ['/', 'tr'],
      ['/', 'ja'],
      ['/de/', 'tr'],
    ] as const) {
      const headers = await new Promise<Record<string, string | string[] | undefined>>((resolve, reject) =>
        httpRequest({ host: '127.0.0.1', port: NGINX_PORT, path, headers: { 'Accept-Language': language } }, (res) => {
          res.resume()
          resolve(res.headers)
        })
          .on('error', reject)
          .end(),
      )
      const sent = Object.fromEntries(Object.keys(expected).map((name) => [name, headers[name.toLowerCase()]]))
      expect(sent, `${path} (${language})`).toEqual(expected)
    }
  })
})

describe('deploy/nginx/site.conf', () => {
  it('names exactly the languages the site server chooses from (and Dari for Persian)', () => {
    const conf = readFileSync(CONF, 'utf8')
    const listed = /\(\?<language>([a-z|]+)\)/.exec(conf)?.[1].split('|') ?? []
    expect(listed.sort()).toEqual([...negotiableLocales, 'prs'].sort())
    const targets = [...conf.matchAll(/"~\*\^\/ [^"]+" (\/[a-z-]+\/);/g)].map((match) => match[1])
    expect(targets.sort()).toEqual(negotiableLocales.map((code) => `/${code}/`).sort())
  })
})
