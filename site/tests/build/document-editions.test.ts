/**
 * A superseded edition says so wherever documents are listed: in the library and in a document page's edition
 * lists its row reads "Ersetzt durch: <the newer edition>" (in the page's language). Seed: the KIKO
 * Integrationskonzept is replaced by the Strategieplan 2014–2019.
 */
import { describe, expect, it } from 'vitest'

import { localeCodes } from '#/i18n/locales.ts'
import { localePath } from '#/i18n/routing.ts'
import { t } from '#/i18n/ui.ts'
import { distFiles, readPage } from './dist.ts'

const old = 'kiko-integrationskonzept'
const newer = 'strategieplan-2014-2019'

/** The list items (`<li>…</li>`) of an item list on a page that link to a document's page in their heading. */
function rowsOf(html: string, locale: (typeof localeCodes)[number], slug: string): string[] {
  const heading = `href="/${localePath(locale)}/dokumente/${slug}/"`
  return html.split('<li>').filter((item) => /^<h[23]><a /.test(item) && item.split('</h')[0].includes(heading))
}

const mark = (locale: (typeof localeCodes)[number]) =>
  `<strong>${t(locale, 'documents.supersededBy')}:</strong> <a href="/${localePath(locale)}/dokumente/${newer}/"`

describe('superseded editions', () => {
  it.each(localeCodes)('%s: the library marks the replaced edition, and only it', (locale) => {
    const library = distFiles()
      .filter((file) => new RegExp(`^${localePath(locale)}/dokumente/(seite/\\d+/)?index\\.html$`).test(file))
      .map((file) => readPage(file))
    const rows = library.flatMap((page) => rowsOf(page.html, locale, old))
    expect(rows.length).toBe(1)
    expect(rows[0]).toContain(mark(locale))
    const marked = library.flatMap((page) => page.html.split('<li>').filter((item) => item.includes(mark(locale))))
    expect(marked.length).toBe(1)
  })

  it.each(localeCodes)('%s: the newer edition’s page lists the earlier one as replaced by it', (locale) => {
    const html = readPage(`${localePath(locale)}/dokumente/${newer}/index.html`).html
    const rows = rowsOf(html, locale, old)
    expect(rows.length).toBe(1)
    expect(rows[0]).toContain(mark(locale))
  })
})
