import { readdirSync } from 'node:fs'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from './payload'
import { createUser, samplePdf, type TestUser } from './fixtures'

let cms: TestCms
let editor: TestUser

beforeAll(async () => {
  cms = await startTestCms()
  editor = await createUser(cms.payload, 'redaktion@example.org', ['editor'])
})
afterAll(async () => {
  await cms?.close()
})

const report = {
  title: 'Integrationsbericht',
  slug: 'integrationsbericht',
  type: 'report' as const,
  year: 2024,
  publisher: 'Stadt Oberhausen',
  fileLanguages: ['de' as const],
}

describe('PDF text extraction', () => {
  it('stores the text of every page, so a word on page 2 is found on page 2', async () => {
    const file = await samplePdf(
      [
        '# Einleitung\n\nDer Bericht beschreibt die Arbeit des Jahres.',
        '# Sprachförderung\n\nDas Rucksackprogramm stärkt die Mehrsprachigkeit.',
        '# Ausblick\n\nÜbergänge gestalten.',
      ],
      'integrationsbericht.pdf',
    )
    const doc = await cms.payload.create({
      collection: 'documents',
      data: report,
      file,
      locale: 'de',
      depth: 0,
      user: editor,
      overrideAccess: false,
    })
    const pages = doc.pageTexts as { page: number; text: string }[]
    expect(doc.pageCount).toBe(3)
    expect(pages.map((page) => page.page)).toEqual([1, 2, 3])
    expect(pages.map((page) => page.text.includes('Rucksackprogramm'))).toEqual([false, true, false])
    expect(pages[1].text).toContain('Sprachförderung Das Rucksackprogramm stärkt die Mehrsprachigkeit.')
    expect(pages[2].text).toContain('Übergänge gestalten.')
    expect(readdirSync(join(cms.dataDir, 'uploads', 'documents'))).toEqual(['integrationsbericht.pdf'])
  })

  it('keeps the extracted text when only the metadata changes, and replaces it with a new file', async () => {
    const { payload } = cms
    const first = await samplePdf(['Erste Fassung', 'Kapitel Quartiersarbeit'], 'konzept.pdf')
    const doc = await payload.create({
      collection: 'documents',
      data: { ...report, title: 'Konzept', slug: 'konzept', fileLanguages: ['de'] },
      file: first,
      locale: 'de',
      depth: 0,
      user: editor,
      overrideAccess: false,
    })
    const renamed = await payload.update({
      collection: 'documents',
      id: doc.id,
      data: { year: 2025 },
      locale: 'de',
      depth: 0,
      user: editor,
      overrideAccess: false,
    })
    expect([renamed.pageCount, (renamed.pageTexts as { text: string }[])[1].text.includes('Quartiersarbeit')]).toEqual([
      2,
      true,
    ])

    const second = await samplePdf(['Zweite Fassung', 'Kapitel Elternarbeit', 'Anhang', 'Literatur'], 'konzept-2.pdf')
    const replaced = await payload.update({
      collection: 'documents',
      id: doc.id,
      data: {},
      file: second,
      locale: 'de',
      depth: 0,
      user: editor,
      overrideAccess: false,
    })
    const texts = (replaced.pageTexts as { text: string }[]).map((page) => page.text)
    expect([
      replaced.pageCount,
      replaced.filename,
      texts.some((text) => text.includes('Quartiersarbeit')),
      texts[1].includes('Elternarbeit'),
    ]).toEqual([4, 'konzept-2.pdf', false, true])
  })
})
