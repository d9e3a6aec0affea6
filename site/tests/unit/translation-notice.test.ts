import { describe, expect, it } from 'vitest'

import { entryTranslationNotice, reviewNote } from '#/lib/translation-notice.ts'

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

describe('what a page says about the check of its text by a person', () => {
  const checked = { reviewedBy: 'Prüfgruppe Lebenshilfe Oberhausen', reviewedOn: '2026-11-20T12:00:00.000Z' }
  it.each([
    ['German itself', { de: checked }, 'de', null, null],
    ['a page shown in German because it is not translated', {}, 'ar', 'fallback', null],
    ['an unchecked Turkish translation', { 'de-x-ls': checked }, 'tr', null, 'unchecked'],
    ['an unchecked, partly translated Arabic page', null, 'ar', 'partial', 'unchecked'],
    ['a Turkish translation checked by a native speaker (no name published)', { tr: checked }, 'tr', null, null],
    ['unchecked Leichte Sprache', { tr: checked }, 'de-x-ls', null, 'unchecked'],
    [
      'a check without a date does not count',
      { 'de-x-ls': { reviewedBy: 'Prüfgruppe' } },
      'de-x-ls',
      null,
      'unchecked',
    ],
    [
      'Leichte Sprache checked by a Prüfgruppe',
      { 'de-x-ls': checked },
      'de-x-ls',
      'outdated',
      { checkedBy: checked.reviewedBy, checkedOn: checked.reviewedOn },
    ],
  ] as const)('%s', (_name, review, locale, notice, expected) => {
    expect(reviewNote(review, locale, notice)).toEqual(expected)
  })
})
