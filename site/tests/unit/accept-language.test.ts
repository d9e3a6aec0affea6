import { describe, expect, it } from 'vitest'
import { negotiableLocales, negotiateLocale } from '#/i18n/accept-language.ts'
import { localeCodes, type LocaleCode } from '#/i18n/locales.ts'
import { isRtl } from '#/i18n/routing.ts'

/** One row per locale: what a browser in that language typically sends, and where `/` sends its reader. */
const perLocale: { locale: LocaleCode; header: string; sentTo: LocaleCode | null }[] = [
  { locale: 'de', header: 'de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7', sentTo: 'de' },
  // No browser asks for Leichte Sprache; a reader who sends its code anyway gets German, never /leichte-sprache/.
  { locale: 'de-x-ls', header: 'de-x-ls,de;q=0.9', sentTo: 'de' },
  { locale: 'en', header: 'en-GB,en;q=0.9', sentTo: 'en' },
  { locale: 'tr', header: 'tr-TR,tr;q=0.9,de;q=0.8', sentTo: 'tr' },
  { locale: 'ar', header: 'ar-EG,ar;q=0.9,en;q=0.8', sentTo: 'ar' },
  { locale: 'fa', header: 'fa-IR,fa;q=0.9', sentTo: 'fa' },
  { locale: 'uk', header: 'uk-UA,uk;q=0.9,ru;q=0.8', sentTo: 'uk' },
  { locale: 'ru', header: 'ru-RU,ru;q=0.9', sentTo: 'ru' },
  { locale: 'pl', header: 'pl-PL,pl;q=0.9,en;q=0.8', sentTo: 'pl' },
  { locale: 'ro', header: 'ro-RO,ro;q=0.9', sentTo: 'ro' },
  { locale: 'bg', header: 'bg-BG,bg;q=0.9', sentTo: 'bg' },
]

describe('a browser’s language sends the reader of / to the same language', () => {
  it('has a row for every locale', () => {
    expect(perLocale.map((row) => row.locale).sort()).toEqual([...localeCodes].sort())
  })

  it.each(perLocale)('$locale: "$header" → $sentTo', ({ header, sentTo }) => {
    expect(negotiateLocale(header)).toBe(sentTo)
  })

  it('sends right-to-left readers (Arabic, Persian) to their right-to-left pages', () => {
    expect(['ar-SA', 'fa-AF'].map((header) => negotiateLocale(header))).toEqual(['ar', 'fa'])
    expect(['ar', 'fa'].every((code) => isRtl(code as LocaleCode))).toBe(true)
  })

  it('never chooses Leichte Sprache by itself', () => {
    expect(negotiableLocales).not.toContain('de-x-ls')
    expect(negotiableLocales).toHaveLength(localeCodes.length - 1)
  })
})

describe('weights, order and unknown languages', () => {
  const rows: { header: string | undefined; sentTo: LocaleCode | null; why: string }[] = [
    { header: undefined, sentTo: null, why: 'no header: the choice page' },
    { header: '', sentTo: null, why: 'an empty header' },
    { header: 'ja-JP,ja;q=0.9,zh;q=0.8', sentTo: null, why: 'only languages the site does not have' },
    { header: '*', sentTo: null, why: 'any language names none' },
    { header: 'ja,tr;q=0.5', sentTo: 'tr', why: 'the first language the site has, after one it lacks' },
    { header: 'en;q=0.3,ar;q=0.8', sentTo: 'ar', why: 'the higher weight wins over the order' },
    { header: 'ru;q=0.5,uk;q=0.5', sentTo: 'ru', why: 'equal weights keep the browser’s order' },
    { header: 'de;q=0,en', sentTo: 'en', why: 'q=0 refuses a language' },
    { header: 'tr;q=0', sentTo: null, why: 'nothing but a refusal' },
    { header: 'de-CH;q=0,de;q=0.5', sentTo: 'de', why: 'refusing Swiss German does not refuse German' },
    { header: 'PL-pl', sentTo: 'pl', why: 'tags are case-insensitive' },
    { header: ' ro ; q=0.9 , bg ; q=0.8 ', sentTo: 'ro', why: 'spaces around ranges and weights' },
    { header: 'prs-AF', sentTo: 'fa', why: 'Dari is on the Persian pages' },
    { header: 'zh-Hant-TW,uk;q=0.1', sentTo: 'uk', why: 'a long tag is looked up subtag by subtag' },
    { header: 'en;q=2,tr;q=0.9', sentTo: 'tr', why: 'a malformed weight leaves its range out' },
    { header: 'tr;q=abc,bg;q=0.1', sentTo: 'bg', why: 'a weight that is no number too' },
    { header: '<script>,de;q=0.1', sentTo: 'de', why: 'a range that is no language tag is ignored' },
    { header: ',,;,;q=1', sentTo: null, why: 'empty parts' },
  ]

  it.each(rows)('$why: "$header" → $sentTo', ({ header, sentTo }) => {
    expect(negotiateLocale(header)).toBe(sentTo)
  })

  it('answers a header at the server’s size limit (16 KB) at once', () => {
    const header = `${Array.from({ length: 2000 }, (_, index) => `x${index % 100}`).join(',')},ro`
    const started = performance.now()
    expect(negotiateLocale(header)).toBe('ro')
    expect(performance.now() - started).toBeLessThan(50)
  })
})
