/**
 * Accessible alternatives BITV 2.0 asks for, checked on the built site:
 * - every PDF document with extracted text has an HTML version (/<locale>/dokumente/<slug>/text/): a "Seite N"
 *   heading for each PDF page with text (the CMS's "Text je Seite"), the text in the document's language, linked
 *   from the document page and listed in the sitemap;
 * - the German start page has the German Sign Language (DGS) slot: a video with a captions track and a transcript,
 *   labelled as a sample, and the footer links the page "Gebärdensprache".
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { decodeEntities, fileForPath, readPage, requireDist, SITE_BUILT_BEFORE, type Page } from './dist.ts'
import { checkSitemap } from './sitemap-check.ts'

type CmsDocument = {
  slug: string
  fileLanguages: string[]
  pageCount?: number | null
  pageTexts?: { page: number; text: string }[] | null
}

let documents: CmsDocument[]

beforeAll(async () => {
  const cms = process.env.CMS_URL
  if (!cms) throw new Error('CMS_URL (set by scripts/test.ts) names the CMS the site was built from')
  // The documents as the checked site was built from them (browser tests add and change documents later).
  const before = encodeURIComponent(SITE_BUILT_BEFORE)
  const response = await fetch(
    `${cms}/api/documents?limit=1000&depth=0&locale=de&where[updatedAt][less_than]=${before}`,
  )
  expect(response.status).toBe(200)
  documents = ((await response.json()) as { docs: CmsDocument[] }).docs
})

const pageAt = (path: string): Page => {
  const file = fileForPath(path)
  if (!file) throw new Error(`${path} was not built`)
  return readPage(file)
}

/** The "Seite N" headings of the HTML version: their ids and texts. */
const pageHeadings = (page: Page) =>
  [...page.html.matchAll(/<h2 id="(seite-\d+)"[^>]*>([^<]*)<\/h2>/g)].map((match) => ({
    id: match[1],
    text: decodeEntities(match[2]).trim(),
  }))

describe('the HTML version of every PDF document', () => {
  it('exists for each seeded PDF, with one "Seite N" heading per page of extracted text, numbered as in the PDF', () => {
    const withText = documents.filter((doc) => (doc.pageTexts ?? []).some((page) => page.text.trim() !== ''))
    expect(withText.map((doc) => doc.slug).sort()).toEqual(documents.map((doc) => doc.slug).sort())
    expect(withText.length).toBeGreaterThanOrEqual(10)
    for (const doc of withText) {
      const pages = (doc.pageTexts ?? []).filter((page) => page.text.trim() !== '').map((page) => page.page)
      expect(pages.length, doc.slug).toBe(doc.pageCount)
      const headings = pageHeadings(pageAt(`/de/dokumente/${doc.slug}/text/`))
      expect(headings, doc.slug).toEqual(pages.map((number) => ({ id: `seite-${number}`, text: `Seite ${number}` })))
    }
  })

  it('has the title as h1, the note that it is the PDF’s text, and the text in the document’s language', () => {
    const page = pageAt('/tr/dokumente/kiko-umsetzungsbericht-2008-2012/text/')
    expect(page.html).toMatch(/<html lang="tr"/)
    expect(page.html).toMatch(/<h1[^>]*>KIKO uygulama raporu 2008–2012<\/h1>/)
    expect(page.html).toContain('Burada PDF dosyasının metnini sayfa sayfa bir web sayfası olarak okuyorsunuz.')
    // Page chrome in Turkish, the PDF's text in German.
    expect(pageHeadings(page)[0]).toEqual({ id: 'seite-1', text: 'Sayfa 1' })
    const sections = [...page.html.matchAll(/<h2 id="seite-\d+"[^>]*>[^<]*<\/h2>\s*<div lang="([^"]+)" dir="(\w+)"/g)]
    expect(sections.length).toBe(pageHeadings(page).length)
    expect(new Set(sections.map((match) => `${match[1]} ${match[2]}`))).toEqual(new Set(['de ltr']))
    expect(page.html).toContain('Brückenbauer')
  })

  it('shows no running footer and no control characters in the text', () => {
    const page = pageAt('/de/dokumente/kiko-umsetzungsbericht-2008-2012/text/')
    expect(page.html).not.toMatch(/Musterdokument \(Beispieldaten\) – [^<]* – Seite \d+ von \d+/)
    // eslint-disable-next-line no-control-regex -- control characters are what is looked for
    expect(page.html).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/)
  })

  it('is linked from the document page in every locale', () => {
    for (const [locale, label] of [
      ['de', 'Als Webseite lesen (HTML-Fassung)'],
      ['ar', 'اقرأ كصفحة ويب (نسخة HTML)'],
      ['leichte-sprache', 'Als Web·seite lesen'],
    ]) {
      const page = pageAt(`/${locale}/dokumente/strategieplan-2014-2019/`)
      expect(page.html).toContain(`<a href="/${locale}/dokumente/strategieplan-2014-2019/text/">${label}</a>`)
    }
  })

  it('is in the sitemap for each document, with its address in every locale', () => {
    const sitemap = checkSitemap(requireDist())
    const paths = sitemap.locs.map((loc) => new URL(loc).pathname)
    const texts = paths.filter((path) => /^\/[\w-]+\/dokumente\/[^/]+\/text\/$/.test(path))
    expect(texts.length).toBe(documents.length * 11)
    expect(paths).toContain('/fa/dokumente/kiko-integrationskonzept/text/')
  })
})

describe('the German Sign Language (DGS) slot on the start page', () => {
  it('has a video with German captions and a transcript, labelled as a sample video', () => {
    const page = pageAt('/de/')
    const video = /<video[^>]*>([\s\S]*?)<\/video>/.exec(page.html)
    expect(video, 'a <video> on /de/').not.toBeNull()
    const source = /<source src="([^"]+)" type="([^"]+)"/.exec(video![1])!
    expect(source[2]).toBe('video/webm')
    const track = /<track kind="captions" src="([^"]+)" srclang="de"/.exec(video![1])!
    expect(track).not.toBeNull()
    const root = requireDist()
    const videoFile = join(root, source[1])
    expect(existsSync(videoFile), source[1]).toBe(true)
    expect(readFileSync(videoFile).subarray(0, 4)).toEqual(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]))
    expect(statSync(videoFile).size).toBeLessThan(200_000)
    const captions = readFileSync(join(root, track[1]), 'utf8')
    expect(captions.startsWith('WEBVTT')).toBe(true)
    expect(captions).toContain('Beispielvideo – das echte DGS-Video folgt.')
    expect(page.html).toContain('<figcaption>Beispielvideo – das echte DGS-Video folgt</figcaption>')
    expect(page.html).toMatch(/<summary>Transkript: der Text zum Video<\/summary>/)
    expect(page.html).toContain('Im echten Video erklärt eine Gebärdensprach-Dolmetscherin')
    expect(page.html).toContain('Diese Website in Deutscher Gebärdensprache (DGS)')
  })

  it('is linked from the footer as "Gebärdensprache", beside "Leichte Sprache"', () => {
    const footer = /<footer[\s\S]*?<\/footer>/.exec(pageAt('/de/').html)![0]
    expect(footer).toMatch(/<a href="\/de\/leichte-sprache\/">Leichte Sprache<\/a>/)
    expect(footer).toMatch(/<a href="\/de\/gebaerdensprache\/">Gebärdensprache<\/a>/)
    expect(pageAt('/de/gebaerdensprache/').html).toMatch(/<video[^>]*>[\s\S]*<track kind="captions"/)
  })
})
