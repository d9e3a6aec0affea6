import { describe, expect, it } from 'vitest'

import { hasTextVersion, pageAnchor, paragraphsOf, textPages } from '#/lib/documents/document-text.ts'

describe('the HTML version of a PDF document', () => {
  it('has one section per PDF page with text, numbered as in the PDF, linkable as #seite-N', () => {
    const pages = textPages([
      { page: 1, text: 'Vorwort des Oberbürgermeisters' },
      { page: 2, text: '   ' },
      { page: 3, text: 'Brückenbauer in Schulen' },
    ])
    expect(pages).toEqual([
      { page: 1, anchor: 'seite-1', paragraphs: ['Vorwort des Oberbürgermeisters'] },
      { page: 3, anchor: 'seite-3', paragraphs: ['Brückenbauer in Schulen'] },
    ])
    expect(pageAnchor(12)).toBe('seite-12')
  })

  it('leaves out the running head and foot every page repeats, as the search does', () => {
    const foot = (page: number) => `Musterdokument – Bericht – Seite ${page} von 2`
    expect(
      textPages([
        { page: 1, text: `Vorwort ${foot(1)}` },
        { page: 2, text: `Inhalt ${foot(2)}` },
      ]).map((page) => page.paragraphs),
    ).toEqual([['Vorwort'], ['Inhalt']])
  })

  it('splits a page on blank lines into paragraphs and drops control characters', () => {
    expect(paragraphsOf('Erster Absatz\nmit Umbruch\n\n  \n\nZweiter\u0000 Absatz\fDritter Absatz')).toEqual([
      'Erster Absatz mit Umbruch',
      'Zweiter Absatz',
      'Dritter Absatz',
    ])
  })

  it('exists only for a document whose PDF has text (a scanned PDF has none)', () => {
    expect(hasTextVersion({ pageTexts: [{ page: 1, text: 'Text' }] })).toBe(true)
    expect(hasTextVersion({ pageTexts: [{ page: 1, text: '' }] })).toBe(false)
    expect(hasTextVersion({ pageTexts: null })).toBe(false)
  })
})
