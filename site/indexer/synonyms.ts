/**
 * Editors' synonym groups (CMS collection `search-synonyms`) applied at index time: a search record whose text holds
 * a word of a group of its language gets the group's other words as the metadata field `synonyms`. Pagefind searches
 * metadata, so "школи" finds a page that only says "школа"; the excerpt is cut from the page's own text and never
 * shows them. Words are compared whole (a group's "школа" is not found in "школах"), case-insensitively, with the
 * Persian spellings unified (`comparableWord` in the contract, which the CMS checks new words with too).
 */
import { comparableWord } from '@ki/contract'
import { z } from 'astro/zod'

import { localeCodes, locales, type LocaleCode } from '#/i18n/locales.ts'

export const synonymGroupSchema = z.object({ id: z.number(), locale: z.enum(localeCodes), words: z.array(z.string()) })

type Group = { words: string[]; keys: string[] }
/** The groups of each locale, each word with its comparable form. */
export type SynonymTable = Partial<Record<LocaleCode, Group[]>>

const htmlLangOf = (locale: LocaleCode) => locales.find((each) => each.code === locale)?.htmlLang ?? locale

/** Letters, marks and digits, with the joiners and apostrophes inside a word ("сім'я", "مدرسه‌ها"). */
const wordPattern = /(?:[\p{L}\p{M}\p{N}'’ʼ]|\u200c|\u200d)+/gu
const edgeApostrophes = /^['’ʼ]+|['’ʼ]+$/g

/** The words of a text, each comparable, one space apart: " школа у місті " (spaces at both ends). */
export function comparableText(text: string, locale: LocaleCode): string {
  const lang = htmlLangOf(locale)
  const words = (text.match(wordPattern) ?? [])
    .map((word) => comparableWord(word.replace(edgeApostrophes, ''), lang))
    .filter((word) => word !== '')
  return ` ${words.join(' ')} `
}

export function synonymTable(groups: z.infer<typeof synonymGroupSchema>[]): SynonymTable {
  const table: SynonymTable = {}
  for (const { locale, words } of groups) {
    const keys = words.map((word) => comparableText(word, locale))
    if (keys.every((key) => key.trim() === '')) continue
    table[locale] = [...(table[locale] ?? []), { words, keys }]
  }
  return table
}

/** The words to add to a record: of every group with a word in the text, the words the text does not hold. */
export function synonymsFor(text: string, locale: LocaleCode, table: SynonymTable): string[] {
  const groups = table[locale] ?? []
  if (groups.length === 0) return []
  const haystack = comparableText(text, locale)
  const extra = new Set<string>()
  for (const { words, keys } of groups) {
    const present = keys.map((key) => key.trim() !== '' && haystack.includes(key))
    if (!present.includes(true)) continue
    words.forEach((word, at) => {
      if (!present[at]) extra.add(word)
    })
  }
  return [...extra]
}

const bodyOpening = /<div data-pagefind-body(?:\s[^>]*)?>/
const divTag = /<(\/?)div\b[^>]*>/g
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/** The text of a page's searchable region (`data-pagefind-body`), without tags, scripts and styles. */
export function searchableText(html: string): string {
  const opening = bodyOpening.exec(html)
  if (!opening) return ''
  const start = opening.index + opening[0].length
  let depth = 1
  let end = html.length
  divTag.lastIndex = start
  for (let tag = divTag.exec(html); tag; tag = divTag.exec(html)) {
    depth += tag[1] === '/' ? -1 : 1
    if (depth === 0) {
      end = tag.index
      break
    }
  }
  return html
    .slice(start, end)
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity: string, name: string) => {
      if (name[0] === '#')
        return String.fromCodePoint(
          name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
        )
      return entities[name.toLowerCase()] ?? entity
    })
}

const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The page with the words as its `synonyms` metadata, at the start of its searchable region; unchanged without words. */
export function withSynonyms(html: string, words: string[]): string {
  if (words.length === 0) return html
  const opening = bodyOpening.exec(html)
  if (!opening) return html
  const at = opening.index + opening[0].length
  const meta = `<div data-pagefind-ignore><span data-pagefind-meta="synonyms">${escapeText(words.join(', '))}</span></div>`
  return `${html.slice(0, at)}${meta}${html.slice(at)}`
}
