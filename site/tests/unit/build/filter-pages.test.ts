import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'

import { BUILD_REQUEST_VARIABLE, serializeBuildRequest, type BuildRequest } from '#/build/request.ts'

const folder = mkdtempSync(join(tmpdir(), 'ki-filter-pages-'))

/** The locales whose filter pages an incremental build naming `entries` (and `lists`) renders, per list route. */
async function renderedFilterPages(
  entries: string[],
  lists: BuildRequest['lists'] = null,
  filterLists: BuildRequest['filterLists'] = null,
) {
  const file = join(folder, `request-${entries.join('-')}.json`)
  writeFileSync(
    file,
    serializeBuildRequest({
      locales: ['de', 'ar'],
      entries,
      lists,
      filterLists,
      files: 'skip',
      outDir: join(folder, 'out'),
      cacheDir: join(folder, 'cache'),
      preview: null,
      now: null,
    }),
  )
  vi.stubEnv(BUILD_REQUEST_VARIABLE, file)
  vi.resetModules()
  const { filterRoutes } = await import('#/build/paths.ts')
  const { routes } = await import('#/build/routes.ts')
  const locales = (route: Parameters<typeof filterRoutes>[0]) => filterRoutes(route).map((row) => row.props.locale)
  return { organisations: locales(routes.organisations), events: locales(routes.events) }
}

afterEach(() => {
  vi.unstubAllEnvs()
})
afterAll(() => {
  rmSync(folder, { recursive: true, force: true })
})

describe('incremental builds and the filter pages', () => {
  it('an organisation change re-renders every directory combination page (and the events filters naming organisers)', async () => {
    // organisationen/[...selection].astro and veranstaltungen/[...selection].astro take their locales from these.
    expect(await renderedFilterPages(['organisations:30'])).toEqual({
      organisations: ['de', 'ar'],
      events: ['de', 'ar'],
    })
  })

  it('an event change re-renders the events filter pages, not the directory', async () => {
    expect(await renderedFilterPages(['events:20'])).toEqual({ organisations: [], events: ['de', 'ar'] })
  })

  it("an event change whose organiser's page shows it still leaves the directory alone (the plan lists events only)", async () => {
    expect(await renderedFilterPages(['events:20', 'organisations:30'], ['events'])).toEqual({
      organisations: [],
      events: ['de', 'ar'],
    })
  })

  it('an organisation rendered by an earlier incremental build leaves the directory filters alone now', async () => {
    // The plan: organisations and events changed since the full build, only events since the last build.
    expect(
      await renderedFilterPages(['events:20', 'organisations:30'], ['events', 'organisations'], ['events']),
    ).toEqual({ organisations: [], events: ['de', 'ar'] })
  })

  it('a document change renders neither', async () => {
    expect(await renderedFilterPages(['documents:10'])).toEqual({ organisations: [], events: [] })
  })
})
