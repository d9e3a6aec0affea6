import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

import { describe, expect, it } from 'vitest'

import {
  addressesOf,
  entryState,
  MAX_INCREMENTAL,
  planBuild,
  type BuildManifest,
  type EntryState,
} from '#/build/plan.ts'

const before = '2026-11-25T10:00:00.000Z'
const after = '2026-11-25T11:00:00.000Z'

function state(): EntryState {
  return {
    pages: [
      { id: 1, updatedAt: before, slug: { de: 'start' }, parent: null, lists: [] },
      { id: 2, updatedAt: before, slug: { de: 'schule' }, parent: 1, lists: [] },
      { id: 3, updatedAt: before, slug: { de: 'kita' }, parent: 2, lists: [] },
    ],
    documents: [
      { id: 10, updatedAt: before, slug: 'bericht-2023', supersedes: null },
      { id: 11, updatedAt: before, slug: 'bericht-2024', supersedes: 10 },
    ],
    events: [
      { id: 20, updatedAt: before, slug: 'sprachcafe', organiser: 30 },
      { id: 21, updatedAt: before, slug: 'elternabend', organiser: 31 },
      { id: 22, updatedAt: before, slug: 'fest', organiser: 30 },
    ],
    organisations: [
      { id: 30, updatedAt: before, slug: 'verein-a' },
      { id: 31, updatedAt: before, slug: 'verein-b' },
    ],
    indicators: [{ id: 40, updatedAt: before, slug: 'quote' }],
  }
}

function manifest(current = state()): BuildManifest {
  return {
    code: 'code-1',
    shared: 'shared-1',
    fullBuildStartedAt: '2026-11-25T10:30:00.000Z',
    addresses: addressesOf(current),
    links: current,
  }
}

const plan = (changed: EntryState, built = manifest(), code = 'code-1', shared = 'shared-1') =>
  planBuild(built, { code, shared, state: changed }, { incrementalRemovals: true })

describe('planBuild', () => {
  it('renders only what changed since the last full build, with the pages that show it', () => {
    const current = state()
    current.events[0].updatedAt = after
    expect(plan(current)).toEqual({
      kind: 'incremental',
      entries: ['events:20', 'organisations:30'],
      lists: ['events'],
      filterLists: ['events'],
      changed: 1,
      removed: [],
      reason: '1 changed since the last full build (events:20), shown by 1 more',
      grund: 'Ein Eintrag seit dem letzten vollständigen Bau geändert (Veranstaltung 20); ein weiterer zeigt sie an.',
    })
  })

  it('follows an organisation to its events, a document to the one it replaces and back, a page to its parent and children', () => {
    const current = state()
    current.organisations[0].updatedAt = after
    current.documents[0].updatedAt = after
    current.pages[1].updatedAt = after
    expect(plan(current)).toEqual({
      kind: 'incremental',
      entries: [
        'documents:10',
        'documents:11',
        'events:20',
        'events:22',
        'organisations:30',
        'pages:1',
        'pages:2',
        'pages:3',
      ],
      lists: ['pages', 'documents', 'organisations'],
      filterLists: ['pages', 'documents', 'organisations'],
      changed: 3,
      removed: [],
      reason: '3 changed since the last full build (documents:10, organisations:30, pages:2), shown by 5 more',
      grund:
        '3 Einträge seit dem letzten vollständigen Bau geändert (Dokument 10, Organisation 30, Seite 2); 5 weitere zeigen sie an.',
    })
  })

  it('follows a page to every page below it (their breadcrumbs name it) and a document to all later editions', () => {
    const current = state()
    current.pages.push({ id: 4, updatedAt: before, slug: { de: 'krippe' }, parent: 3, lists: [] })
    current.documents.push({ id: 12, updatedAt: before, slug: 'bericht-2025', supersedes: 11 })
    current.pages[0].updatedAt = after
    current.documents[0].updatedAt = after
    const built = manifest(current)
    expect(plan(current, built)).toMatchObject({
      kind: 'incremental',
      entries: ['documents:10', 'documents:11', 'documents:12', 'pages:1', 'pages:2', 'pages:3', 'pages:4'],
      changed: 2,
      removed: [],
    })
  })

  it('follows a new edition to every earlier one: their lists say which edition replaces each ("Ersetzt durch …")', () => {
    const current = state()
    current.documents.push({ id: 12, updatedAt: after, slug: 'bericht-2025', supersedes: 11 })
    current.documents.push({ id: 13, updatedAt: before, slug: 'anderer-bericht', supersedes: null })
    expect(plan(current)).toMatchObject({
      kind: 'incremental',
      entries: ['documents:10', 'documents:11', 'documents:12'],
      changed: 1,
      removed: [],
    })
  })

  it('renders the content pages whose list blocks list an entry of the changed kind, and only those', () => {
    const current = state()
    current.pages[1].lists = ['events']
    current.pages[2].lists = ['documents', 'organisations']
    current.events[1].updatedAt = after
    expect(plan(current)).toMatchObject({
      kind: 'incremental',
      entries: ['events:21', 'organisations:31', 'pages:2'],
      // The organisation's page and the content page show the event; the directory and the page tree do not.
      lists: ['events'],
      filterLists: ['events'],
      changed: 1,
      removed: [],
    })
    const indicatorOnly = state()
    indicatorOnly.pages[1].lists = ['events']
    indicatorOnly.indicators[0].updatedAt = after
    expect(plan(indicatorOnly)).toMatchObject({ entries: ['indicators:40'], changed: 1 })
  })

  it('renders the filter pages only for what changed since the last build; the other pages since the last full one', () => {
    const current = state()
    current.organisations[0].updatedAt = after
    current.events[1].updatedAt = '2026-11-25T12:00:00.000Z'
    // An incremental build at 11:30 rendered the organisation (and the directory's filter pages) already.
    const built = { ...manifest(), lastBuildStartedAt: '2026-11-25T11:30:00.000Z' }
    expect(plan(current, built)).toMatchObject({
      kind: 'incremental',
      // Still the organisation's pages: the search's recent bundle must hold every change since the full build.
      entries: ['events:20', 'events:21', 'events:22', 'organisations:30', 'organisations:31'],
      lists: ['events', 'organisations'],
      filterLists: ['events'],
    })
  })

  it('treats a newly published entry as changed', () => {
    const current = state()
    current.indicators.push({ id: 41, updatedAt: after, slug: 'neu' })
    expect(plan(current)).toEqual({
      kind: 'incremental',
      entries: ['indicators:41'],
      lists: ['indicators'],
      filterLists: ['indicators'],
      changed: 1,
      removed: [],
      reason: '1 changed since the last full build (indicators:41)',
      grund: 'Ein Eintrag seit dem letzten vollständigen Bau geändert (Kennzahl 41).',
    })
  })

  it('builds in full when nothing it can follow changed it: no full build yet, code, shared content', () => {
    expect(planBuild(undefined, { code: 'code-1', shared: 'shared-1', state: state() })).toEqual({
      kind: 'full',
      reason: 'no earlier full build',
      grund: 'Erster Bau: Es gibt noch keinen vollständigen Bau.',
    })
    expect(plan(state(), manifest(), 'code-2')).toEqual({
      kind: 'full',
      reason: 'the site code or its dependencies changed',
      grund: 'Der Code der Website oder ein verwendetes Paket hat sich geändert.',
    })
    expect(plan(state(), manifest(), 'code-1', 'shared-2')).toEqual({
      kind: 'full',
      reason: 'topics, fields of work, contacts, networks, media or a global changed',
      grund:
        'Themen, Handlungsfelder, Kontakte, Netzwerke, Medien oder Einstellungen wurden geändert; sie erscheinen auf vielen Seiten.',
    })
  })

  it('builds in full, naming the synonyms, when an editor changed only the search synonyms', () => {
    const built = { ...manifest(), shared: 'topics:3:a|search-synonyms:6:2026-11-25T10:00:00.000Z|navigation:b' }
    const synonymsChanged = 'topics:3:a|search-synonyms:7:2026-11-25T11:00:00.000Z|navigation:b'
    expect(plan(state(), built, 'code-1', synonymsChanged)).toEqual({
      kind: 'full',
      reason: 'the search synonyms changed',
      grund: 'Die Synonyme für die Suche wurden geändert; der Suchindex aller Sprachen wird neu aufgebaut.',
    })
    const topicsToo = 'topics:4:c|search-synonyms:7:2026-11-25T11:00:00.000Z|navigation:b'
    expect(plan(state(), built, 'code-1', topicsToo)).toMatchObject({
      kind: 'full',
      reason: 'topics, fields of work, contacts, networks, media or a global changed',
    })
  })

  it('by default an unpublished or deleted entry makes a full build (SITE_INCREMENTAL_REMOVALS is off)', () => {
    const gone = state()
    gone.events.splice(1, 1)
    expect(planBuild(manifest(), { code: 'code-1', shared: 'shared-1', state: gone })).toEqual({
      kind: 'full',
      reason: 'events id=21 was unpublished or deleted',
      grund: 'Veranstaltung (ID 21) wurde zurückgezogen oder gelöscht.',
    })
  })

  it('with SITE_INCREMENTAL_REMOVALS=on removes an unpublished event or a deleted document incrementally, rendering again the pages that showed it', () => {
    const gone = state()
    gone.events.splice(1, 1)
    gone.documents.splice(0, 1)
    expect(plan(gone)).toEqual({
      kind: 'incremental',
      entries: ['documents:10', 'documents:11', 'events:21', 'organisations:31'],
      lists: ['documents', 'events'],
      filterLists: ['documents', 'events'],
      changed: 0,
      removed: ['documents:10', 'events:21'],
      reason: 'documents:10, events:21 no longer published, shown by 2 more',
      grund:
        'Dokument 10, Veranstaltung 21 sind nicht mehr veröffentlicht (zurückgezogen, archiviert oder gelöscht); 2 weitere zeigen sie an.',
    })
  })

  it('builds in full when a content page disappeared, or the last build did not record what showed an entry', () => {
    const page = state()
    page.pages.splice(2, 1)
    expect(plan(page)).toEqual({
      kind: 'full',
      reason: 'pages id=3 was unpublished or deleted (the pages below it and the navigation change)',
      grund: 'Seite (ID 3) wurde zurückgezogen oder gelöscht; die Seiten darunter und die Navigation ändern sich.',
    })
    const gone = state()
    gone.events.splice(1, 1)
    expect(plan(gone, { ...manifest(), links: undefined })).toMatchObject({
      kind: 'full',
      reason: 'events id=21 was unpublished or deleted, and the last build did not record what showed it',
    })
  })

  it('builds in full when an entry moved (its old address would stay online)', () => {
    const renamed = state()
    renamed.events[0] = { ...renamed.events[0], slug: 'sprachcafe-neu', updatedAt: after }
    expect(plan(renamed)).toMatchObject({ reason: 'events id=20 changed its address' })
    const moved = state()
    moved.pages[2] = { ...moved.pages[2], parent: 1, updatedAt: after }
    expect(plan(moved)).toEqual({
      kind: 'full',
      reason: 'pages id=3 changed its address',
      grund: 'Seite (ID 3) hat eine neue Adresse.',
    })
  })

  it('builds in full above the size where rendering everything is about as fast', () => {
    const current = state()
    for (let id = 1000; id < 1000 + MAX_INCREMENTAL + 1; id++)
      current.indicators.push({ id, updatedAt: after, slug: `i-${id}` })
    expect(plan(current)).toEqual({
      kind: 'full',
      reason: `${MAX_INCREMENTAL + 1} entries to render (more than ${MAX_INCREMENTAL})`,
      grund: `${MAX_INCREMENTAL + 1} Einträge wären neu zu bauen (mehr als ${MAX_INCREMENTAL}).`,
    })
  })

  it('renders nothing extra when nothing changed since the last full build', () => {
    expect(plan(state())).toEqual({
      kind: 'incremental',
      entries: [],
      lists: [],
      filterLists: [],
      changed: 0,
      removed: [],
      reason: 'nothing changed since the last full build',
      grund: 'Seit dem letzten vollständigen Bau hat sich nichts geändert.',
    })
  })
})

describe('entryState', () => {
  it('counts an organisation confirmed after its last change as changed then (its page shows the date)', async () => {
    const rows: Record<string, unknown[]> = {
      pages: [],
      documents: [],
      events: [],
      indicators: [],
      organisations: [
        { id: 30, updatedAt: before, slug: 'verein-a', confirmedAt: after },
        { id: 31, updatedAt: after, slug: 'verein-b', confirmedAt: before },
        { id: 32, updatedAt: before, slug: 'verein-c', confirmedAt: null },
      ],
    }
    const asked: string[] = []
    const server = createServer((request, response) => {
      asked.push(request.url ?? '')
      const collection = /^\/api\/([a-z-]+)\?/.exec(request.url ?? '')?.[1] ?? ''
      response.setHeader('content-type', 'application/json')
      response.end(JSON.stringify({ docs: rows[collection] ?? [] }))
    })
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening))
    const { port } = server.address() as AddressInfo
    try {
      const current = await entryState(`http://127.0.0.1:${port}`)
      expect(current.organisations).toEqual([
        { id: 30, updatedAt: after, slug: 'verein-a' },
        { id: 31, updatedAt: after, slug: 'verein-b' },
        { id: 32, updatedAt: before, slug: 'verein-c' },
      ])
      expect(asked.find((url) => url.startsWith('/api/organisations'))).toContain('select[confirmedAt]=true')
    } finally {
      server.close()
    }
  })
})
