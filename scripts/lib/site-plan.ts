/**
 * Decides how much of the site a build renders. A full build renders everything; when only entries changed
 * (pages, documents, events, organisations, indicators) since the last full build, an incremental build renders
 * their detail pages, the pages that show them (dependency rules below) and every overview page, and merges them
 * into the live site. Anything the rules cannot follow makes a full build:
 * - code or dependencies changed, or no full build yet;
 * - topics, fields of work, contacts, networks, media or a global (navigation, settings, alert banner) changed;
 * - an entry was unpublished or deleted, or changed its address (slug, parent page);
 * - more than MAX_INCREMENTAL entries changed.
 * Dependency rules: an event → its organiser's page (it lists the organiser's events); an organisation → the pages of
 * its events (they name it); a document → the documents it replaces or that replace it; a page → its parent and
 * children (cards, breadcrumbs); content pages with an event, document or organisation list block are rendered when
 * an entry of that kind changed (site/src/lib/static-paths.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

import { UserError } from './processes'

export const ENTRY_COLLECTIONS = ['pages', 'documents', 'events', 'organisations', 'indicators'] as const
export type EntryCollection = (typeof ENTRY_COLLECTIONS)[number]
const SHARED_COLLECTIONS = ['topics', 'activity-fields', 'contacts', 'networks', 'media']
const GLOBALS = ['navigation', 'site-settings', 'alert-banner']
/** Above this many changed entries (dependents included) a full build is about as fast and simpler. */
export const MAX_INCREMENTAL = 500

type EntryRow = {
  id: number
  updatedAt: string
  slug?: unknown
  parent?: number | null
  organiser?: number | null
  supersedes?: number | null
}
export type EntryState = Record<EntryCollection, EntryRow[]>

export type BuildManifest = {
  /** Fingerprint of the site's code and lockfile. */
  code: string
  /** When the last full build started (CMS clock as seen in updatedAt, minus a margin). */
  fullBuildStartedAt: string
  /** Count and newest change of everything outside the entry collections. */
  shared: string
  /** Per entry collection: id → its address (slug, and parent for pages). */
  addresses: Record<EntryCollection, Record<string, string>>
}

export type BuildPlan = { kind: 'full'; reason: string } | { kind: 'incremental'; entries: string[]; changed: number }

async function getJson<T>(cmsUrl: string, path: string): Promise<T> {
  const response = await fetch(`${cmsUrl}${path}`, { headers: { accept: 'application/json' } })
  if (!response.ok) throw new UserError(`The CMS at ${cmsUrl} answered ${response.status} for ${path}.`)
  return (await response.json()) as T
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

const SELECTS: Record<EntryCollection, string[]> = {
  pages: ['slug', 'parent'],
  documents: ['slug', 'supersedes'],
  events: ['slug', 'organiser'],
  organisations: ['slug'],
  indicators: ['slug'],
}

/** Id, last change, address and related ids of every published entry. */
export async function entryState(cmsUrl: string): Promise<EntryState> {
  const state = {} as EntryState
  for (const collection of ENTRY_COLLECTIONS) {
    const select = ['updatedAt', ...SELECTS[collection]].map((field) => `select[${field}]=true`).join('&')
    const body = await getJson<{ docs: EntryRow[] }>(
      cmsUrl,
      `/api/${collection}?depth=0&pagination=false&locale=all&${select}`,
    )
    state[collection] = body.docs
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

/** The entries to render: changed since the last full build, plus the entries whose pages show them. */
export function planBuild(
  manifest: BuildManifest | undefined,
  current: { code: string; shared: string; state: EntryState },
): BuildPlan {
  if (!manifest) return { kind: 'full', reason: 'no earlier full build' }
  if (manifest.code !== current.code) return { kind: 'full', reason: 'the site code or its dependencies changed' }
  if (manifest.shared !== current.shared)
    return { kind: 'full', reason: 'topics, fields of work, contacts, networks, media or a global changed' }
  const since = manifest.fullBuildStartedAt
  const entries = new Set<string>()
  let changed = 0
  for (const collection of ENTRY_COLLECTIONS) {
    const rows = current.state[collection]
    const known = manifest.addresses[collection]
    const present = new Set(rows.map((row) => String(row.id)))
    const gone = Object.keys(known).find((id) => !present.has(id))
    if (gone) return { kind: 'full', reason: `${collection} id=${gone} was unpublished or deleted` }
    for (const row of rows) {
      if (row.updatedAt <= since) continue
      if (known[row.id] !== undefined && known[row.id] !== address(collection, row))
        return { kind: 'full', reason: `${collection} id=${row.id} changed its address` }
      changed++
      entries.add(`${collection}:${row.id}`)
      for (const dependent of dependents(collection, row, current.state)) entries.add(dependent)
    }
  }
  if (entries.size > MAX_INCREMENTAL)
    return { kind: 'full', reason: `${entries.size} entries to render (more than ${MAX_INCREMENTAL})` }
  return { kind: 'incremental', entries: [...entries].sort(), changed }
}

function dependents(collection: EntryCollection, row: EntryRow, state: EntryState): string[] {
  const ids = (kind: EntryCollection, list: (number | null | undefined)[]) =>
    list.filter((id): id is number => typeof id === 'number').map((id) => `${kind}:${id}`)
  switch (collection) {
    case 'events':
      return ids('organisations', [row.organiser])
    case 'organisations':
      return ids(
        'events',
        state.events.filter((event) => event.organiser === row.id).map((event) => event.id),
      )
    case 'documents':
      return ids('documents', [
        row.supersedes,
        ...state.documents.filter((doc) => doc.supersedes === row.id).map((doc) => doc.id),
      ])
    case 'pages':
      return ids('pages', [row.parent, ...state.pages.filter((page) => page.parent === row.id).map((page) => page.id)])
    default:
      return []
  }
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
