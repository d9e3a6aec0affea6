import { createLocalReq, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Page } from '@ki/contract/payload-types'

import { MarkdownConverter } from '../../src/seed/markdown'
import { exportTranslations } from '../../src/translations/xliff/exportTranslations'
import { importTranslations } from '../../src/translations/xliff/importTranslations'
import { readXliff } from '../../src/translations/xliff/xliffDocument'
import { translateXliff, validateXliff } from '../xliff-helpers'
import { createUser, type TestUser } from './fixtures'
import { startTestCms, type TestCms } from './payload'

let cms: TestCms
let editor: TestUser
let translator: TestUser
let markdown: MarkdownConverter

beforeAll(async () => {
  cms = await startTestCms()
  editor = await createUser(cms.payload, 'redaktion@example.org', ['editor'])
  translator = await createUser(cms.payload, 'uebersetzung@example.org', ['translator'])
  markdown = await MarkdownConverter.create(cms.payload.config)
})
afterAll(async () => {
  await cms?.close()
})

const noLinks = () => {
  throw new Error('no internal links in these fixtures')
}

/** A German page body: a heading, two paragraphs (one with a link), a list. */
function body(second = 'Die Kurse finden in der [Volkshochschule](https://www.vhs-oberhausen.de) statt.') {
  return [
    {
      blockType: 'richText' as const,
      content: markdown.richText(
        ['## Sprachkurse', '', 'Es gibt Kurse für Anfänger.', '', second, '', '- am Vormittag', '- am Abend'].join(
          '\n',
        ),
        noLinks,
        'fixture',
      ),
    },
  ]
}

const requestOf = (user: TestUser): Promise<PayloadRequest> => createLocalReq({ user }, cms.payload)

async function germanPage(title: string, slug: string): Promise<Page> {
  return cms.payload.create({
    collection: 'pages',
    data: { title, summary: `${title} in Oberhausen`, slug, layout: body(), _status: 'published' },
    locale: 'de',
    user: editor,
    overrideAccess: false,
  })
}

async function saveGerman(id: number, data: Partial<Page>) {
  await cms.payload.update({ collection: 'pages', id, data, locale: 'de', user: editor, overrideAccess: false })
}

/** A page translated into Turkish once (by hand, in the CMS), and then changed in German: outdated. */
async function outdatedTurkishPage(title: string, slug: string): Promise<Page> {
  const page = await germanPage(title, slug)
  await cms.payload.update({
    collection: 'pages',
    id: page.id,
    locale: 'tr',
    data: {
      title: `${title} (tr)`,
      summary: 'Oberhausen’da kurslar',
      layout: [
        {
          blockType: 'richText',
          content: markdown.richText(
            [
              '## Dil kursları',
              '',
              'Yeni başlayanlar için kurslar var.',
              '',
              'Kurslar [Halk Eğitim Merkezi](https://www.vhs-oberhausen.de)nde yapılır.',
              '',
              '- sabah',
              '- akşam',
            ].join('\n'),
            noLinks,
            'fixture',
          ),
        },
      ],
    },
    user: translator,
    overrideAccess: false,
  })
  await saveGerman(page.id, {
    summary: `${title}: Kurse in Oberhausen, jetzt auch online`,
    layout: body('Die Kurse finden in der [Volkshochschule](https://www.vhs-oberhausen.de) und online statt.'),
  })
  return page
}

/** The text of a Lexical node and its descendants. */
function textOf(node: object): string {
  if ('text' in node && typeof node.text === 'string') return node.text
  if (!('children' in node) || !Array.isArray(node.children)) return ''
  return node.children.map((child: object) => textOf(child)).join('')
}

/** What the public (an anonymous reader) gets in Turkish, without the German fallback. */
async function publishedTurkish(id: number) {
  const page = await cms.payload.findByID({
    collection: 'pages',
    id,
    locale: 'tr',
    fallbackLocale: false,
    depth: 0,
    overrideAccess: false,
  })
  const paragraphs = (page.layout ?? []).flatMap((block) =>
    block.blockType === 'richText' ? block.content.root.children.map(textOf) : [],
  )
  return { summary: page.summary, paragraphs, status: page.translationStatus }
}

/** The translator's work: every text run of a unit becomes Turkish. */
const turkish: Record<string, string> = {
  'Kurse in Oberhausen, jetzt auch online': 'Oberhausen’da kurslar, artık çevrimiçi de',
  'Die Kurse finden in der ': 'Kurslar ',
  Volkshochschule: 'Halk Eğitim Merkezi',
  ' und online statt.': '’nde ve çevrimiçi yapılır.',
}
const translate = (text: string) => {
  for (const [german, translation] of Object.entries(turkish))
    if (text.endsWith(german)) return text.replace(german, translation)
  return undefined
}

describe('XLIFF export and import for translators', () => {
  it('exports Turkish for outdated entries: only the changed summary and paragraph, valid XLIFF 2.0', async () => {
    const page = await outdatedTurkishPage('Sprachkurse', 'sprachkurse-export')
    await germanPage('Beratung', 'beratung-export') // no Turkish at all: "missing", not asked for
    const result = await exportTranslations(await requestOf(editor), { locale: 'tr', status: ['outdated'] })
    expect(result.xml).toBeTypeOf('string')
    const xml = result.xml ?? ''
    expect(validateXliff(xml)).toBe('')
    const file = readXliff(xml).files.find((candidate) => candidate.entry === String(page.id))
    expect(readXliff(xml).files.map((candidate) => candidate.collection)).toEqual(['pages'])
    expect(file?.units.map((unit) => unit.id)).toEqual(['summary', 'layout.0.content:2'])
    expect(xml).toContain(
      '<source xml:space="preserve">Die Kurse finden in der <pc id="1" dataRefStart="d1" type="link">Volkshochschule</pc> und online statt.</source>',
    )
  })

  it('a translator’s file goes in after a dry run: the site reads the new Turkish, a second import is unchanged', async () => {
    const page = await outdatedTurkishPage('Integrationskurse', 'integrationskurse')
    const editorReq = await requestOf(editor)
    const exported = await exportTranslations(editorReq, {
      locale: 'tr',
      entries: [{ collection: 'pages', id: String(page.id) }],
    })
    // Hand-picked: everything of the entry, the unchanged parts with their Turkish already filled in.
    const picked = readXliff(exported.xml ?? '').files[0]?.units.map((unit) => [unit.id, unit.target !== undefined])
    expect(picked).toEqual([
      ['title', true],
      ['summary', false],
      ['layout.0.content:0', true],
      ['layout.0.content:1', true],
      ['layout.0.content:2', false],
      ['layout.0.content:3.0', true],
      ['layout.0.content:3.1', true],
    ])
    const translated = translateXliff(exported.xml ?? '', translate)
    expect(validateXliff(translated)).toBe('')

    const dryRun = await importTranslations(await requestOf(translator), translated, { locale: 'tr', apply: false })
    expect([dryRun.written, dryRun.counts]).toEqual([false, { applied: 2, unchanged: 5, conflict: 0, error: 0 }])
    expect((await publishedTurkish(page.id)).summary).toBe('Oberhausen’da kurslar')

    const applied = await importTranslations(await requestOf(translator), translated, { locale: 'tr', apply: true })
    expect([applied.written, applied.counts]).toEqual([true, { applied: 2, unchanged: 5, conflict: 0, error: 0 }])
    const published = await publishedTurkish(page.id)
    expect(published.summary).toBe('Integrationskurse: Oberhausen’da kurslar, artık çevrimiçi de')
    expect(published.paragraphs).toEqual([
      'Dil kursları',
      'Yeni başlayanlar için kurslar var.',
      'Kurslar Halk Eğitim Merkezi’nde ve çevrimiçi yapılır.',
      'sabahakşam',
    ])
    expect(published.status).toMatchObject({ tr: 'current' })

    const again = await importTranslations(await requestOf(translator), translated, { locale: 'tr', apply: true })
    expect([again.written, again.counts]).toEqual([false, { applied: 0, unchanged: 7, conflict: 0, error: 0 }])
  })

  it('a unit whose German changed after the export is a conflict and stays as it was; the others go in', async () => {
    const page = await outdatedTurkishPage('Elterncafé', 'elterncafe')
    const exported = await exportTranslations(await requestOf(editor), {
      locale: 'tr',
      entries: [{ collection: 'pages', id: String(page.id) }],
      status: ['outdated'],
    })
    await saveGerman(page.id, { summary: 'Elterncafé: Treffpunkt für Eltern, jeden Dienstag' })
    const translated = translateXliff(exported.xml ?? '', translate)
    const report = await importTranslations(await requestOf(editor), translated, { locale: 'tr', apply: true })
    expect(
      report.units.filter((unit) => unit.status !== 'unchanged').map((unit) => [unit.place, unit.status, unit.message]),
    ).toEqual([
      ['Kurzfassung', 'conflict', 'Der deutsche Text wurde seit dem Export geändert.'],
      ['Inhalt › 1. Text › Text › Absatz 3', 'applied', 'Wird übernommen und veröffentlicht.'],
    ])
    const published = await publishedTurkish(page.id)
    expect(published.summary).toBe('Oberhausen’da kurslar')
    expect(published.paragraphs[2]).toBe('Kurslar Halk Eğitim Merkezi’nde ve çevrimiçi yapılır.')
  })

  it('a translation edited in the CMS after the export is a conflict, not overwritten', async () => {
    const page = await outdatedTurkishPage('Sportvereine', 'sportvereine')
    const exported = await exportTranslations(await requestOf(editor), {
      locale: 'tr',
      entries: [{ collection: 'pages', id: String(page.id) }],
    })
    await cms.payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'tr',
      data: { summary: 'Spor kulüpleri: elle düzeltildi' },
      user: translator,
      overrideAccess: false,
    })
    const translated = translateXliff(exported.xml ?? '', translate)
    const report = await importTranslations(await requestOf(editor), translated, { locale: 'tr', apply: true })
    expect(report.units.find((unit) => unit.place === 'Kurzfassung')?.status).toBe('conflict')
    expect((await publishedTurkish(page.id)).summary).toBe('Spor kulüpleri: elle düzeltildi')
  })

  it('broken files, the wrong language, deleted entries and non-localized fields are errors and nothing is written', async () => {
    const page = await outdatedTurkishPage('Hausaufgabenhilfe', 'hausaufgabenhilfe')
    const gone = await outdatedTurkishPage('Nähcafé', 'naehcafe')
    const exported = await exportTranslations(await requestOf(editor), {
      locale: 'tr',
      entries: [
        { collection: 'pages', id: String(page.id) },
        { collection: 'pages', id: String(gone.id) },
      ],
    })
    const translated = translateXliff(exported.xml ?? '', translate)
    const req = await requestOf(editor)

    const broken = await importTranslations(req, translated.slice(0, 400), { locale: 'tr', apply: true })
    expect([broken.written, broken.errors[0]?.startsWith('Die Datei ist kein gültiges XML')]).toEqual([false, true])

    const arabic = await importTranslations(req, translated, { locale: 'ar', apply: true })
    expect(arabic.errors).toEqual(['Die Zielsprache der Datei ist Türkisch (tr), gewählt ist Arabisch (ar).'])

    await cms.payload.delete({ collection: 'pages', id: gone.id, user: editor, overrideAccess: false })
    const withSlug = translated.replace(
      new RegExp(`(<file id="pages-${page.id}"[\\s\\S]*?)<unit id="title"`),
      '$1<unit id="order"',
    )
    const report = await importTranslations(req, withSlug, { locale: 'tr', apply: true })
    expect(report.written).toBe(false)
    const errors = report.units.filter((unit) => unit.status === 'error').map((unit) => unit.message)
    expect(errors).toContain(
      `Einheit pages-${page.id}/order: Das Feld „order“ wird nicht übersetzt (es ist nicht je Sprache gespeichert).`,
    )
    expect(errors).toContain(`Einheit pages-${gone.id}/summary: Den Eintrag Seiten ${gone.id} gibt es nicht mehr.`)
    expect(report.counts.applied).toBeGreaterThan(0)
    expect((await publishedTurkish(page.id)).summary).toBe('Oberhausen’da kurslar')
  })
})
