/**
 * Builds the Pagefind search bundles for a built site: one per site locale under `/pagefind/<locale path>/`.
 *
 *   node --import tsx site/indexer/index-search.ts <built site folder> [--locales de,en] [--recent]   (CMS_URL names the CMS)
 *
 * - One locale at a time (its index is dropped once written); parallel indexers split the locales (--locales).
 * - --recent: the folder holds an incremental build's pages only; their records go into /pagefind-recent/<locale>/
 *   and recent.json lists the bundles and addresses, so the search page prefers them to the full bundles' records.
 * - Every built page goes into the bundle of its locale (Leichte Sprache into its own, indexed as German),
 *   annotated with type, field of work, year, district, date and the editors' search words in that language.
 * - A page shown in German in another locale (untranslated) is not indexed as that language. Its translated
 *   title, summary and search words become an index-only page at the reader's address instead; its German text is
 *   found through the German bundle, which every other locale's search page queries too.
 * - The editors' synonym groups of a language (CMS: "Synonyme für die Suche", read once per run) add the group's other
 *   words to each record of that language whose text holds one of them, as metadata (./synonyms.ts).
 * - A PDF's bundle (that of its language) holds one record per PDF page, linking to that page of the document's HTML
 *   version (`/de/dokumente/x/text/#seite-N`), and `documents.json`, the documents' titles and slugs. The German
 *   bundle holds `addresses.json`: where each German page is in the other locales, so a German hit leads a reader to
 *   their own address of the page (a PDF page's hit to that page of the HTML version in the reader's language).
 *
 * Titles, search words and PDF page texts come from the CMS API, like everything else the site shows.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import * as pagefind from 'pagefind'
import { z } from 'astro/zod'

import { localeCodes, sourceLocale, type LocaleCode } from '#/i18n/locales.ts'
import { htmlLang } from '#/i18n/routing.ts'
import { fetchCollection, validateDocument } from '#/loaders/cms.ts'
import {
  documentSchema,
  eventSchema,
  indicatorSchema,
  organisationSchema,
  pageSchema,
  topicSchema,
} from '#/loaders/schemas.ts'
import { pageAnchor } from '#/lib/documents/document-text.ts'
import { documentTextUrl } from '#/lib/urls.ts'
import { indexPages, pageUrl } from '#/lib/pages/pages.ts'
import { renders } from '#/build/paths.ts'
import { routes } from '#/build/routes.ts'
import {
  annotatePage,
  bodyLanguage,
  bundlePath,
  pathRole,
  pdfPageRecords,
  translatedPageHtml,
  urlForFile,
  type DocumentIndex,
  type SearchFacts,
  type SearchType,
} from '#/lib/search/records.ts'
import { separateBlocks } from '#/lib/search/block-breaks.ts'
import { addressTable, alternatesOf } from './addresses.ts'
import { searchableText, synonymGroupSchema, synonymsFor, synonymTable, withSynonyms } from './synonyms.ts'

type LocalizedText = Partial<Record<string, string | null>> | null | undefined
const keywords = z.record(z.string(), z.array(z.string()).nullable()).nullable().optional()

const schemas = {
  pages: pageSchema,
  topics: topicSchema.extend({ keywords }),
  documents: documentSchema.extend({ keywords }),
  events: eventSchema.extend({ updatedAt: z.string().optional() }),
  organisations: organisationSchema.extend({ updatedAt: z.string().optional() }),
  indicators: indicatorSchema.extend({ updatedAt: z.string().optional() }),
}

async function load<K extends keyof typeof schemas>(collection: K): Promise<z.infer<(typeof schemas)[K]>[]> {
  const docs = await fetchCollection(collection)
  return docs.map((doc) => validateDocument(schemas[collection], doc, collection) as z.infer<(typeof schemas)[K]>)
}

/** The text in exactly this locale, or null: a fallback to German is not the reader's language. */
function own(field: LocalizedText, locale: LocaleCode): string | null {
  const value = field?.[locale]
  return value && value.trim() ? value : null
}

function htmlFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    if (statSync(path).isDirectory())
      return name === 'pagefind' || name === 'pagefind-recent' || name === 'files' ? [] : htmlFiles(path)
    return name.endsWith('.html') ? [path] : []
  })
}

function folderBytes(folder: string): number {
  return readdirSync(folder).reduce((sum, name) => {
    const path = join(folder, name)
    return sum + (statSync(path).isDirectory() ? folderBytes(path) : statSync(path).size)
  }, 0)
}

/** Pages sent to Pagefind's service before waiting for its answers. */
const inFlight = 32

/** `synonyms`: the pages and records that got words of a synonym group. */
export type BundleReport = {
  locale: LocaleCode
  path: string
  pages: number
  records: number
  synonyms: number
  bytes: number
}

/**
 * `locales`: the bundles to build (parallel indexers split the locales between them).
 * `recent`: index only the pages in `site` (the output of an incremental build) into /pagefind-recent/, marked as
 * replacing the full bundles' records for the same addresses.
 */
export async function indexSearch(
  site: string,
  { locales = localeCodes, recent = false }: { locales?: LocaleCode[]; recent?: boolean } = {},
): Promise<BundleReport[]> {
  const root = recent ? 'pagefind-recent' : 'pagefind'
  const [pages, topics, documents, events, organisations, indicators] = await Promise.all([
    load('pages'),
    load('topics'),
    load('documents'),
    load('events'),
    load('organisations'),
    load('indicators'),
  ])
  const synonyms = synonymTable(
    (await fetchCollection('search-synonyms')).map((doc) =>
      validateDocument(synonymGroupSchema, doc, 'search-synonyms'),
    ),
  )
  const pageIndex = indexPages(pages)
  const topicById = new Map(topics.map((topic) => [topic.id, topic]))
  const topicSlugs = (ids: (number | null | undefined)[]) =>
    ids.flatMap((id) => (id ? [topicById.get(id)?.slug.de].filter((slug): slug is string => Boolean(slug)) : []))
  const pageByUrl = new Map(
    pages.flatMap((page) => localeCodes.map((locale) => [pageUrl(page, locale, pageIndex), page] as const)),
  )
  const entries = {
    document: new Map(documents.map((each) => [each.slug, each])),
    event: new Map(events.map((each) => [each.slug, each])),
    organisation: new Map(organisations.map((each) => [each.slug, each])),
    indicator: new Map(indicators.map((each) => [each.slug, each])),
  }

  /** Facts, and the texts in the reader's own language, of the content behind an address. */
  function describe(
    url: string,
    type: SearchType,
    slug: string | undefined,
    locale: LocaleCode,
    language: LocaleCode,
  ): { facts: SearchFacts; title: string | null; texts: (string | null)[] } {
    const base = { type, language, topics: [] as string[], keywords: [] as string[] }
    if (type === 'document') {
      const document = entries.document.get(slug!)!
      return {
        facts: {
          ...base,
          topics: topicSlugs(document.topics ?? []),
          year: document.year,
          date: document.decisionDate ?? `${document.year}-01-01`,
          keywords: document.keywords?.[locale] ?? [],
        },
        title: own(document.title, locale),
        texts: [own(document.summary, locale)],
      }
    }
    if (type === 'event') {
      const event = entries.event.get(slug!)!
      return {
        facts: {
          ...base,
          topics: topicSlugs(event.topics ?? []),
          year: Number(event.start.slice(0, 4)),
          date: event.start,
          district: event.place.district ?? undefined,
        },
        title: own(event.title, locale),
        texts: [own(event.targetGroup, locale)],
      }
    }
    if (type === 'organisation') {
      const organisation = entries.organisation.get(slug!)!
      return {
        facts: { ...base, district: organisation.district, date: organisation.updatedAt },
        title: organisation.name,
        texts: [own(organisation.description, locale)],
      }
    }
    if (type === 'indicator') {
      const indicator = entries.indicator.get(slug!)!
      return {
        facts: { ...base, topics: topicSlugs([indicator.topic]), date: indicator.updatedAt },
        title: own(indicator.name, locale),
        texts: [own(indicator.definition, locale)],
      }
    }
    const page = pageByUrl.get(url)
    if (!page) return { facts: base, title: null, texts: [] }
    const topic = page.topic ? topicById.get(page.topic) : undefined
    return {
      facts: {
        ...base,
        topics: topicSlugs([page.topic]),
        date: page.updatedAt,
        // The field of work's name and search words lead to its pages.
        keywords: [own(topic?.title, locale), ...(topic?.keywords?.[locale] ?? [])].filter(
          (word): word is string => word !== null,
        ),
      },
      title: own(page.title, locale) ?? own(topic?.title, locale),
      texts: [own(page.summary, locale), own(topic?.title, locale), own(topic?.summary, locale)],
    }
  }

  const files = htmlFiles(site)
  const byLocale = new Map<
    LocaleCode,
    { file: string; url: string; role: Extract<ReturnType<typeof pathRole>, { locale: LocaleCode }> }[]
  >()
  for (const file of files) {
    const url = urlForFile(relative(site, file))
    const role = pathRole(url, (type, slug) => entries[type].has(slug))
    if (role.role === 'outside' || role.role === 'list') continue
    byLocale.set(role.locale, [...(byLocale.get(role.locale) ?? []), { file, url, role }])
  }
  const reports: BundleReport[] = []
  /** Addresses with a record in the bundles written: pages, and HTML versions (their records are `…/text/#seite-N`). */
  const indexed = new Set<string>()
  // One locale at a time, its index dropped once written: memory stays that of the largest locale.
  for (const locale of locales) {
    const path = join(site, bundlePath(locale, root))
    rmSync(path, { recursive: true, force: true })
    const { index, errors } = await pagefind.createIndex({ forceLanguage: htmlLang(locale) })
    if (!index) throw new Error(`Pagefind could not create the ${locale} index: ${errors.join('; ')}`)
    const count = { pages: 0, records: 0, synonyms: 0 }
    /** German pages and their addresses in the other locales: where a German hit leads a reader of another language. */
    const germanPages: { url: string; alternates: Record<string, string> }[] = []
    /** Title and document page of each PDF file with records in this bundle (the records carry neither). */
    const documentIndex: DocumentIndex = {}

    // Up to `inFlight` pages wait in Pagefind's service at once: awaiting each one left the service idle between them.
    const pending = new Set<Promise<void>>()
    for (const { file, url, role } of byLocale.get(locale) ?? []) {
      const html = readFileSync(file, 'utf8')
      if (!html.includes('data-pagefind-body')) continue
      const language = bodyLanguage(html, locale)
      const described = describe(
        url,
        role.role === 'entry' ? role.type : 'page',
        role.role === 'entry' ? role.slug : undefined,
        locale,
        language,
      )
      const facts = { ...described.facts, recent }
      const untranslated = locale !== sourceLocale && language !== locale
      const ownContent = untranslated
        ? translatedPageHtml({ locale, title: described.title, texts: described.texts, facts })
        : separateBlocks(annotatePage(html, facts))
      if (ownContent === null) continue
      const extra = synonymsFor(searchableText(ownContent), locale, synonyms)
      if (extra.length > 0) count.synonyms++
      const content = withSynonyms(ownContent, extra)
      if (locale === sourceLocale) germanPages.push({ url, alternates: alternatesOf(html) })
      const adding = index.addHTMLFile({ url, content }).then((added) => {
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`)
        count[untranslated ? 'records' : 'pages']++
        indexed.add(url)
      })
      pending.add(adding)
      void adding.finally(() => pending.delete(adding)).catch(() => undefined)
      if (pending.size >= inFlight) await Promise.race(pending)
    }
    await Promise.all(pending)

    for (const document of documents.filter(renders(routes.document))) {
      const fileLocale = localeCodes.find((code) => code === document.fileLanguages[0]) ?? sourceLocale
      if (fileLocale !== locale) continue
      const textUrl = documentTextUrl(document.slug, fileLocale)
      const records = pdfPageRecords({
        pageUrl: (page) => `${textUrl}#${pageAnchor(page)}`,
        pages: document.pageTexts ?? [],
        facts: {
          type: 'document',
          language: fileLocale,
          topics: topicSlugs(document.topics ?? []),
          year: document.year,
          date: document.decisionDate ?? `${document.year}-01-01`,
          keywords: [],
          recent,
        },
      })
      for (const record of records) {
        const extra = synonymsFor(record.content, locale, synonyms)
        if (extra.length > 0) {
          record.meta = { ...record.meta, synonyms: extra.join(', ') }
          count.synonyms++
        }
        const added = await index.addCustomRecord(record)
        if (added.errors.length > 0)
          throw new Error(`Pagefind refused the record ${record.url}: ${added.errors.join('; ')}`)
        count.records++
      }
      if (records.length > 0) {
        indexed.add(textUrl)
        documentIndex[textUrl] = { title: own(document.title, fileLocale) ?? document.title.de, slug: document.slug }
      }
    }

    if (count.pages + count.records > 0) {
      const written = await index.writeFiles({ outputPath: path })
      if (written.errors.length > 0)
        throw new Error(`Pagefind could not write the ${locale} bundle: ${written.errors.join('; ')}`)
      if (locale === sourceLocale)
        writeFileSync(join(path, 'addresses.json'), JSON.stringify(addressTable(germanPages)))
      writeFileSync(join(path, 'documents.json'), JSON.stringify(documentIndex))
      reports.push({ locale, path: bundlePath(locale, root), ...count, bytes: folderBytes(path) })
    }
    await index.deleteIndex()
  }
  await pagefind.close()
  if (recent) {
    // The search page drops a full bundle's result for these addresses in favour of the recent one.
    mkdirSync(join(site, 'pagefind-recent'), { recursive: true })
    writeFileSync(
      join(site, 'pagefind-recent', 'recent.json'),
      JSON.stringify({ bundles: reports.map((report) => report.path), addresses: [...indexed] }),
    )
  }
  return reports
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'index-search.ts')
if (isMain) {
  const [site, ...flags] = process.argv.slice(2)
  const flag = (name: string) => {
    const at = flags.indexOf(`--${name}`)
    return at >= 0 ? flags[at + 1] : undefined
  }
  if (!site) {
    console.error(
      'usage: node --import tsx site/indexer/index-search.ts <built site folder> [--locales de,en] [--recent]',
    )
    process.exit(2)
  }
  try {
    const codes = flag('locales')?.split(',')
    const unknown = codes?.filter((code) => !localeCodes.includes(code as LocaleCode)) ?? []
    if (unknown.length > 0)
      throw new Error(`--locales: ${unknown.join(', ')} is no site locale (${localeCodes.join(', ')})`)
    const reports = await indexSearch(resolve(site), {
      locales: codes as LocaleCode[] | undefined,
      recent: flags.includes('--recent'),
    })
    for (const report of reports) {
      console.log(
        `${report.path.padEnd(30)} ${String(report.pages).padStart(4)} pages ${String(report.records).padStart(4)} records ${String(report.synonyms).padStart(4)} with synonyms ${(report.bytes / 1024).toFixed(0).padStart(6)} KiB`,
      )
    }
  } catch (error) {
    console.error(`Search index failed: ${(error as Error).message}`)
    process.exit(1)
  }
}
