import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'

import { parseBuildRequest, serializeBuildRequest, type BuildRequest } from '#/build/request.ts'

const valid: BuildRequest = {
  locales: ['de', 'ar'],
  entries: ['events:12', 'pages:3'],
  lists: ['events'],
  filterLists: ['events'],
  files: 'skip',
  outDir: '/srv/site/.builds/site.shard-1',
  cacheDir: '/srv/site/.builds/site.shard-1.cache',
  preview: null,
  now: '2026-12-02T23:00:00.000Z',
}
const file = '/srv/site/.builds/site.shard-1.request.json'
const withField = (field: string, value: unknown) => JSON.stringify({ ...valid, [field]: value })

describe('the build request', () => {
  it('reads back what the build scripts write', () => {
    expect(parseBuildRequest(serializeBuildRequest(valid), file)).toEqual(valid)
    expect(parseBuildRequest(withField('entries', null), file)).toEqual({ ...valid, entries: null })
    expect(
      parseBuildRequest(JSON.stringify({ ...valid, lists: undefined, filterLists: undefined, now: undefined }), file),
    ).toEqual({ ...valid, lists: null, filterLists: null, now: null })
    expect(parseBuildRequest(withField('now', '2026-12-03T00:00:00+01:00'), file).now).toBe('2026-12-03T00:00:00+01:00')
  })

  it('fails in one line naming the file and the field', () => {
    const error = (text: string) => {
      try {
        parseBuildRequest(text, file)
      } catch (caught) {
        return (caught as Error).message
      }
      return 'no error'
    }
    expect(error(withField('locales', ['de', 'xx']))).toMatch(
      /^Build request \/srv\/site\/\.builds\/site\.shard-1\.request\.json: field "locales\.1" /,
    )
    expect(error(withField('locales', []))).toMatch(/: field "locales" /)
    expect(error(withField('entries', ['events:12', 'topics:3']))).toBe(
      `Build request ${file}: field "entries.1" is not "kind:id" (kinds: pages, documents, events, organisations, indicators)`,
    )
    expect(error(withField('files', 'copy-all'))).toMatch(/: field "files" /)
    expect(error(withField('lists', ['events', 'topics']))).toMatch(/: field "lists\.1" /)
    expect(error(JSON.stringify({ ...valid, outDir: undefined }))).toMatch(/: field "outDir" /)
    expect(error(withField('now', '3. Dezember 2026'))).toMatch(/: field "now" /)
    expect(error(JSON.stringify({ ...valid, extra: 1 }))).toMatch(/: field "\(top level\)" /)
    expect(error('{"locales": [')).toMatch(
      /^Build request \/srv\/site\/\.builds\/site\.shard-1\.request\.json: not JSON/,
    )
    for (const message of [error(withField('locales', ['xx'])), error('{')]) expect(message).not.toContain('\n')
  })

  it('is read once per process from the file SITE_BUILD_REQUEST names; without it, everything goes into dist/', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ki-request-'))
    const path = join(folder, 'request.json')
    writeFileSync(path, serializeBuildRequest(valid))
    vi.resetModules()
    const named = await import('#/build/request.ts')
    expect(named.buildRequest({ SITE_BUILD_REQUEST: path })).toEqual(valid)
    writeFileSync(path, '{')
    expect(named.buildRequest({ SITE_BUILD_REQUEST: path })).toEqual(valid)
    vi.resetModules()
    const unnamed = await import('#/build/request.ts')
    expect(unnamed.buildRequest({})).toEqual({
      locales: ['de', 'de-x-ls', 'en', 'tr', 'ar', 'fa', 'uk', 'ru', 'pl', 'ro', 'bg'],
      entries: null,
      lists: null,
      filterLists: null,
      files: 'copy',
      outDir: 'dist',
      cacheDir: './node_modules/.astro',
      preview: null,
      now: null,
    })
    rmSync(folder, { recursive: true, force: true })
  })
})
