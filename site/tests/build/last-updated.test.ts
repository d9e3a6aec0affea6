/**
 * Readers see when a page or document was last updated: every built document page and content page says
 * "Zuletzt aktualisiert am …" with a German date on German pages, and in the reader's language elsewhere.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { distFiles, requireDist } from './dist.ts'

const documentPages = (locale: string) =>
  distFiles().filter((file) =>
    new RegExp(`^${locale}/dokumente/(?!art/|thema/|jahr/|seite/)[^/]+/index\\.html$`).test(file),
  )

/** The text of the "last updated" line of a built page, tags removed. */
function lastUpdatedLine(file: string): string | undefined {
  const html = readFileSync(join(requireDist(), file), 'utf8')
  const match = /<div[^>]*data-last-updated[^>]*>\s*<p[^>]*>([\s\S]*?)<\/p>/.exec(html)
  return match?.[1]
    ?.replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

describe('“last updated” for readers', () => {
  it('every German document page says “Zuletzt aktualisiert am” with a German date', () => {
    const pages = documentPages('de')
    expect(pages.length).toBeGreaterThan(0)
    const wrong = pages
      .map((file) => [file, lastUpdatedLine(file)] as const)
      .filter(([, line]) => !/^Zuletzt aktualisiert am \d{1,2}\. [A-ZÄÖÜ][a-zäöü]+ \d{4}$/.test(line ?? ''))
    expect(wrong).toEqual([])
  })

  it('English document pages say “Last updated on” with an English date (Intl “en”: month day, year)', () => {
    const lines = documentPages('en').map(lastUpdatedLine)
    expect(lines.length).toBeGreaterThan(0)
    expect(lines.filter((line) => !/^Last updated on [A-Z][a-z]+ \d{1,2}, \d{4}$/.test(line ?? ''))).toEqual([])
  })
})
