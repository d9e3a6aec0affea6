import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

import { describe, expect, it } from 'vitest'

import type { EntryState } from '../../site/src/build/plan.ts'
import { obsoleteFiles } from '../lib/site'

describe('an incremental build after an organisation moved', () => {
  it('removes the combination page that no organisation is left on, keeps the organisations’ own pages', () => {
    const live = mkdtempSync(join(tmpdir(), 'ki-sweep-'))
    try {
      const files = [
        'de/organisationen/index.html',
        'de/organisationen/verein-a/index.html',
        'de/organisationen/bezirk/osterfeld/sprache/ar/index.html',
        'de/organisationen/bezirk/sterkrade/sprache/ar/index.html',
      ]
      for (const file of files) {
        mkdirSync(dirname(join(live, file)), { recursive: true })
        writeFileSync(join(live, file), '<!doctype html>')
      }
      const state: EntryState = {
        pages: [],
        documents: [],
        events: [],
        organisations: [{ id: 30, updatedAt: '2026-12-02T03:00:00.000Z', slug: 'verein-a' }],
        indicators: [],
      }
      // Verein A moved from Osterfeld to Sterkrade: the build rendered the directory and Sterkrade × Arabic.
      const rendered = new Set([
        'de/organisationen/index.html',
        'de/organisationen/verein-a/index.html',
        'de/organisationen/bezirk/sterkrade/sprache/ar/index.html',
      ])
      expect(obsoleteFiles(live, rendered, state)).toEqual(['de/organisationen/bezirk/osterfeld/sprache/ar/index.html'])
      // A later build that renders the directory but not its filter pages (no organisation changed since the last
      // build) leaves every combination page in place.
      const later = new Set(['de/organisationen/index.html', 'de/organisationen/verein-a/index.html'])
      expect(obsoleteFiles(live, later, state, new Set(['events']))).toEqual([])
      expect(obsoleteFiles(live, later, state, new Set(['organisations']))).toEqual([
        'de/organisationen/bezirk/osterfeld/sprache/ar/index.html',
        'de/organisationen/bezirk/sterkrade/sprache/ar/index.html',
      ])
    } finally {
      rmSync(live, { recursive: true, force: true })
    }
  })
})
