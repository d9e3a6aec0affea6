import { describe, expect, it } from 'vitest'

import { comparableText, searchableText, synonymsFor, synonymTable, withSynonyms } from '../../indexer/synonyms.ts'

const table = synonymTable([
  { id: 1, locale: 'uk', words: ['школа', 'школи', 'школу'] },
  { id: 2, locale: 'uk', words: ['дитячий садок', 'дитсадок'] },
  { id: 3, locale: 'fa', words: ['مدرسه', 'مدارس', 'مدرسه‌ها'] },
  { id: 4, locale: 'fa', words: ['مهدکودک', 'کودکستان'] },
  { id: 5, locale: 'tr', words: ['ilçe', 'semt'] },
  { id: 6, locale: 'bg', words: ['училище', 'училища'] },
])

describe('search synonyms', () => {
  it.each([
    ['uk', 'Наша Школа у місті.', ['школи', 'школу']],
    ['uk', 'ШКОЛУ відкрито', ['школа', 'школи']],
    ['uk', 'Школах міста', []], // a whole word only: "школах" is not "школа"
    ['uk', 'Передшкола і школа.', ['школи', 'школу']],
    ['uk', 'Місце в дитячому садку', []],
    ['uk', 'Місце в дитячий   садок?', ['дитсадок']], // a phrase across runs of spaces
    ['uk', 'дитячий, садок', ['дитсадок']], // punctuation between a phrase's words does not part them
    ['bg', 'Наша школа у місті.', []], // another language's groups do not apply
    ['bg', 'Записване в училище', ['училища']],
    ['tr', 'İLÇE belediyesi', ['semt']], // Turkish capital İ
    // Persian with Arabic yeh and kaf, and with or without the half-space (ZWNJ)
    ['fa', 'ثبت نام در مدرسه', ['مدارس', 'مدرسه‌ها']],
    ['fa', 'مدرسهها و کتابخانه', ['مدرسه', 'مدارس']],
    ['fa', 'ثبت نام مهدكودك', ['کودکستان']],
    ['fa', 'كودكستان شهر', ['مهدکودک']],
  ] as const)('%s "%s" gets %j', (locale, text, expected) => {
    expect(synonymsFor(text, locale, table)).toEqual(expected)
  })

  it('adds nothing where every word of the group is there already', () => {
    expect(synonymsFor('школа, школи і школу', 'uk', table)).toEqual([])
  })

  it('compares words whole, lower case, Persian spellings unified and joiners dropped', () => {
    expect(comparableText('Сім’я, ШКОЛА! 12 класів', 'uk')).toBe(' сім’я школа 12 класів ')
    expect(comparableText('مدرسه‌ها يك', 'fa')).toBe(' مدرسهها یک ')
    expect(comparableText('İstanbul', 'tr')).toBe(' istanbul ')
  })

  it('reads the searchable region only: not the navigation, footer, scripts or tags', () => {
    const html =
      '<html><body><nav>школа</nav><div data-pagefind-body><div class="x"><p>Учні &amp; вчителі</p></div>' +
      '<script>var школа = 1</script><p>класи</p></div><footer>школи</footer></body></html>'
    expect(searchableText(html).replace(/\s+/g, ' ').trim()).toBe('Учні & вчителі класи')
  })

  it('puts the words into the page as metadata only, outside the text excerpts are cut from', () => {
    const html = '<html lang="uk"><body><div data-pagefind-body lang="uk"><p>Наша школа</p></div></body></html>'
    expect(withSynonyms(html, ['школи', 'школу'])).toBe(
      '<html lang="uk"><body><div data-pagefind-body lang="uk"><div data-pagefind-ignore>' +
        '<span data-pagefind-meta="synonyms">школи, школу</span></div><p>Наша школа</p></div></body></html>',
    )
    expect(withSynonyms(html, [])).toBe(html)
  })
})
