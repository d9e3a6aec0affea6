import { describe, expect, it } from 'vitest'

import { localeCodes } from '../../cms/src/i18n/locales'
import { localeShards } from '../lib/site'
import { addressesOf, MAX_INCREMENTAL, planBuild, type BuildManifest, type EntryState } from '../lib/site-plan'

const before = '2026-11-25T10:00:00.000Z'
const after = '2026-11-25T11:00:00.000Z'

function state(): EntryState {
  return {
    pages: [
      { id: 1, updatedAt: before, slug: { de: 'start' }, parent: null },
      { id: 2, updatedAt: before, slug: { de: 'schule' }, parent: 1 },
      { id: 3, updatedAt: before, slug: { de: 'kita' }, parent: 2 },
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
  }
}

const plan = (changed: EntryState, built = manifest(), code = 'code-1', shared = 'shared-1') =>
  planBuild(built, { code, shared, state: changed })

describe('planBuild', () => {
  it('renders only what changed since the last full build, with the pages that show it', () => {
    const current = state()
    current.events[0].updatedAt = after
    expect(plan(current)).toEqual({ kind: 'incremental', entries: ['events:20', 'organisations:30'], changed: 1 })
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
      changed: 3,
    })
  })

  it('treats a newly published entry as changed', () => {
    const current = state()
    current.indicators.push({ id: 41, updatedAt: after, slug: 'neu' })
    expect(plan(current)).toEqual({ kind: 'incremental', entries: ['indicators:41'], changed: 1 })
  })

  it('builds in full when nothing it can follow changed it: no full build yet, code, shared content', () => {
    expect(planBuild(undefined, { code: 'code-1', shared: 'shared-1', state: state() })).toEqual({
      kind: 'full',
      reason: 'no earlier full build',
    })
    expect(plan(state(), manifest(), 'code-2')).toMatchObject({ kind: 'full', reason: expect.stringContaining('code') })
    expect(plan(state(), manifest(), 'code-1', 'shared-2')).toMatchObject({
      kind: 'full',
      reason: expect.stringContaining('global'),
    })
  })

  it('builds in full when an entry disappeared or moved (its old address would stay online)', () => {
    const gone = state()
    gone.events.splice(1, 1)
    expect(plan(gone)).toEqual({ kind: 'full', reason: 'events id=21 was unpublished or deleted' })
    const renamed = state()
    renamed.events[0] = { ...renamed.events[0], slug: 'sprachcafe-neu', updatedAt: after }
    expect(plan(renamed)).toEqual({ kind: 'full', reason: 'events id=20 changed its address' })
    const moved = state()
    moved.pages[2] = { ...moved.pages[2], parent: 1, updatedAt: after }
    expect(plan(moved)).toEqual({ kind: 'full', reason: 'pages id=3 changed its address' })
  })

  it('builds in full above the size where rendering everything is about as fast', () => {
    const current = state()
    for (let id = 1000; id < 1000 + MAX_INCREMENTAL + 1; id++)
      current.indicators.push({ id, updatedAt: after, slug: `i-${id}` })
    expect(plan(current)).toMatchObject({
      kind: 'full',
      reason: `${MAX_INCREMENTAL + 1} entries to render (more than ${MAX_INCREMENTAL})`,
    })
  })

  it('renders nothing extra when nothing changed since the last full build', () => {
    expect(plan(state())).toEqual({ kind: 'incremental', entries: [], changed: 0 })
  })
})

describe('localeShards', () => {
  it('splits the locales into balanced groups, each locale once, German first', () => {
    for (const count of [1, 2, 3, 4]) {
      const shards = localeShards(count)
      expect(shards).toHaveLength(count)
      expect(shards.flat().sort()).toEqual([...localeCodes].sort())
      const sizes = shards.map((shard) => shard.length)
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
      expect(shards[0][0]).toBe('de')
    }
    expect(localeShards(50)).toHaveLength(localeCodes.length)
  })
})
