import { describe, expect, it } from 'vitest'

import { mergeTables, readerAddress } from '#/client/search-addresses.ts'
import { addressTable, alternatesOf } from '../../indexer/addresses.ts'

const head = (alternates: Record<string, string>) =>
  Object.entries(alternates)
    .map(([lang, path]) => `<link rel="alternate" hreflang="${lang}" href="http://localhost:4321${path}">`)
    .join('\n')

const contact = alternatesOf(
  head({
    de: '/de/kontakt/',
    'de-x-ls': '/leichte-sprache/kontakt/',
    en: '/en/contact/',
    tr: '/tr/iletisim/',
    ar: '/ar/ittisal/',
    fa: '/fa/tamas/',
    uk: '/uk/kontakty/',
    ru: '/ru/kontakty/',
    pl: '/pl/kontakt/',
    ro: '/ro/contact/',
    bg: '/bg/kontakti/',
    'x-default': '/de/kontakt/',
  }),
)
const school = alternatesOf(
  head(
    Object.fromEntries(
      ['de', 'en', 'tr', 'ar', 'fa', 'uk', 'ru', 'pl', 'ro', 'bg'].map((lang) => [
        lang,
        `/${lang}/handlungsfelder/schule/`,
      ]),
    ),
  ),
)
const table = addressTable([
  { url: '/de/kontakt/', alternates: contact },
  // Leichte Sprache has no address for the school page in this fixture: its readers keep the German one.
  { url: '/de/handlungsfelder/schule/', alternates: school },
])

describe('where a German hit leads a reader of another language', () => {
  it.each([
    ['tr', '/de/handlungsfelder/schule/', '/tr/handlungsfelder/schule/'],
    ['ar', '/de/handlungsfelder/schule/', '/ar/handlungsfelder/schule/'],
    ['de-x-ls', '/de/handlungsfelder/schule/', '/de/handlungsfelder/schule/'],
    ['fa', '/de/kontakt/', '/fa/tamas/'],
    ['de-x-ls', '/de/kontakt/', '/leichte-sprache/kontakt/'],
    ['pl', '/de/kontakt/', '/pl/kontakt/'],
    ['uk', '/de/veranstaltungen/frauencafe/', '/uk/veranstaltungen/frauencafe/'],
    ['de-x-ls', '/de/veranstaltungen/frauencafe/', '/leichte-sprache/veranstaltungen/frauencafe/'],
    ['tr', '/files/documents/kiko.pdf#page=4', '/files/documents/kiko.pdf#page=4'],
    ['tr', '/tr/handlungsfelder/schule/', '/tr/handlungsfelder/schule/'],
  ])('%s reader, hit %s → %s', (locale, url, expected) => {
    expect(readerAddress(url, locale, table)).toBe(expected)
  })

  it('lists only the addresses that are not the German one under another prefix', () => {
    expect(table.differing).toEqual({
      '/de/kontakt/': {
        en: '/en/contact/',
        tr: '/tr/iletisim/',
        ar: '/ar/ittisal/',
        fa: '/fa/tamas/',
        uk: '/uk/kontakty/',
        ru: '/ru/kontakty/',
        ro: '/ro/contact/',
        bg: '/bg/kontakti/',
      },
      '/de/handlungsfelder/schule/': { 'de-x-ls': '/de/handlungsfelder/schule/' },
    })
  })

  it('without a table (a bundle from before the table existed) a hit keeps its German address', () => {
    expect(readerAddress('/de/kontakt/', 'tr', { prefixes: {}, differing: {} })).toBe('/de/kontakt/')
  })

  it("an incremental build's table wins for the addresses it lists", () => {
    const recent = { prefixes: {}, differing: { '/de/kontakt/': { tr: '/tr/bize-ulasin/' } } }
    expect(readerAddress('/de/kontakt/', 'tr', mergeTables(table, recent))).toBe('/tr/bize-ulasin/')
  })
})
