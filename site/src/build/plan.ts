/**
 * Decides how much of the site a build renders. A full build renders everything; when only entries changed
 * (pages, documents, events, organisations, indicators) since the last full build, an incremental build renders
 * the pages that show them, as the routes declare it (./routes.ts: an entry's own pages, the pages of the entries
 * that show it, and the list routes of its kind), and merges them into the live site. Anything the declarations
 * cannot follow makes a full build:
 * - code or dependencies changed, or no full build yet;
 * - topics, fields of work, contacts, networks, media or a global (navigation, settings, alert banner) changed;
 * - an entry was unpublished or deleted, or changed its address (slug, parent page);
 * - more than MAX_INCREMENTAL entries changed.
 * Runs in the build scripts (under tsx), beside the declarations it reads.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

import { ENTRY_KINDS, entriesShowing, listBlocks, listedKinds, type EntryKind, type EntryLinks } from './routes.ts'

export const ENTRY_COLLECTIONS = ENTRY_KINDS
export type EntryCollection = EntryKind
const SHARED_COLLECTIONS = ['topics', 'activity-fields', 'contacts', 'networks', 'media']
const GLOBALS = ['navigation', 'site-settings', 'alert-banner']
/**
 * How long before a full build's first read of the CMS (the Date header: whole seconds) a save counts as changed for
 * the builds after it: covers the header's rounding and a save whose transaction commits while the build reads.
 */
export const FULL_BUILD_MARGIN_MS = 5_000
/** Above this many changed entries (dependents included) a full build is about as fast and simpler. */
export const MAX_INCREMENTAL = 500

type EntryRow = EntryLinks & { updatedAt: string; slug?: unknown }
export type EntryState = Record<EntryCollection, EntryRow[]>

export type BuildManifest = {
  /** Fingerprint of the site's code and lockfile. */
  code: string
  /**
   * When the last full build started to read the CMS (the CMS's clock, the clock of `updatedAt`, minus
   * FULL_BUILD_MARGIN_MS): entries changed after it are rendered again by the incremental builds that follow.
   */
  fullBuildStartedAt: string
  /** Count and newest change of everything outside the entry collections. */
  shared: string
  /** Per entry collection: id → its address (slug, and parent for pages). */
  addresses: Record<EntryCollection, Record<string, string>>
}

/** `reason` for the log (English, as the command line speaks), `grund` the same for editors (the admin's site status). */
export type BuildPlan =
  | { kind: 'full'; reason: string; grund: string }
  | { kind: 'incremental'; entries: string[]; changed: number; reason: string; grund: string }

/** What editors call the entries of each collection, in the admin's site status. */
const ENTRY_NAMES: Record<EntryCollection, string> = {
  pages: 'Seite',
  documents: 'Dokument',
  events: 'Veranstaltung',
  organisations: 'Organisation',
  indicators: 'Kennzahl',
}

async function getJson<T>(cmsUrl: string, path: string): Promise<T> {
  const response = await fetch(`${cmsUrl}${path}`, { headers: { accept: 'application/json' } })
  if (!response.ok) throw new Error(`the CMS at ${cmsUrl} answered ${response.status} for ${path}`)
  return (await response.json()) as T
}

/**
 * The CMS's clock (its answer's Date header, to the second): the cut-off of a full build is taken on the clock that
 * writes `updatedAt`, so no margin for a difference between the machines is needed.
 */
export async function cmsTime(cmsUrl: string): Promise<Date> {
  const response = await fetch(`${cmsUrl}/api/globals/site-settings?depth=0&select[updatedAt]=true`)
  await response.body?.cancel()
  const date = response.headers.get('date')
  if (!response.ok || !date) throw new Error(`the CMS at ${cmsUrl} answered ${response.status} without a Date header`)
  return new Date(date)
}

/** Count and newest change of the collections and globals every page may show. */
export async function sharedFingerprint(cmsUrl: string): Promise<string> {
  const parts: string[] = []
  for (const collection of SHARED_COLLECTIONS) {
    const body = await getJson<{ totalDocs: number; docs: { updatedAt?: string }[] }>(
      cmsUrl,
      `/api/${collection}?limit=1&sort=-updatedAt&depth=0&select[updatedAt]=true`,
    )
    parts.push(`${collection}:${body.totalDocs}:${body.docs[0]?.updatedAt ?? ''}`)
  }
  for (const global of GLOBALS) {
    const body = await getJson<{ updatedAt?: string }>(cmsUrl, `/api/globals/${global}?depth=0`)
    parts.push(`${global}:${body.updatedAt ?? ''}`)
  }
  return parts.join('|')
}

/** The fields the declarations follow (./routes.ts), per collection; of a page's layout, the list blocks' types. */
const SELECTS: Record<EntryCollection, string[]> = {
  pages: ['slug', 'parent', ...Object.keys(listBlocks).map((block) => `layout][${block}][id`)],
  documents: ['slug', 'supersedes'],
  events: ['slug', 'organiser'],
  // "Angaben bestätigt am" (a virtual field: a confirmation changes no organisation's updatedAt)
  organisations: ['slug', 'confirmedAt'],
  indicators: ['slug'],
}

/** Id, last change, address and related ids of every published entry (pages: the kinds their list blocks list). */
export async function entryState(cmsUrl: string): Promise<EntryState> {
  const state = {} as EntryState
  for (const collection of ENTRY_COLLECTIONS) {
    const select = ['updatedAt', ...SELECTS[collection]].map((field) => `select[${field}]=true`).join('&')
    const body = await getJson<{ docs: (EntryRow & { layout?: unknown; confirmedAt?: unknown })[] }>(
      cmsUrl,
      `/api/${collection}?depth=0&pagination=false&locale=all&${select}`,
    )
    state[collection] = body.docs.map(({ layout, confirmedAt, ...row }) => {
      // An organisation confirmed after its last change shows the new date: it counts as changed then.
      const changed =
        typeof confirmedAt === 'string' && confirmedAt > row.updatedAt ? { ...row, updatedAt: confirmedAt } : row
      return collection === 'pages' ? { ...changed, lists: listedKinds(layout) } : changed
    })
  }
  return state
}

/** Count and newest change per entry collection, from the state already fetched. */
export function entryFingerprint(state: EntryState): string {
  return ENTRY_COLLECTIONS.map((collection) => {
    const newest = state[collection].reduce((max, row) => (row.updatedAt > max ? row.updatedAt : max), '')
    return `${collection}:${state[collection].length}:${newest}`
  }).join('|')
}

const address = (collection: EntryCollection, row: EntryRow) =>
  JSON.stringify(collection === 'pages' ? [row.slug, row.parent ?? null] : row.slug)

export function addressesOf(state: EntryState): BuildManifest['addresses'] {
  return Object.fromEntries(
    ENTRY_COLLECTIONS.map((collection) => [
      collection,
      Object.fromEntries(state[collection].map((row) => [String(row.id), address(collection, row)])),
    ]),
  ) as BuildManifest['addresses']
}

/** The first few of a list of entries, and how many more. */
function named(entries: string[]): string {
  const shown = [...entries].sort().slice(0, 10)
  return shown.join(', ') + (entries.length > shown.length ? ` and ${entries.length - shown.length} more` : '')
}

/** The entries to render: changed since the last full build, plus the entries whose pages show them. */
export function planBuild(
  manifest: BuildManifest | undefined,
  current: { code: string; shared: string; state: EntryState },
): BuildPlan {
  const full = (reason: string, grund: string): BuildPlan => ({ kind: 'full', reason, grund })
  if (!manifest) return full('no earlier full build', 'Erster Bau: Es gibt noch keinen vollständigen Bau.')
  if (manifest.code !== current.code)
    return full(
      'the site code or its dependencies changed',
      'Der Code der Website oder ein verwendetes Paket hat sich geändert.',
    )
  if (manifest.shared !== current.shared)
    return full(
      'topics, fields of work, contacts, networks, media or a global changed',
      'Themen, Handlungsfelder, Kontakte, Netzwerke, Medien oder Einstellungen wurden geändert; sie erscheinen auf vielen Seiten.',
    )
  const since = manifest.fullBuildStartedAt
  const changed: string[] = []
  for (const collection of ENTRY_COLLECTIONS) {
    const rows = current.state[collection]
    const known = manifest.addresses[collection]
    const present = new Set(rows.map((row) => String(row.id)))
    const gone = Object.keys(known).find((id) => !present.has(id))
    if (gone)
      return full(
        `${collection} id=${gone} was unpublished or deleted`,
        `${ENTRY_NAMES[collection]} (ID ${gone}) wurde zurückgezogen oder gelöscht.`,
      )
    for (const row of rows) {
      if (row.updatedAt <= since) continue
      if (known[row.id] !== undefined && known[row.id] !== address(collection, row))
        return full(
          `${collection} id=${row.id} changed its address`,
          `${ENTRY_NAMES[collection]} (ID ${row.id}) hat eine neue Adresse.`,
        )
      changed.push(`${collection}:${row.id}`)
    }
  }
  const entries = entriesShowing(changed, current.state)
  if (entries.length > MAX_INCREMENTAL)
    return full(
      `${entries.length} entries to render (more than ${MAX_INCREMENTAL})`,
      `${entries.length} Einträge wären neu zu bauen (mehr als ${MAX_INCREMENTAL}).`,
    )
  const shown = entries.length - changed.length
  return {
    kind: 'incremental',
    entries,
    changed: changed.length,
    reason:
      changed.length === 0
        ? 'nothing changed since the last full build'
        : `${changed.length} changed since the last full build (${named(changed)})` +
          (shown > 0 ? `, shown by ${shown} more` : ''),
    grund:
      changed.length === 0
        ? 'Seit dem letzten vollständigen Bau hat sich nichts geändert.'
        : `${changed.length === 1 ? 'Ein Eintrag' : `${changed.length} Einträge`} seit dem letzten vollständigen ` +
          `Bau geändert (${namedInGerman(changed)})` +
          (shown === 0 ? '.' : shown === 1 ? '; ein weiterer zeigt sie an.' : `; ${shown} weitere zeigen sie an.`),
  }
}

/** "Veranstaltung 12, Seite 3 und 4 weitere". */
function namedInGerman(entries: string[]): string {
  const shown = [...entries].sort().slice(0, 10)
  const names = shown.map((entry) => {
    const [collection, id] = entry.split(':') as [EntryCollection, string]
    return `${ENTRY_NAMES[collection]} ${id}`
  })
  return names.join(', ') + (entries.length > shown.length ? ` und ${entries.length - shown.length} weitere` : '')
}

export function readManifest(file: string): BuildManifest | undefined {
  if (!existsSync(file)) return undefined
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as BuildManifest
  } catch {
    return undefined
  }
}

export function writeManifest(file: string, manifest: BuildManifest): void {
  writeFileSync(file, `${JSON.stringify(manifest)}\n`)
}
