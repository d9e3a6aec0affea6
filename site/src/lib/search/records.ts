/**
 * What the search index knows about each built page and each PDF page: its type, language, field of work,
 * year, district, date and the search words editors gave it. Pure functions; `scripts/index-search.ts`
 * does the file and network work around them.
 *
 * One Pagefind bundle per site locale (`/pagefind/<locale path>/`). The German bundle also holds one record
 * per PDF page. A search page queries its own bundle and, for every locale but German, the German one too.
 */
import { localeCodes, sourceLocale, type LocaleCode } from '#/i18n/locales.ts'
import { localeDefinition, localeFromPathSegment, localePath } from '#/i18n/routing.ts'

export const searchTypes = ['page', 'document', 'event', 'organisation', 'indicator'] as const
export type SearchType = (typeof searchTypes)[number]

/** Where each locale's Pagefind bundle lives in the built site. */
/** Where a locale's bundle is served; an incremental build adds bundles of the pages it rendered under /pagefind-recent/. */
export function bundlePath(locale: LocaleCode, root: 'pagefind' | 'pagefind-recent' = 'pagefind'): string {
  return `/${root}/${localePath(locale)}/`
}

/** The bundles a search page in `locale` queries: its own, then German for every other locale. */
export function bundlesFor(locale: LocaleCode): string[] {
  return locale === sourceLocale ? [bundlePath(locale)] : [bundlePath(locale), bundlePath(sourceLocale)]
}

/** Site sections whose sub-pages are single entries of one type; their other sub-pages are lists (not indexed). */
const entrySections: Record<string, Exclude<SearchType, 'page'>> = {
  dokumente: 'document',
  veranstaltungen: 'event',
  organisationen: 'organisation',
  integrationsmonitoring: 'indicator',
}

/** The address of a single entry: `/tr/veranstaltungen/frauencafe/`. The inverse of `pathRole`. */
export function entryUrl(type: Exclude<SearchType, 'page'>, slug: string, locale: LocaleCode): string {
  const section = Object.entries(entrySections).find(([, each]) => each === type)![0]
  return `/${localePath(locale)}/${section}/${slug}/`
}

/** The overview page of a section: `/tr/veranstaltungen/`. */
export function sectionUrl(type: Exclude<SearchType, 'page'>, locale: LocaleCode): string {
  return entryUrl(type, '', locale).replace(/\/\/$/, '/')
}

export type PathRole =
  | { role: 'outside' }
  | { role: 'list'; locale: LocaleCode }
  | { role: 'entry'; locale: LocaleCode; type: Exclude<SearchType, 'page'>; slug: string }
  | { role: 'page'; locale: LocaleCode }

/**
 * What a built address is, judged from the path alone:
 * `/tr/dokumente/kiko/` an entry, `/tr/dokumente/jahr/2014/` a list, `/tr/dokumente/` or `/tr/schule/` a page.
 * Addresses outside a locale (the root redirect, files) and the search pages themselves are `outside`.
 */
export function pathRole(
  path: string,
  isEntry: (type: Exclude<SearchType, 'page'>, slug: string) => boolean,
): PathRole {
  const segments = path.split('/').filter(Boolean)
  const locale = segments[0] ? localeFromPathSegment(segments[0]) : undefined
  if (!locale) return { role: 'outside' }
  const [, section, slug, ...rest] = segments
  if (section === 'suche' || section === '404.html') return { role: 'outside' }
  const type = section ? entrySections[section] : undefined
  if (!type || slug === undefined) return { role: 'page', locale }
  if (rest.length === 0 && isEntry(type, slug)) return { role: 'entry', locale, type, slug }
  return { role: 'list', locale }
}

/** The URL path of a built HTML file relative to the output folder: `de/schule/index.html` → `/de/schule/`. */
export function urlForFile(relativePath: string): string {
  const path = `/${relativePath.split('\\').join('/')}`
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path
}

/** Everything the index records about one result besides its text. Values are keys; the search page labels them. */
export type SearchFacts = {
  type: SearchType
  /** Language the reader finds on the target page: `de`, `de-x-ls`, `tr`, … */
  language: LocaleCode
  /** German slugs of the fields of work (Handlungsfelder). */
  topics: string[]
  year?: number
  district?: string
  /** ISO date for sorting by date, newest first. */
  date?: string
  /** Words editors entered for searching, in the index's language. */
  keywords: string[]
  /** In a bundle of an incremental build: this record replaces the one for the same address in the full bundle. */
  recent?: boolean
}

export function searchFilters(facts: SearchFacts): Record<string, string[]> {
  const filters: Record<string, string[]> = { type: [facts.type], language: [facts.language] }
  if (facts.topics.length > 0) filters.topic = [...new Set(facts.topics)]
  if (facts.year !== undefined) filters.year = [String(facts.year)]
  if (facts.district) filters.district = [facts.district]
  return filters
}

export function searchSort(facts: SearchFacts): Record<string, string> {
  return facts.date ? { date: facts.date.slice(0, 10) } : {}
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * The facts as Pagefind attributes, for an HTML page. Filters and the sort key are empty elements, so they add no
 * searchable text; the keywords are a paragraph with the highest weight, and the `keywords` metadata field too
 * (outside the text, `data-pagefind-ignore`): the search page weighs a match there like one in the title
 * (src/client/search.ts, `ranking.metaWeights`). This HTML is only read by the indexer, never served.
 */
export function annotationHtml(facts: SearchFacts): string {
  const filters = Object.entries(searchFilters(facts)).flatMap(([key, values]) =>
    values.map((value) => `<span data-pagefind-filter="${escapeAttribute(`${key}:${value}`)}"></span>`),
  )
  const sort = Object.entries(searchSort(facts)).map(
    ([key, value]) => `<span data-pagefind-sort="${escapeAttribute(`${key}:${value}`)}"></span>`,
  )
  const words = escapeText(facts.keywords.join(', '))
  const keywords =
    facts.keywords.length > 0
      ? [
          `<p data-pagefind-weight="10">${words}</p>`,
          `<div data-pagefind-ignore><span data-pagefind-meta="keywords">${words}</span></div>`,
        ]
      : []
  const recent = facts.recent ? ['<span data-pagefind-meta="recent:1"></span>'] : []
  return `<div data-search-annotations>${[...filters, ...sort, ...recent, ...keywords].join('')}</div>`
}

const bodyOpening = /<div data-pagefind-body(?:\s[^>]*)?>/

/** Puts the annotations at the start of the page's searchable region. A page without one is a layout bug. */
export function annotatePage(html: string, facts: SearchFacts): string {
  const match = bodyOpening.exec(html)
  if (!match) throw new Error('the page has no <div data-pagefind-body> (is it built with layouts/Base.astro?)')
  const at = match.index + match[0].length
  return `${html.slice(0, at)}${annotationHtml(facts)}${html.slice(at)}`
}

/** The language the searchable region is written in: its own `lang` attribute (untranslated pages say `de`), else the page's locale. */
export function bodyLanguage(html: string, pageLocale: LocaleCode): LocaleCode {
  const lang = /<div data-pagefind-body\s+lang="([^"]+)"/.exec(html)?.[1]
  if (!lang || lang === localeDefinition(pageLocale).htmlLang) return pageLocale
  return localeCodes.find((code) => code === lang) ?? pageLocale
}

export type CustomRecord = {
  url: string
  content: string
  language: string
  meta: Record<string, string>
  filters: Record<string, string[]>
  sort: Record<string, string>
}

/**
 * An index-only page in the reader's language for an untranslated page: its translated title (weighted as a
 * heading), summary and search words lead to the page (shown in German) at the reader's own address.
 * Null when nothing about it is translated: its German text is found through the German bundle.
 * `lang` meta is the language of title and excerpt (the reader's); the `language` filter is the target page's.
 */
export function translatedPageHtml(input: {
  locale: LocaleCode
  title: string | null
  texts: (string | null | undefined)[]
  facts: SearchFacts
}): string | null {
  const texts = input.texts.filter((text): text is string => Boolean(text && text.trim()))
  const title = input.title ?? texts.shift() ?? null
  if (!title && input.facts.keywords.length === 0) return null
  const lang = localeDefinition(input.locale).htmlLang
  const heading = title ? `<h1>${escapeText(title)}</h1>` : ''
  const paragraphs = [...new Set(texts)].map((text) => `<p>${escapeText(text)}</p>`).join('')
  return `<!doctype html><html lang="${lang}"><head><title>${escapeText(title ?? '')}</title></head><body><div data-pagefind-body>${annotationHtml(input.facts)}<span data-pagefind-meta="lang:${lang}"></span>${heading}${paragraphs}</div></body></html>`
}

export type PdfPage = { page: number; text: string }

/** Words compared as page furniture: page numbers differ from page to page (`Seite 2 von 6`). */
const furnitureKey = (word: string) => word.replace(/\d+/g, '#')

/**
 * The pages without their running head and foot: the words every page (of two or more) starts or ends with, page
 * numbers aside. A footer "Musterdokument – Umsetzungsbericht KIKO 2008–2012 – … Seite 2 von 6" made every page a hit
 * for each word of the title.
 */
export function withoutRunningLines(pages: PdfPage[]): PdfPage[] {
  const words = pages.map((page) => page.text.split(/\s+/).filter(Boolean))
  if (words.length < 2) return pages
  const shortest = Math.min(...words.map((each) => each.length))
  const common = (at: (each: string[], index: number) => string) => {
    let count = 0
    while (
      count < shortest &&
      words.every((each) => furnitureKey(at(each, count)) === furnitureKey(at(words[0], count)))
    )
      count++
    return count
  }
  const head = common((each, index) => each[index])
  const foot = Math.min(
    common((each, index) => each[each.length - 1 - index]),
    shortest - head,
  )
  return pages.map((page, index) => ({
    page: page.page,
    text: words[index].slice(head, words[index].length - foot).join(' '),
  }))
}

/**
 * What a search result for a PDF page shows besides its text: the document's title and its page on the site, by the
 * address of the document's HTML version (the records' address without `#seite-N`).
 */
export type DocumentIndex = Record<string, { title: string; slug: string }>

/**
 * One record per PDF page with text (without its running head and foot), in the file's language, pointing at that
 * page's section of the document's HTML version (`/de/dokumente/kiko/text/#seite-3`, `pageUrl`): a hit opens the
 * page's text as a web page, readable on a phone and with a screen reader, with the PDF one link away. (Indexing
 * the HTML version as one page instead would make a whole report one hit: the page number and the page-precise
 * ranking of the records would be lost.) Its only metadata is
 * `recent`: Pagefind searches every metadata field, so a document title there made each page of the document a hit
 * for any word of its title, whether the page has it or not. The search page takes title and
 * document from the bundle's `documents.json` (a `DocumentIndex`), the page number from the address.
 */
export function pdfPageRecords(input: {
  pageUrl: (page: number) => string
  pages: PdfPage[]
  facts: SearchFacts
}): CustomRecord[] {
  const meta: Record<string, string> = input.facts.recent ? { recent: '1' } : {}
  return withoutRunningLines(input.pages.filter((page) => page.text.trim() !== ''))
    .filter((page) => page.text !== '')
    .map((page) => ({
      url: input.pageUrl(page.page),
      content: page.text,
      language: localeDefinition(input.facts.language).htmlLang,
      meta,
      filters: searchFilters(input.facts),
      sort: searchSort(input.facts),
    }))
}
