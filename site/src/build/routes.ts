/**
 * What the pages of each route show. The templates' getStaticPaths filters (./paths.ts) and the
 * incremental build's planner (./plan.ts) both read these declarations: a template that starts showing another
 * kind of related entry says so here, and incremental builds follow. Plain TypeScript without Astro, so the
 * planner can import it from the build scripts.
 *
 * Not declared, because they render in every build: the routes without getStaticPaths (sitemap.xml, robots.txt,
 * organisationen.csv/json, the root 404 and the language choice) and the sitemap files (sitemap-N.xml). Shared content
 * (topics, fields of work, contacts, networks, media, globals) is not declared either: any change to it makes a
 * full build. The sitemap lists the pages of every route declared here (src/lib/sitemap/pages.ts has a row per
 * route, so a new route fails the type-check until it says which pages it has).
 */

export const ENTRY_KINDS = ['pages', 'documents', 'events', 'organisations', 'indicators'] as const
export type EntryKind = (typeof ENTRY_KINDS)[number]

/** A field by which an entry names another entry. */
export type Link = 'parent' | 'organiser' | 'supersedes'

/** What the planner knows of an entry: its id, the entries it names, and the kinds its list blocks list. */
export type EntryLinks = { id: number } & Partial<Record<Link, number | null>> & { lists?: EntryKind[] }
export type EntryGraph = Record<EntryKind, EntryLinks[]>

/** Which entries, besides its own, the page of an entry shows. */
export type Relation =
  /** The entry its field names; with `chain`, also the one that entry names, and so on (ancestors). */
  | { kind: EntryKind; named: Link; chain?: true }
  /** The entries whose field names it (an organisation's events, a page's children). */
  | { kind: EntryKind; naming: Link }
  /** Every entry it reaches through the field in either direction, however far (all editions of a document). */
  | { kind: EntryKind; lineage: Link }
  /** Every entry of the kinds its list blocks list (`lists`). */
  | { listed: true }

/** A route with one page per entry (and locale). */
export type EntryRoute = { entry: EntryKind; shows: readonly Relation[] }
/** A route that lists every entry of some kinds (overviews, calendars, the A–Z index), or none. */
export type ListRoute = { lists: readonly EntryKind[] }
export type Route = EntryRoute | ListRoute

export const routes = {
  /** The start page: its own blocks, the newest documents, the next events, the fields of work. */
  start: { lists: ENTRY_KINDS },
  /** A content page: breadcrumbs name its ancestors, cards its children, list blocks the entries they select. */
  page: {
    entry: 'pages',
    shows: [{ kind: 'pages', named: 'parent', chain: true }, { kind: 'pages', naming: 'parent' }, { listed: true }],
  },
  /**
   * A document: its earlier editions and the documents that replace it, each marked with the editions that replace
   * it in turn ("Ersetzt durch …"): its whole lineage.
   */
  document: { entry: 'documents', shows: [{ kind: 'documents', lineage: 'supersedes' }] },
  /** A document's HTML version: the document's own PDF text, page by page. */
  documentText: { entry: 'documents', shows: [] },
  documents: { lists: ['documents'] },
  /** An event page and its calendar file: the event and its organiser. */
  event: { entry: 'events', shows: [{ kind: 'organisations', named: 'organiser' }] },
  /** The events overview, month and archive pages and the calendar feeds. */
  events: { lists: ['events', 'organisations'] },
  /** An organisation: its events. */
  organisation: { entry: 'organisations', shows: [{ kind: 'events', naming: 'organiser' }] },
  organisations: { lists: ['organisations'] },
  /** An indicator's page, chart data and table: the indicator alone. */
  indicator: { entry: 'indicators', shows: [] },
  indicators: { lists: ['indicators'] },
  /** The A–Z index names every entry. */
  azIndex: { lists: ENTRY_KINDS },
  /** The search page finds every entry; after an incremental build it names the recent search bundle. */
  search: { lists: ENTRY_KINDS },
  /** The 404 pages show no entry. */
  notFound: { lists: [] },
} as const satisfies Record<string, Route>

export type RouteName = keyof typeof routes

const allRoutes: Route[] = Object.values(routes)
const entryRoutes = allRoutes.filter((route): route is EntryRoute => 'entry' in route)

const ref = (kind: EntryKind, id: number) => `${kind}:${id}`

/** Looks entries up by id and by the entries that name them, once per graph. */
function indexGraph(graph: EntryGraph) {
  const byId = new Map<string, EntryLinks>()
  const naming = new Map<string, number[]>()
  for (const kind of ENTRY_KINDS)
    for (const entry of graph[kind]) {
      byId.set(ref(kind, entry.id), entry)
      for (const link of ['parent', 'organiser', 'supersedes'] as const) {
        const target = entry[link]
        if (typeof target !== 'number') continue
        const key = `${kind}:${link}:${target}`
        naming.set(key, [...(naming.get(key) ?? []), entry.id])
      }
    }
  return { byId, naming }
}

/** The entries (as "kind:id") that the pages of `entry` show through `route`'s relations, itself excluded. */
function shownBy(
  route: EntryRoute,
  entry: EntryLinks,
  graph: EntryGraph,
  index: ReturnType<typeof indexGraph>,
): string[] {
  const shown: string[] = []
  for (const relation of route.shows) {
    if ('listed' in relation) {
      for (const kind of entry.lists ?? []) for (const each of graph[kind]) shown.push(ref(kind, each.id))
    } else if ('lineage' in relation) {
      const seen = new Set<number>([entry.id])
      const next = [entry.id]
      for (let id = next.pop(); id !== undefined; id = next.pop()) {
        const named = index.byId.get(ref(relation.kind, id))?.[relation.lineage]
        const naming = index.naming.get(`${relation.kind}:${relation.lineage}:${id}`) ?? []
        for (const other of [...(typeof named === 'number' ? [named] : []), ...naming]) {
          if (seen.has(other)) continue
          seen.add(other)
          next.push(other)
          shown.push(ref(relation.kind, other))
        }
      }
    } else if ('naming' in relation) {
      const key = `${relation.kind}:${relation.naming}:${entry.id}`
      for (const id of index.naming.get(key) ?? []) shown.push(ref(relation.kind, id))
    } else {
      const seen = new Set<number>([entry.id])
      let target = entry[relation.named]
      while (typeof target === 'number' && !seen.has(target)) {
        seen.add(target)
        shown.push(ref(relation.kind, target))
        if (!relation.chain) break
        target = index.byId.get(ref(relation.kind, target))?.[relation.named]
      }
    }
  }
  return shown
}

/**
 * The entries whose pages show at least one of `changed` (as "kind:id"), the changed ones included: what an
 * incremental build renders, derived from the declarations above.
 */
export function entriesShowing(changed: Iterable<string>, graph: EntryGraph): string[] {
  const wanted = new Set(changed)
  const index = indexGraph(graph)
  const result = new Set(wanted)
  for (const route of entryRoutes)
    for (const entry of graph[route.entry]) {
      const own = ref(route.entry, entry.id)
      if (result.has(own)) continue
      if (shownBy(route, entry, graph, index).some((each) => wanted.has(each))) result.add(own)
    }
  return [...result].sort()
}

/** True when a list route shows an entry of one of these kinds. */
export function listsAny(route: ListRoute, kinds: ReadonlySet<string>): boolean {
  return route.lists.some((kind) => kinds.has(kind))
}

/** The list blocks of content pages and the kind of entry each lists. */
export const listBlocks: Readonly<Record<string, EntryKind>> = {
  eventList: 'events',
  documentList: 'documents',
  organisationList: 'organisations',
}

/** The kinds a page's list blocks list, in any locale (`layout` as the CMS gives it with locale=all or one locale). */
export function listedKinds(layout: unknown): EntryKind[] {
  const blocks: unknown[] = Array.isArray(layout)
    ? layout
    : layout && typeof layout === 'object'
      ? Object.values(layout).flatMap((each: unknown) => (Array.isArray(each) ? (each as unknown[]) : []))
      : []
  const kinds = new Set<EntryKind>()
  for (const block of blocks) {
    const type = block && typeof block === 'object' && 'blockType' in block ? block.blockType : undefined
    if (typeof type === 'string' && listBlocks[type]) kinds.add(listBlocks[type])
  }
  return ENTRY_KINDS.filter((kind) => kinds.has(kind))
}
