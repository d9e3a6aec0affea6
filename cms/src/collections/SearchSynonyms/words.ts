import { comparableWord, locales, storedSynonymWord, synonymLimits, type SearchSynonym } from '@ki/contract'
import type { DefaultValue, FieldHook, Validate } from 'payload'

type Siblings = Partial<SearchSynonym>

const htmlLangOf = (locale: string | null | undefined) => locales.find((each) => each.code === locale)?.htmlLang ?? 'de'

const { minWords, maxWords, minLength, maxLength } = synonymLimits

/** beforeValidate of `words`: each word trimmed and in lower case, empty entries dropped. */
export const normaliseWords: FieldHook<SearchSynonym, unknown, Siblings> = ({ value, siblingData }) => {
  if (!Array.isArray(value)) return value
  const lang = htmlLangOf(siblingData.locale)
  const words: unknown[] = value
  return words
    .map((word) => (typeof word === 'string' ? storedSynonymWord(word, lang) : word))
    .filter((word) => word !== '')
}

/** What is wrong with a group of words, in the editor's words; undefined when nothing is. */
export function wordsProblem(words: unknown[], locale: string | null | undefined): string | undefined {
  const texts = words.filter((word): word is string => typeof word === 'string')
  for (const word of texts) {
    // Control characters (tab, line break, …) are invisible in the field and never in a search.
    if (/\p{Cc}/u.test(word))
      return `„${word.replace(/\p{Cc}/gu, '·')}“ enthält ein Steuerzeichen (z. B. Tabulator oder Zeilenumbruch). Bitte entfernen Sie es.`
    if (!/\p{L}/u.test(word)) return `„${word}“ enthält keinen Buchstaben.`
    if ([...word].length < minLength) return `„${word}“ ist zu kurz: mindestens ${minLength} Zeichen je Wort.`
    if ([...word].length > maxLength)
      return `„${word.slice(0, 20)}…“ ist zu lang: höchstens ${maxLength} Zeichen je Wort.`
  }
  const lang = htmlLangOf(locale)
  const seen = new Map<string, string>()
  for (const word of texts) {
    const key = comparableWord(word, lang)
    const earlier = seen.get(key)
    if (earlier !== undefined)
      return earlier === word
        ? `„${word}“ steht zweimal in der Gruppe.`
        : `„${earlier}“ und „${word}“ sind für die Suche dasselbe Wort. Bitte behalten Sie eines davon.`
    seen.set(key, word)
  }
  if (seen.size < minWords)
    return `Geben Sie mindestens ${minWords} verschiedene Wörter ein, die für Lesende dasselbe bedeuten.`
  if (seen.size > maxWords)
    return `Höchstens ${maxWords} Wörter je Gruppe (hier ${seen.size}). Bitte teilen Sie die Gruppe auf.`
  return undefined
}

export const validWords: Validate<string[] | null | undefined, unknown, Siblings> = (value, { siblingData }) =>
  wordsProblem(value ?? [], siblingData.locale) ?? true

/** beforeChange of `title`: the group as one line, the name of the entry in lists and links. */
export const titleFromWords: FieldHook<SearchSynonym, unknown, Siblings> = ({ siblingData }) =>
  (siblingData.words ?? []).join(', ')

/** The address parameters with which "Suchen ohne Treffer" opens a new group (SearchMisses/AddSynonymCell.tsx). */
export const prefillParams = { word: 'wort', locale: 'sprache' } as const

const queryText = (query: Record<string, unknown> | undefined, name: string) => {
  const value = query?.[name]
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

/** A new group opened from a search without results starts with the query as its first word. */
export const prefilledWords: DefaultValue = ({ req }) => {
  const word = queryText(req.query, prefillParams.word)
  return word ? [word] : undefined
}

/** … and in the query's language. */
export const prefilledLocale: DefaultValue = ({ req }) => {
  const locale = queryText(req.query, prefillParams.locale)
  return locales.some((each) => each.code === locale) ? locale : undefined
}
