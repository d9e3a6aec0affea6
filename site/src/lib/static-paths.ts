/**
 * Which routes this `astro build` renders. scripts/lib/site.ts may split a build:
 * - SITE_BUILD_LOCALES="de,en": a shard renders the per-locale routes of these locales only (shards run in parallel);
 * - SITE_BUILD_ENTRIES="events:12,organisations:3": an incremental build renders the detail pages of these entries
 *   only (every overview page is rendered, it may list them). Unset means everything.
 */
import { localeCodes, type LocaleCode } from '#/i18n/locales.ts'
import { localePath } from '#/i18n/routing.ts'

export type EntryCollection = 'pages' | 'documents' | 'events' | 'organisations' | 'indicators'

function listFromEnv(name: string): string[] | null {
  const value = process.env[name]?.trim()
  return value
    ? value
        .split(',')
        .map((each) => each.trim())
        .filter(Boolean)
    : null
}

const shardLocales = listFromEnv('SITE_BUILD_LOCALES')
for (const code of shardLocales ?? []) {
  if (!localeCodes.includes(code as LocaleCode))
    throw new Error(`SITE_BUILD_LOCALES names "${code}", which is no site locale (${localeCodes.join(', ')})`)
}
const onlyEntries = listFromEnv('SITE_BUILD_ENTRIES')
const entrySet = onlyEntries ? new Set(onlyEntries) : null

/** True in an incremental build (only some entries' detail pages are rendered). */
export function incrementalBuild(): boolean {
  return entrySet !== null
}

/** The locales whose pages this build renders. */
export function builtLocales(): LocaleCode[] {
  return shardLocales ? localeCodes.filter((code) => shardLocales.includes(code)) : localeCodes
}

/** A filter for a collection's detail pages: true when this build renders the entry's pages. */
export function builtEntry(collection: EntryCollection): (entry: { id: number }) => boolean {
  return (entry) => entrySet === null || entrySet.has(`${collection}:${entry.id}`)
}

const listBlocks: Record<string, EntryCollection> = {
  eventList: 'events',
  documentList: 'documents',
  organisationList: 'organisations',
}

/**
 * A filter for content pages: in an incremental build, also true for a page with a list block (events, documents,
 * organisations) of a kind the build renders entries of, since it may list them.
 */
export function builtPage(page: {
  id: number
  layout?: Partial<Record<string, { blockType: string }[] | null>> | null
}): boolean {
  if (entrySet === null || entrySet.has(`pages:${page.id}`)) return true
  const kinds = new Set([...entrySet].map((entry) => entry.split(':')[0]))
  return Object.values(page.layout ?? {}).some((blocks) =>
    (blocks ?? []).some((block) => kinds.has(listBlocks[block.blockType] ?? '')),
  )
}

/** getStaticPaths rows for a page that exists once per locale. */
export function localeRoutes(): { params: { locale: string }; props: { locale: LocaleCode } }[] {
  return builtLocales().map((locale) => ({ params: { locale: localePath(locale) }, props: { locale } }))
}

/**
 * localeRoutes() for an overview page listing entries of these kinds: an incremental build renders it only when it
 * renders entries of one of them (an event changed: the events overview, not the documents library).
 */
export function overviewRoutes(...kinds: EntryCollection[]): ReturnType<typeof localeRoutes> {
  if (entrySet === null) return localeRoutes()
  const changed = new Set([...entrySet].map((entry) => entry.split(':')[0]))
  return kinds.some((kind) => changed.has(kind)) ? localeRoutes() : []
}
