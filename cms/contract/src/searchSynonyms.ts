/**
 * Synonym groups for the site search: words that mean the same to a reader of one language ("школа, школи, школу").
 * Editors keep them in the CMS (collection `search-synonyms`); the site's indexer adds the other words of a group to
 * every search record whose text holds one of them. Both sides compare words the same way, with `comparableWord`.
 */

/** Bounds of a group, checked when an editor saves it. */
export const synonymLimits = { minWords: 2, maxWords: 20, minLength: 2, maxLength: 60 } as const

/**
 * Persian is written with the Arabic letters yeh and kaf by some keyboards and with the Persian ones by others, and
 * with or without the zero-width non-joiner ("مدرسه‌ها" / "مدرسهها"): a reader's word must match either spelling.
 */
const persianSpellings: [RegExp, string][] = [
  [/\u064a/g, '\u06cc'], // ي → ی
  [/\u0649/g, '\u06cc'], // ى → ی
  [/\u0643/g, '\u06a9'], // ك → ک
  [/\u200c|\u200d|\u200b|\u00ad/g, ''], // zero-width non-joiner, joiner and space, soft hyphen
]

/**
 * A word (or phrase) as the indexer compares it: NFC, lower case by the rules of its language (`htmlLang`: Turkish
 * "İ" → "i"), Persian spellings unified, single spaces.
 */
export function comparableWord(word: string, htmlLang: string): string {
  let text = word.normalize('NFC').toLocaleLowerCase(htmlLang)
  for (const [pattern, replacement] of persianSpellings) text = text.replace(pattern, replacement)
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * A word as the CMS stores it: NFC, trimmed, runs of spaces as one, lower case by the rules of its language (Turkish
 * "İ" → "i"). Tabs and line breaks inside stay, so that the CMS can refuse them.
 */
export function storedSynonymWord(word: string, htmlLang: string): string {
  return word.normalize('NFC').trim().replace(/ {2,}/g, ' ').toLocaleLowerCase(htmlLang)
}
