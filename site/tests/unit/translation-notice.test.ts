import { describe, expect, it } from 'vitest'

import { entryTranslationNotice } from '#/lib/translation-notice.ts'

describe('what an event, organisation or document page says about its translation', () => {
  it.each([
    ['German itself', 'current', 'de', [false, false], null],
    ['a current translation', 'current', 'tr', [false, false], null],
    ['an outdated translation (with a link to the German original)', 'outdated', 'en', [false, false], 'outdated'],
    ['outdated wins over a partial fallback', 'outdated', 'en', [false, true], 'outdated'],
    ['only the title translated', 'partial', 'tr', [false, true], 'partial'],
    ['nothing translated', 'missing', 'ar', [true, true], 'fallback'],
    ['Leichte Sprache missing', 'missing', 'de-x-ls', [true], 'fallback'],
  ] as const)('%s', (_name, state, locale, fellBack, expected) => {
    expect(entryTranslationNotice(state, locale, [...fellBack])).toBe(expected)
  })
})
