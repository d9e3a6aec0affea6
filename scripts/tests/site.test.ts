import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { localeCodes } from '../../site/src/i18n/locales.ts'
import { localeShards, obsoleteFiles, removeLeftoversOfKilledBuilds } from '../lib/site'
import type { EntryState } from '../../site/src/build/plan.ts'

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

describe('leftovers of killed builds', () => {
  it('the next build removes the folders a killed build left behind, not those of a build still running', () => {
    const root = mkdtempSync(join(tmpdir(), 'ki-leftovers-'))
    try {
      const output = join(root, 'data', 'site')
      const builds = join(root, '.builds')
      // The id of a process that has ended: a build killed mid-way.
      const killed = spawnSync(process.execPath, ['-e', '']).pid
      const live = process.pid
      for (const folder of [
        `${output}.staging-${killed}`,
        `${output}.staging-${live}`,
        join(builds, `site.incremental-${killed}`),
        join(builds, `site.incremental-${killed}.cache`),
        join(builds, `site.staging-${killed}.shard-1`),
        join(builds, `site.incremental-${live}`),
        join(builds, `other.incremental-${killed}`),
        join(output, `pagefind-recent.outdated-${killed}`),
        join(output, 'pagefind-recent'),
      ])
        mkdirSync(folder, { recursive: true })
      writeFileSync(join(builds, `site.incremental-${killed}.request.json`), '{}')

      removeLeftoversOfKilledBuilds(output, builds)

      expect(readdirSync(join(root, 'data')).sort()).toEqual(['site', `site.staging-${live}`])
      expect(readdirSync(builds).sort()).toEqual([`other.incremental-${killed}`, `site.incremental-${live}`])
      expect(readdirSync(output)).toEqual(['pagefind-recent'])
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})

describe('what an incremental build removes from the live site', () => {
  it('a gone event’s pages and calendar file, list pages past the end, a gone document’s PDF; nothing still published', () => {
    const live = mkdtempSync(join(tmpdir(), 'ki-obsolete-'))
    const files = [
      'de/veranstaltungen/index.html',
      'de/veranstaltungen/seite/2/index.html',
      'de/veranstaltungen/monat/2026-03/index.html',
      'de/veranstaltungen/sprachcafe/index.html',
      'de/veranstaltungen/sprachcafe.ics',
      'de/veranstaltungen/fest/index.html',
      'de/veranstaltungen/fest.ics',
      'tr/veranstaltungen/index.html',
      'tr/veranstaltungen/sprachcafe/index.html',
      'de/dokumente/bericht/index.html',
      'de/dokumente/bericht/text/index.html',
      'de/integrationsmonitoring/excel/a1.csv',
      'files/documents/bericht.pdf',
      'sitemap-1.xml',
      'sitemap-2.xml',
    ]
    for (const file of files) {
      mkdirSync(join(live, file, '..'), { recursive: true })
      writeFileSync(join(live, file), file)
    }
    const state: EntryState = {
      pages: [],
      documents: [],
      events: [{ id: 22, updatedAt: '', slug: 'fest' }],
      organisations: [],
      indicators: [{ id: 40, updatedAt: '', slug: 'a1' }],
    }
    // Only the events' list routes were rendered (an event is gone): the documents section is left alone.
    const rendered = new Set(['de/veranstaltungen/index.html', 'tr/veranstaltungen/index.html', 'sitemap-1.xml'])
    try {
      expect(obsoleteFiles(live, rendered, state)).toEqual([
        'de/veranstaltungen/monat/2026-03/index.html',
        'de/veranstaltungen/seite/2/index.html',
        'de/veranstaltungen/sprachcafe.ics',
        'de/veranstaltungen/sprachcafe/index.html',
        'sitemap-2.xml',
        'tr/veranstaltungen/sprachcafe/index.html',
      ])
      rendered.add('de/dokumente/index.html')
      expect(obsoleteFiles(live, rendered, state)).toEqual(
        expect.arrayContaining([
          'de/dokumente/bericht/index.html',
          'de/dokumente/bericht/text/index.html',
          'files/documents/bericht.pdf',
        ]),
      )
    } finally {
      rmSync(live, { recursive: true, force: true })
    }
  })
})
