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
  const group = 'Prüfgruppe Lebenshilfe Oberhausen'
  const date = '2026-11-20T12:00:00.000Z'
  const checkedIn = (locale: string) => ({
    languageReviewedBy: { [locale]: group },
    languageReviewedOn: { [locale]: date },
  })
  it.each([
    ['German itself', checkedIn('de'), 'de', null, null],
    ['a page shown in German because it is not translated', {}, 'ar', 'fallback', null],
    ['an unchecked Turkish translation', checkedIn('de-x-ls'), 'tr', null, 'unchecked'],
    ['an unchecked, partly translated Arabic page', undefined, 'ar', 'partial', 'unchecked'],
    ['a Turkish translation checked by a native speaker (no name published)', checkedIn('tr'), 'tr', null, null],
    ['unchecked Leichte Sprache', checkedIn('tr'), 'de-x-ls', null, 'unchecked'],
    [
      'a check without a date does not count',
      { languageReviewedBy: { 'de-x-ls': group } },
      'de-x-ls',
      null,
      'unchecked',
    ],
    [
      'Leichte Sprache checked by a Prüfgruppe',
      checkedIn('de-x-ls'),
      'de-x-ls',
      'outdated',
      { checkedBy: group, checkedOn: date },
    ],
  ] as const)('%s', (_name, review, locale, notice, expected) => {
    expect(reviewNote(review, locale, notice)).toEqual(expected)
  })
})
