/**
 * The search page in the browser: Pagefind over the locale's own bundle and, except in German, the German one.
 * The German bundle is loaded only when a query needs it: when the reader's own bundle finds less than a page of
 * results, when the language filter asks for German, or when the reader asks for it (a button under the count);
 * from then on it is searched too. A German hit links to the reader's own address of the page (the German page with
 * the notice in the reader's language), once per address. Results say their type and language; PDF hits say their page. Queries that
 * find nothing are reported to the CMS (query and locale only) once the reader has stopped typing.
 */
import { createMissLog, missBody, missDelay, normaliseQuery } from '#/lib/search/query.ts'
import type { DocumentIndex } from '#/lib/search/records.ts'
import { mergeTables, readerAddress, type AddressTable } from './search-addresses.ts'

type Config = {
  locale: string
  bundles: string[]
  /** Set after an incremental build: /pagefind-recent/recent.json names bundles of the pages it rendered. */
  recent: string | null
  documentsUrl: string
  missUrl: string | null
  strings: { results: string; noResults: string; page: string; openDocument: string; error: string }
  labels: { type: Record<string, string>; language: Record<string, { label: string; lang: string }> }
}

/* The parts of Pagefind's browser API this page uses. */
type ResultData = {
  url: string
  excerpt: string
  meta: Record<string, string | undefined>
  filters: Record<string, string[] | undefined>
}
type Result = { id: string; score: number; data: () => Promise<ResultData> }
type Search = { results: Result[] }
type Pagefind = {
  options: (options: Record<string, unknown>) => Promise<void>
  mergeIndex: (path: string, options: Record<string, unknown>) => Promise<void>
  init: () => Promise<void>
  search: (
    query: string,
    options: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<Search | null>
}

const pageSize = 10
/** A PDF page's record: its section of the document's HTML version, `/de/dokumente/kiko/text/#seite-3`. */
const pdfPageAddress = /\/text\/#seite-(\d+)$/
const isPdfPage = (url: string) => pdfPageAddress.test(url)
const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''))

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; lang?: string } = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (props.className) node.className = props.className
  if (props.text !== undefined) node.textContent = props.text
  if (props.lang) node.lang = props.lang
  return node
}

/** Addresses re-indexed by an incremental build: the full bundles' records for them are out of date. */
type Recent = { bundles: string[]; addresses: string[] }

/** The recent bundle matching each of the page's bundles (same locale), where an incremental build wrote one. */
async function recentBundles(config: Config): Promise<{ own: string | null; others: string[]; replaced: Set<string> }> {
  const none = { own: null, others: [], replaced: new Set<string>() }
  if (!config.recent) return none
  const response = await fetch(config.recent)
  if (!response.ok) return none
  const recent = (await response.json()) as Recent
  const matching = config.bundles
    .map((bundle) => bundle.replace('/pagefind/', '/pagefind-recent/'))
    .map((bundle) => (recent.bundles.includes(bundle) ? bundle : null))
  return {
    own: matching[0],
    others: matching.slice(1).filter((bundle): bundle is string => bundle !== null),
    replaced: new Set(recent.addresses),
  }
}

type Loaded = {
  pagefind: Pagefind
  outdated: (data: ResultData) => boolean
  /** The address a result links to: the reader's own address of a German page (see search-addresses.ts). */
  address: (data: ResultData) => string
  /** Title and slug of the documents whose PDF pages the bundles searched so far hold (loaded on first use). */
  documents: () => Promise<DocumentIndex>
  /** Adds the German bundle to every search from now on (once; later calls wait for the first). Null in German. */
  includeGerman: (() => Promise<void>) | null
}

/**
 * Pagefind's default ranks a word that merely starts with the query (German "Sportverein" for Turkish "spor") almost
 * as high as the word itself; twice its default weight for term similarity puts pages with the reader's own word first.
 * A match in a metadata field adds weight × the query's IDF to the score: the title (Pagefind's default 5) and the
 * editors' search words (`keywords`, records.ts), twice as much. A title says what a page mentions; a search word is the
 * editors' statement that the page answers it. Without it a short event or indicator with the word in its title
 * outranked the field-of-work page that explains the offer (README, "Search ranking").
 */
const ranking = { termSimilarity: 2, metaWeights: { title: 5, keywords: 10 } }

/** A file the indexer wrote beside a bundle; `missing` where the bundle has none (built before the file existed). */
async function jsonOf<T>(url: string, missing: T): Promise<T> {
  const response = await fetch(url)
  return response.ok ? ((await response.json()) as T) : missing
}

/** The German bundle's address table; without one, hits keep their German address. */
const addressTableOf = (bundle: string) =>
  jsonOf<AddressTable>(`${bundle}addresses.json`, { prefixes: {}, differing: {} })

async function loadPagefind(config: Config): Promise<Loaded> {
  const [own, ...others] = config.bundles
  const pagefind = (await import(/* @vite-ignore */ `${own}pagefind.js`)) as Pagefind
  await pagefind.options({ basePath: own, excerptLength: 24, ranking })
  const recent = await recentBundles(config)
  if (recent.own) await pagefind.mergeIndex(recent.own, { ranking })
  await pagefind.init()
  const outdated = (data: ResultData) => data.meta.recent !== '1' && recent.replaced.has(data.url.split('#')[0])
  let german: Promise<void> | undefined
  let addresses: AddressTable = { prefixes: {}, differing: {} }
  /* German results rank a little below equally good ones in the reader's own language. */
  const includeGerman = async () => {
    german ??= (async () => {
      for (const bundle of [...others, ...recent.others]) {
        const [table] = await Promise.all([
          addressTableOf(bundle),
          pagefind.mergeIndex(bundle, { language: 'de', indexWeight: 0.7, ranking }),
        ])
        addresses = mergeTables(addresses, table)
      }
    })()
    return german
  }
  const address = (data: ResultData) => readerAddress(data.url, config.locale, addresses)
  const documentIndexes = new Map<string, Promise<DocumentIndex>>()
  const documents = async () => {
    const bundles = [own, recent.own, ...(german ? [...others, ...recent.others] : [])]
    const indexes = bundles.flatMap((bundle) => {
      if (!bundle) return []
      if (!documentIndexes.has(bundle))
        documentIndexes.set(bundle, jsonOf<DocumentIndex>(`${bundle}documents.json`, {}))
      return [documentIndexes.get(bundle)!]
    })
    return Object.assign({}, ...(await Promise.all(indexes))) as DocumentIndex
  }
  return { pagefind, outdated, address, documents, includeGerman: others.length > 0 ? includeGerman : null }
}

function start(root: HTMLElement): void {
  const config = JSON.parse(root.dataset.config!) as Config
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!
  const filterSelects = [...form.querySelectorAll<HTMLSelectElement>('[data-search-filter]')]
  const sortSelect = form.querySelector<HTMLSelectElement>('[data-search-sort]')!
  const status = root.querySelector<HTMLElement>('[data-search-status]')!
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!
  const alsoGerman = root.querySelector<HTMLButtonElement>('[data-search-german]')
  const az = root.querySelector<HTMLDetailsElement>('[data-search-az]')!

  root.querySelector<HTMLElement>('[data-search-nojs]')!.hidden = true
  form.hidden = false
  az.open = false

  const pagefind = loadPagefind(config)
  const misses = createMissLog()
  let generation = 0
  let results: Result[] = []
  let shown = 0
  /** Addresses already in the list: a page found in both bundles is listed once, where it ranked higher. */
  let listed = new Set<string>()
  let typingTimer: number | undefined
  let missTimer: number | undefined
  let firstResults = true
  let germanIncluded = false

  const activeFilters = (): Record<string, string> =>
    Object.fromEntries(
      filterSelects
        .filter((select) => select.value !== '')
        .map((select) => [select.dataset.searchFilter!, select.value]),
    )

  /** A result as the reader sees it; `pdf` for a PDF page: the document it belongs to. */
  function renderResult(data: ResultData, href: string, pdf?: DocumentIndex[string]): HTMLLIElement {
    const language = data.filters.language?.[0] ?? ''
    const type = data.filters.type?.[0] ?? 'page'
    const lang = data.meta.lang ?? config.labels.language[language]?.lang
    const item = element('li', { className: 'search-result' })
    const heading = element('h2', { className: 'search-result__title', lang })
    const link = element('a', { text: pdf?.title ?? data.meta.title ?? data.url })
    link.href = href
    heading.append(link)
    const facts = [config.labels.type[type] ?? type, config.labels.language[language]?.label ?? language]
    const page = pdfPageAddress.exec(data.url)?.[1]
    if (page) facts.push(fill(config.strings.page, { page }))
    const excerpt = element('p', { className: 'search-result__excerpt', lang })
    excerpt.innerHTML = data.excerpt // Pagefind's excerpt: indexed text, escaped, with <mark> around the matches
    item.append(heading, element('p', { className: 'search-result__facts', text: facts.join(' · ') }), excerpt)
    if (pdf) {
      const about = element('a', { text: config.strings.openDocument })
      about.href = `${config.documentsUrl}${pdf.slug}/`
      const line = element('p', { className: 'search-result__document' })
      line.append(about)
      item.append(line)
    }
    return item
  }

  /** Renders the next batch of results; `replace` swaps the whole list at once (no empty moment in between). */
  async function showMore(current: number, { focus = false, replace = false } = {}): Promise<void> {
    const batch = await Promise.all(
      results.slice(replace ? 0 : shown, (replace ? 0 : shown) + pageSize).map((result) => result.data()),
    )
    if (current !== generation) return
    const { outdated, address, documents } = await pagefind
    const pdfPages = batch.some((data) => isPdfPage(data.url)) ? await documents() : {}
    if (current !== generation) return
    if (replace) listed = new Set()
    const items: HTMLLIElement[] = []
    for (const data of batch.filter((each) => !outdated(each))) {
      const href = address(data)
      if (listed.has(href)) continue
      listed.add(href)
      items.push(renderResult(data, href, pdfPages[data.url.split('#')[0]]))
    }
    if (replace) {
      list.replaceChildren(...items)
      shown = batch.length
    } else {
      list.append(...items)
      shown += batch.length
    }
    more.hidden = shown >= results.length
    if (focus) items[0]?.querySelector('a')?.focus()
    if (firstResults && items.length > 0) {
      firstResults = false
      performance.mark('search:first-results')
    }
  }

  /** Whether a query's own-language results call for the German bundle too (see the top of this file). */
  const needsGerman = (ownResults: number, filters: Record<string, string>) =>
    ownResults < pageSize || (filters.language !== undefined && filters.language !== config.locale)

  async function run({ focus = false } = {}): Promise<void> {
    const query = normaliseQuery(input.value)
    const current = ++generation
    const url = new URL(location.href)
    if (query) url.searchParams.set('q', query)
    else url.searchParams.delete('q')
    history.replaceState(null, '', url)
    window.clearTimeout(missTimer)
    if (!query) {
      results = []
      list.replaceChildren()
      more.hidden = true
      if (alsoGerman) alsoGerman.hidden = true
      status.textContent = ''
      return
    }
    const filters = activeFilters()
    const options = { filters, ...(sortSelect.value === 'date' ? { sort: { date: 'desc' as const } } : {}) }
    const { pagefind: engine, includeGerman } = await pagefind
    let search = await engine.search(query, options)
    if (!search || current !== generation) return
    if (includeGerman && !germanIncluded && needsGerman(search.results.length, filters)) {
      await includeGerman()
      germanIncluded = true
      search = await engine.search(query, options)
      if (!search || current !== generation) return
    }
    results = search.results
    await showMore(current, { replace: true, focus })
    if (current !== generation) return
    if (alsoGerman) alsoGerman.hidden = germanIncluded
    status.textContent =
      results.length > 0
        ? fill(config.strings.results, { count: results.length })
        : fill(config.strings.noResults, { query })
    if (results.length === 0) reportMiss(query, Object.keys(filters).length > 0)
  }

  function reportMiss(query: string, filtered: boolean): void {
    const missUrl = config.missUrl
    if (!missUrl) return
    missTimer = window.setTimeout(() => {
      if (normaliseQuery(input.value) !== query || !misses.shouldReport(query, 0, filtered)) return
      // text/plain keeps this a simple cross-origin request: no CORS preflight, no cookie.
      fetch(missUrl, {
        method: 'POST',
        headers: { 'content-type': 'text/plain;charset=UTF-8' },
        body: missBody(query, config.locale),
        credentials: 'omit',
        mode: 'no-cors',
        keepalive: true,
      }).catch(() => {
        /* counting misses is a help for editors, never a reason to disturb the reader */
      })
    }, missDelay)
  }

  const failed = () => {
    status.textContent = config.strings.error
    az.open = true
  }
  pagefind.catch(failed)
  /** Runs the search; a failure is shown to the reader, never left as an unhandled rejection. */
  const runSafely = () => void run().catch(failed)

  input.addEventListener('input', () => {
    window.clearTimeout(typingTimer)
    typingTimer = window.setTimeout(runSafely, 200)
  })
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    window.clearTimeout(typingTimer)
    runSafely()
  })
  for (const select of [...filterSelects, sortSelect]) select.addEventListener('change', runSafely)
  more.addEventListener('click', () => void showMore(generation, { focus: true }).catch(failed))
  alsoGerman?.addEventListener('click', () => {
    void (async () => {
      const { includeGerman } = await pagefind
      await includeGerman?.()
      germanIncluded = true
      await run({ focus: true })
    })().catch(failed)
  })

  const initial = new URL(location.href).searchParams.get('q')
  if (initial) {
    input.value = initial
    runSafely()
  }
}

const root = document.querySelector<HTMLElement>('[data-search]')
if (root) start(root)
