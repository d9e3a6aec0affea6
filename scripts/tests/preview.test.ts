import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  isExpired,
  isPreviewToken,
  newPreviewToken,
  previewExpiry,
  previewTtlHours,
} from '../../cms/src/collections/SitePreviews/token'
import { finishPreview, previewsDirFor, publishPreview, readPreview, removeExpiredPreviews } from '../lib/preview'
import { serveStatic } from '../lib/static-server'

const PORT = 3401
const scratch = mkdtempSync(join(tmpdir(), 'ki-preview-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const write = (file: string, text: string) => {
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, text)
}
const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString()

describe('preview tokens', () => {
  it('are 256 random bits as 43 URL-safe characters, never the same twice', () => {
    const tokens = Array.from({ length: 1000 }, newPreviewToken)
    expect(new Set(tokens).size).toBe(1000)
    expect(tokens.every((token) => /^[A-Za-z0-9_-]{43}$/.test(token) && isPreviewToken(token))).toBe(true)
  })

  it('refuse anything else, so no other text reaches the disk or the database', () => {
    for (const text of ['', '..', '../../etc/passwd', 'a'.repeat(42), 'a'.repeat(44), `${'a'.repeat(42)}/`])
      expect(isPreviewToken(text)).toBe(false)
  })
})

describe('how long a preview lives', () => {
  it('is 24 hours unless PREVIEW_TTL_HOURS says otherwise', () => {
    expect(previewTtlHours({})).toBe(24)
    expect(previewTtlHours({ PREVIEW_TTL_HOURS: '' })).toBe(24)
    expect(previewTtlHours({ PREVIEW_TTL_HOURS: '2.5' })).toBe(2.5)
  })

  it('refuses a setting that is no number of hours, naming it', () => {
    for (const value of ['0', '-1', 'zwei', '721'])
      expect(() => previewTtlHours({ PREVIEW_TTL_HOURS: value })).toThrow(`PREVIEW_TTL_HOURS must be a number`)
  })

  it('ends exactly at the expiry time', () => {
    const made = new Date('2026-12-01T10:00:00.000Z')
    const expiresAt = previewExpiry(made, 24).toISOString()
    expect(expiresAt).toBe('2026-12-02T10:00:00.000Z')
    expect(isExpired(expiresAt, Date.parse('2026-12-02T09:59:59.999Z'))).toBe(false)
    expect(isExpired(expiresAt, Date.parse('2026-12-02T10:00:00.000Z'))).toBe(true)
    expect(isExpired('kein Datum')).toBe(true)
  })
})

/** A preview build as Astro writes it: the entry's pages in two languages, and the root pages every build has. */
function fakeBuild(folder: string): void {
  const page = (lang: string) =>
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Sprachcafé</title></head><body>` +
    `<a href="/de/veranstaltungen/sprachcafe/">Deutsch</a> <a href="/ar/veranstaltungen/sprachcafe/#inhalt">عربي</a>` +
    `<a href="/de/veranstaltungen/">Alle Veranstaltungen</a><a href="/de/veranstaltungen/sprachcafe.ics">ics</a></body></html>`
  write(join(folder, 'de/veranstaltungen/sprachcafe/index.html'), page('de'))
  write(join(folder, 'de/veranstaltungen/sprachcafe.ics'), 'BEGIN:VCALENDAR')
  write(join(folder, 'ar/veranstaltungen/sprachcafe/index.html'), page('ar'))
  write(join(folder, 'de/404.html'), '<html><head></head></html>')
  write(join(folder, 'sitemap.xml'), '<urlset><url><loc>/de/veranstaltungen/sprachcafe/</loc></url></urlset>')
  write(join(folder, 'robots.txt'), 'User-agent: *')
  write(join(folder, 'index.html'), '<meta http-equiv="refresh" content="0;url=/de/">')
}

describe('a rendered preview', () => {
  const token = newPreviewToken()
  const dir = join(scratch, 'previews')
  const build = join(scratch, 'build')

  it('keeps only the entry pages, marks them noindex and keeps its language links inside the preview', () => {
    fakeBuild(build)
    const manifest = finishPreview(build, { token, entry: 'events:7', expiresAt: hoursFromNow(1) })
    expect(manifest.pages).toEqual({ de: '/de/veranstaltungen/sprachcafe/', ar: '/ar/veranstaltungen/sprachcafe/' })
    for (const gone of ['sitemap.xml', 'robots.txt', 'index.html', 'de/404.html'])
      expect(existsSync(join(build, gone))).toBe(false)
    const html = readFileSync(join(build, 'de/veranstaltungen/sprachcafe/index.html'), 'utf8')
    expect(html).toContain('<head><meta name="robots" content="noindex, nofollow"><meta charset="utf-8">')
    expect(html).toContain(`<a href="/vorschau/${token}/ar/veranstaltungen/sprachcafe/#inhalt">`)
    expect(html).toContain(`<a href="/vorschau/${token}/de/veranstaltungen/sprachcafe.ics">`)
    // Pages outside the preview stay links to the live site.
    expect(html).toContain('<a href="/de/veranstaltungen/">')
    publishPreview(build, dir, token)
    expect(readPreview(dir, token)?.entry).toBe('events:7')
  })

  it('is deleted once it has expired; others stay', () => {
    const expired = newPreviewToken()
    write(
      join(dir, expired, 'preview.json'),
      JSON.stringify({ token: expired, entry: 'pages:1', expiresAt: hoursFromNow(-1), pages: {} }),
    )
    write(join(dir, 'kein-token', 'x.html'), '')
    expect(removeExpiredPreviews(dir).sort()).toEqual([expired, 'kein-token'].sort())
    expect(readPreview(dir, token)).toBeDefined()
  })
})

describe('replacing a rendered preview', () => {
  const dir = join(scratch, 'previews-replaced')
  const token = newPreviewToken()

  /** A rendering of `version`: a manifest and 40 pages that all name it. */
  function rendering(version: string): string {
    const folder = join(scratch, `rendering-${version}-${Math.random().toString(36).slice(2)}`)
    for (let page = 0; page < 40; page++) write(join(folder, `de/seite-${page}/index.html`), version)
    write(
      join(folder, 'preview.json'),
      JSON.stringify({ token, entry: version, expiresAt: hoursFromNow(1), pages: {} }),
    )
    return folder
  }

  it('never lets a reader see half of a rendering, or two mixed, while it is replaced again and again', async () => {
    publishPreview(rendering('A'), dir, token)
    // A reader in a thread of its own, reading the preview's manifest and pages as fast as it can.
    const reader = new Worker(
      `const { readFileSync } = require('node:fs'); const { join } = require('node:path');
       const { workerData, parentPort } = require('node:worker_threads');
       const folder = join(workerData.dir, workerData.token); const seen = { whole: 0, absent: 0, broken: [] };
       const until = Date.now() + workerData.ms;
       while (Date.now() < until) {
         let manifest; try { manifest = JSON.parse(readFileSync(join(folder, 'preview.json'), 'utf8')) } catch { seen.absent++; continue }
         const pages = []; for (let page = 0; page < 40; page++) { try { pages.push(readFileSync(join(folder, 'de/seite-' + page + '/index.html'), 'utf8')) } catch { pages.push('missing') } }
         if (pages.every((text) => text === manifest.entry)) { seen.whole++; continue }
         // A page gone while the same rendering's manifest is still there: a half-removed or half-written preview.
         let after; try { after = JSON.parse(readFileSync(join(folder, 'preview.json'), 'utf8')).entry } catch { continue }
         if (pages.includes('missing') && after === manifest.entry && seen.broken.length < 5) seen.broken.push(manifest.entry + ':' + pages.join(','));
       }
       parentPort.postMessage(seen)`,
      { eval: true, workerData: { dir, token, ms: 2500 } },
    )
    const seen = new Promise<{ whole: number; absent: number; broken: string[] }>((resolve) =>
      reader.once('message', resolve),
    )
    const started = Date.now()
    let replacements = 0
    while (Date.now() - started < 2400) {
      const version = replacements % 2 === 0 ? 'B' : 'A'
      const folder = rendering(version)
      publishPreview(folder, dir, token)
      replacements++
      await new Promise((resolve) => setImmediate(resolve))
    }
    const { whole, broken } = await seen
    await reader.terminate()
    expect(replacements).toBeGreaterThan(2)
    expect(whole).toBeGreaterThan(0)
    expect(broken).toEqual([])
    // Nothing of the replaced renderings or the staging stays behind.
    expect(readdirSync(dir)).toEqual([token])
  }, 20_000)

  it('the publisher removes what a killed publish left behind, but not a publish under way', () => {
    const stale = join(dir, `.staging-${token}-1-dead`)
    const young = join(dir, `.staging-${token}-2-busy`)
    const replaced = join(dir, `.old-${token}-1-dead`)
    for (const folder of [stale, young, replaced]) write(join(folder, 'preview.json'), '{}')
    const elevenMinutesAgo = new Date(Date.now() - 11 * 60 * 1000)
    utimesSync(stale, elevenMinutesAgo, elevenMinutesAgo)
    expect(removeExpiredPreviews(dir).sort()).toEqual([`.old-${token}-1-dead`, `.staging-${token}-1-dead`])
    expect(readdirSync(dir).sort()).toEqual([`.staging-${token}-2-busy`, token])
  })
})

describe('the site server and previews', () => {
  const site = join(scratch, 'site')
  const dir = previewsDirFor(site)
  const token = newPreviewToken()
  const expired = newPreviewToken()
  let server: Server
  const get = (path: string) => fetch(`http://localhost:${PORT}${path}`, { redirect: 'manual' })

  beforeAll(async () => {
    write(join(site, 'index.html'), '<html></html>')
    const build = join(scratch, 'build-served')
    fakeBuild(build)
    finishPreview(build, { token, entry: 'events:7', expiresAt: hoursFromNow(1) })
    publishPreview(build, dir, token)
    write(
      join(dir, expired, 'preview.json'),
      JSON.stringify({ token: expired, entry: 'pages:1', expiresAt: hoursFromNow(-1), pages: { de: '/de/x/' } }),
    )
    server = await serveStatic(site, PORT)
  })
  afterAll(() => server?.close())

  it('serves the preview with noindex and no caching', async () => {
    const response = await get(`/vorschau/${token}/ar/veranstaltungen/sprachcafe/`)
    expect(response.status).toBe(200)
    expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.text()).toContain('<html lang="ar">')
  })

  it('leads from the preview address in a language to the entry page in that language', async () => {
    const response = await get(`/vorschau/${token}/ar/`)
    expect(response.status).toBe(302)
    expect(response.headers.get('location')).toBe(`/vorschau/${token}/ar/veranstaltungen/sprachcafe/`)
    expect((await get(`/vorschau/${token}/`)).headers.get('location')).toBe(
      `/vorschau/${token}/de/veranstaltungen/sprachcafe/`,
    )
  })

  it('answers an expired preview with a German 410 page and deletes it', async () => {
    const response = await get(`/vorschau/${expired}/de/x/`)
    expect(response.status).toBe(410)
    expect(await response.text()).toContain('<h1>Vorschau abgelaufen</h1>')
    expect(existsSync(join(dir, expired))).toBe(false)
  })

  it('answers an unknown or malformed token with a German 404 page, and never shows the manifest', async () => {
    for (const path of [`/vorschau/${newPreviewToken()}/de/`, '/vorschau/../../etc/passwd', '/vorschau/'])
      expect([path, (await get(path)).status]).toEqual([path, 404])
    const unknown = await get(`/vorschau/${newPreviewToken()}/de/`)
    expect(await unknown.text()).toContain('<h1>Vorschau nicht gefunden</h1>')
    expect((await get(`/vorschau/${token}/preview.json`)).status).toBe(404)
  })
})
