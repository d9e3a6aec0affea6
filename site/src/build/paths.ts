/**
 * The getStaticPaths filters: which pages of a route this `astro build` renders, from the build request
 * (./request.ts) and the route's declaration (./routes.ts). A full build renders every page of its locales; an
 * incremental build renders the pages of the entries it names and the list routes that list one of the kinds it
 * names (those of the changed entries).
 */
import type { LocaleCode } from '../i18n/locales.ts'
import { localePath } from '../i18n/routing.ts'
import { buildRequest } from './request.ts'
import { listsAny, type EntryRoute, type ListRoute } from './routes.ts'

type Rendered = { entries: Set<string>; kinds: Set<string>; filterKinds: Set<string> }
let rendered: Rendered | null | undefined

/**
 * The entries an incremental build renders, the kinds whose list routes it renders and the kinds whose filter pages
 * it renders; null in a full build.
 */
function renderedEntries(): Rendered | null {
  if (rendered !== undefined) return rendered
  const { entries, lists, filterLists } = buildRequest()
  const kinds = lists ?? entries?.map((entry) => entry.split(':')[0])
  rendered = entries && { entries: new Set(entries), kinds: new Set(kinds), filterKinds: new Set(filterLists ?? kinds) }
  return rendered
}

/** True in an incremental build (only some entries' pages are rendered, to be merged into the live site). */
export function incrementalBuild(): boolean {
  return renderedEntries() !== null
}

/** The locales whose pages this build renders. */
export function builtLocales(): LocaleCode[] {
  return buildRequest().locales
}

/** A filter for an entry route's pages: true when this build renders the pages of the entry. */
export function renders(route: EntryRoute): (entry: { id: number }) => boolean {
  return (entry) => {
    const only = renderedEntries()
    return only === null || only.entries.has(`${route.entry}:${entry.id}`)
  }
}

export type LocaleRoute = { params: { locale: string }; props: { locale: LocaleCode } }

/** One getStaticPaths row per locale this build renders. */
export function localeRoutes(): LocaleRoute[] {
  return builtLocales().map((locale) => ({ params: { locale: localePath(locale) }, props: { locale } }))
}

/** True in a preview build: one entry's pages with its draft, never a list route (./request.ts). */
export function previewBuild(): boolean {
  return buildRequest().preview !== null
}

/**
 * localeRoutes() for a list route: an incremental build renders it only when it lists a kind of entry the build
 * renders (an event changed: the events overview, not the documents library); a preview never.
 */
export function listRoutes(route: ListRoute): LocaleRoute[] {
  if (previewBuild()) return []
  const only = renderedEntries()
  return only === null || listsAny(route, only.kinds) ? localeRoutes() : []
}

/**
 * listRoutes() for a list route's filter pages (the combinations of organisationen/[...selection].astro and
 * veranstaltungen/[...selection].astro; never in the search index): an incremental build renders them only when an
 * entry of a kind they list changed since the last build. The live site keeps them as the last build rendered them.
 */
export function filterRoutes(route: ListRoute): LocaleRoute[] {
  if (previewBuild()) return []
  const only = renderedEntries()
  return only === null || listsAny(route, only.filterKinds) ? localeRoutes() : []
}
