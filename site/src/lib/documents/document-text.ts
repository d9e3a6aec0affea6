/**
 * The HTML version of a PDF document (/de/dokumente/<slug>/text/): the text the CMS extracted from each PDF page
 * ("Text je Seite"), one section per page, as an accessible alternative to the PDF (BITV 2.0).
 */
import { withoutRunningLines, type PdfPage } from '#/lib/search/records.ts'

export type TextPage = { page: number; anchor: string; paragraphs: string[] }

/** The id of a page's heading on the HTML version: `seite-3`. German in every locale, like the addresses. */
export function pageAnchor(page: number): string {
  return `seite-${page}`
}

/** Control characters a PDF's text layer may carry (form feeds, NUL, …); tabs and line breaks are kept. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacters = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g

/** A page's text as paragraphs: split on blank lines, each paragraph's whitespace folded, no control characters. */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\f/g, '\n\n')
    .replace(controlCharacters, '')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
}

/**
 * The pages of the HTML version: every PDF page with text, without the running head and foot the search leaves out
 * too (records.ts: `withoutRunningLines`). A page without text (a scanned image, an empty page) has no section; the
 * page numbers stay those of the PDF, so "Seite 4" is page 4 of the file.
 *
 * Paragraphs: the CMS stores each page's text with its whitespace folded (cms extractPdfText), so today a page is
 * one paragraph; a text with blank lines (a future extraction keeping them) is split there.
 */
export function textPages(pages: PdfPage[] | null | undefined): TextPage[] {
  const withText = (pages ?? []).filter((page) => paragraphsOf(page.text).length > 0)
  const running = withoutRunningLines(withText)
  return running.flatMap((page, index) => {
    // withoutRunningLines folds whitespace: keep the original text (and its blank lines) where it removed nothing.
    const unchanged = page.text === withText[index].text.replace(/\s+/g, ' ').trim()
    const paragraphs = paragraphsOf(unchanged ? withText[index].text : page.text)
    return paragraphs.length > 0 ? [{ page: page.page, anchor: pageAnchor(page.page), paragraphs }] : []
  })
}

/** True when the document has an HTML version: at least one PDF page with text. */
export function hasTextVersion(document: { pageTexts?: PdfPage[] | null }): boolean {
  return textPages(document.pageTexts).length > 0
}
