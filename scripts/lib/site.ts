import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, totalmem } from 'node:os'
import { basename, dirname, join, relative } from 'node:path'

import {
  addressesOf,
  cmsTime,
  entryFingerprint,
  FULL_BUILD_MARGIN_MS,
  entryState,
  planBuild,
  readManifest,
  sharedFingerprint,
  writeManifest,
  type BuildPlan,
  type EntryState,
} from '../../site/src/build/plan.ts'
import { BUILD_REQUEST_VARIABLE, serializeBuildRequest, type BuildRequest } from '../../site/src/build/request.ts'
import { ENTRY_KINDS, listsAny, routes, type EntryKind, type ListRoute } from '../../site/src/build/routes.ts'
import { localeCodes, locales, type LocaleCode } from '../../site/src/i18n/locales.ts'
import { urlForFile } from '../../site/src/lib/search/records.ts'
import { sections } from '../../site/src/lib/urls.ts'

import { fingerprint, readStamp } from './fingerprint'
import { DATA_DIR, SITE_DIR, ROOT } from './paths'
import { runCommand, UserError } from './processes'

export const SITE_OUTPUT = join(DATA_DIR, 'site')
const SITE_STAMP = join(DATA_DIR, 'site.stamp')
const ASTRO_BIN = join(SITE_DIR, 'node_modules', 'astro', 'bin', 'astro.mjs')
const SEARCH_INDEXER = join(SITE_DIR, 'indexer', 'index-search.ts')

function countPages(folder: string): number {
  let count = 0
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) count += countPages(join(folder, entry.name))
    else if (entry.name.endsWith('.html')) count++
  }
  return count
}

export type SiteBuild = {
  status: 'built' | 'reused'
  /** full: every page; incremental: the pages showing the changed entries, merged into the live site (site/src/build/plan.ts). */
  kind?: 'full' | 'incremental'
  /** Why this kind of build: what made it full, or which entries changed (`grund`: the same in German, for editors). */
  reason?: string
  grund?: string
  /** How many entries an incremental build rendered the pages of. */
  entries?: number
  /** Those entries ("events:12"). */
  rendered?: string[]
  /** What an incremental build removed from the live site: the entries gone since, their pages and other files. */
  removed?: Removal
  pages: number
  seconds: number
  output: string
  /** Seconds per phase, in the order they ran ("read the CMS", "astro build", "search index", …). */
  phases: Phases
}

/** Seconds per phase of a build. */
export type Phases = Record<string, number>

/** Runs one phase of a build and adds its duration to `phases`. */
async function timed<T>(phases: Phases, name: string, run: () => T | Promise<T>): Promise<T> {
  const started = performance.now()
  try {
    return await run()
  } finally {
    phases[name] = (phases[name] ?? 0) + Math.round(performance.now() - started) / 1000
  }
}

/** How many `astro build` and indexer processes run side by side (SITE_BUILD_WORKERS; default: 2 on 2+ cores). */
export function buildWorkers(env: NodeJS.ProcessEnv): number {
  const configured = Number(env.SITE_BUILD_WORKERS)
  if (env.SITE_BUILD_WORKERS && (!Number.isInteger(configured) || configured < 1))
    throw new UserError(`SITE_BUILD_WORKERS must be a whole number ≥ 1 (got "${env.SITE_BUILD_WORKERS}").`)
  return configured || Math.min(2, availableParallelism())
}

/** The locales split into `count` groups of about equal size (German, with the most pages and the PDFs, leads the first). */
export function localeShards(count: number): LocaleCode[][] {
  const shards: LocaleCode[][] = Array.from({ length: Math.min(count, localeCodes.length) }, () => [])
  localeCodes.forEach((code, index) => shards[index % shards.length].push(code))
  return shards
}

const localePath = (code: LocaleCode) => locales.find((locale) => locale.code === code)!.path

/** Builds render below site/.builds/: Astro resolves its prerender chunks' imports from the site's node_modules. */
const BUILDS_DIR = join(SITE_DIR, '.builds')

/** Whether a process with this id runs on this machine (signal 0 only asks; EPERM: it runs as someone else). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Removes what builds of `output` that were killed mid-way left behind: their staging folders beside it, their
 * incremental, shard and request files below site/.builds/, and outdated search bundles inside it. Each name carries
 * the id of the process that built it; the ones of processes still running (another build) stay.
 */
export function removeLeftoversOfKilledBuilds(output: string, buildsDir = BUILDS_DIR): string[] {
  const name = basename(output).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const leftover = new RegExp(`^${name}\\.(?:staging|incremental)-(\\d+)(?:\\..*)?$`)
  const places: [string, RegExp][] = [
    [dirname(output), leftover],
    [buildsDir, leftover],
    [output, /^pagefind-recent\.outdated-(\d+)$/],
  ]
  const removed: string[] = []
  for (const [folder, pattern] of places) {
    if (!existsSync(folder)) continue
    for (const entry of readdirSync(folder)) {
      const pid = pattern.exec(entry)?.[1]
      if (pid === undefined || running(Number(pid))) continue
      rmSync(join(folder, entry), { recursive: true, force: true })
      removed.push(join(folder, entry))
    }
  }
  return removed
}

/** Renames, or copies when `to` is on another file system (DATA_DIR on its own disk). */
function move(from: string, to: string): void {
  try {
    renameSync(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    cpSync(from, to, { recursive: true })
    rmSync(from, { recursive: true, force: true })
  }
}

type WhatToRender = Pick<BuildRequest, 'locales' | 'entries' | 'files' | 'now'> &
  Partial<Pick<BuildRequest, 'preview' | 'lists' | 'filterLists'>>

/**
 * Runs `build` with a build request for an output folder (site/src/build/request.ts): written beside the folder as
 * `<outDir>.request.json`, with the content store in `<outDir>.cache` (builds side by side each need their own);
 * both are removed afterwards. `build` gets the environment that names the request.
 */
async function withRequest(
  env: NodeJS.ProcessEnv,
  outDir: string,
  render: WhatToRender,
  build: (env: NodeJS.ProcessEnv) => Promise<void>,
): Promise<void> {
  const file = `${outDir}.request.json`
  const cacheDir = `${outDir}.cache`
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(
    file,
    serializeBuildRequest({ preview: null, lists: null, filterLists: null, ...render, outDir, cacheDir }),
  )
  try {
    await build({ ...env, [BUILD_REQUEST_VARIABLE]: file })
  } finally {
    rmSync(cacheDir, { recursive: true, force: true })
    rmSync(file, { force: true })
  }
}

/**
 * One `astro build` as the request in `env` asks, into its `outDir` (below site/.builds/: Astro puts its prerender
 * chunks inside an output folder below the working directory, else into the shared site/.astro/).
 */
async function astroBuild(env: NodeJS.ProcessEnv, outDir: string): Promise<void> {
  await runCommand(process.execPath, [ASTRO_BIN, 'build', '--silent'], { cwd: SITE_DIR, env: withHeap(env) })
  rmSync(join(outDir, '.prerender'), { recursive: true, force: true })
}

/** Resolves once `folder/<first locale>/` exists: the build has synced its content and bundled, and renders pages. */
async function rendering(folder: string, locale: LocaleCode, build: Promise<void>): Promise<void> {
  let done = false
  void build.finally(() => (done = true)).catch(() => undefined)
  while (!done && !existsSync(join(folder, localePath(locale))))
    await new Promise((resolve) => setTimeout(resolve, 250))
}

const indexer = (env: NodeJS.ProcessEnv, folder: string, args: string[] = []) =>
  runCommand(process.execPath, ['--import', 'tsx', SEARCH_INDEXER, folder, ...args], {
    cwd: SITE_DIR,
    env: withHeap(env),
  })

/**
 * Build processes hold every entry in every locale; Node's default heap limit (about 4 GB) is too small from some
 * tens of thousands of entries. Each may grow to half the machine's memory, unless NODE_OPTIONS sets a limit.
 */
function withHeap(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  if (/--max-old-space-size/.test(env.NODE_OPTIONS ?? '')) return env
  const megabytes = Math.max(4096, Math.floor(totalmem() / 2 ** 20 / 2))
  return { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --max-old-space-size=${megabytes}`.trim() }
}

/**
 * Every page, in `workers` shards of locales built side by side (each shard its own `astro build`), merged into
 * `staging`, then indexed by as many indexers.
 */
async function fullBuild(env: NodeJS.ProcessEnv, staging: string, workers: number, now: string): Promise<void> {
  const shards = localeShards(workers)
  const folders = shards.map((_, index) => join(BUILDS_DIR, `${basename(staging)}.shard-${index}`))
  const shard = (index: number) =>
    withRequest(
      env,
      folders[index],
      { locales: shards[index], entries: null, files: index === 0 ? 'copy' : 'skip', now },
      (requestEnv) => astroBuild(requestEnv, folders[index]),
    )
  try {
    // Each shard starts once the one before renders pages: Astro's content sync rewrites files under site/.astro/
    // that a bundling build reads.
    const builds: Promise<void>[] = []
    for (let index = 0; index < shards.length; index++) {
      builds.push(shard(index))
      if (index < shards.length - 1) await rendering(folders[index], shards[index][0], builds[index])
    }
    await Promise.all(builds)
    // The first shard brings the shared files (assets, CMS files, root pages); the others add their locales.
    move(folders[0], staging)
    shards.slice(1).forEach((locales, index) => {
      for (const locale of locales)
        move(join(folders[index + 1], localePath(locale)), join(staging, localePath(locale)))
    })
  } finally {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true })
  }
  // One indexer per locale, `workers` at a time, German (the most pages, and the PDFs) first: a shard's fixed list
  // of locales left one indexer idle while the other still worked through German.
  const queue = [...localeCodes]
  await Promise.all(
    shards.map(async () => {
      for (let locale = queue.shift(); locale; locale = queue.shift())
        await indexer(env, staging, ['--locales', locale])
    }),
  )
}

/** Moves every file of `source` into `target`, replacing the file there (a rename replaces atomically). */
function mergeInto(source: string, target: string): void {
  for (const entry of readdirSync(source, { withFileTypes: true })) {
    const from = join(source, entry.name)
    const to = join(target, entry.name)
    if (entry.isDirectory()) {
      mkdirSync(to, { recursive: true })
      mergeInto(from, to)
      // A list that got shorter has fewer numbered pages (…/seite/N/): the ones past its end go.
      if (entry.name === 'seite') removeMissing(from, to)
    } else {
      move(from, to)
    }
  }
}

function removeMissing(source: string, target: string): void {
  const kept = new Set(readdirSync(source))
  for (const name of readdirSync(target))
    if (!kept.has(name)) rmSync(join(target, name), { recursive: true, force: true })
}

/** Every file below `folder`, as paths relative to `root` (none when it does not exist). */
function filesBelow(folder: string, root = folder): string[] {
  if (!existsSync(folder)) return []
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesBelow(join(folder, entry.name), root) : [relative(root, join(folder, entry.name))],
  )
}

/**
 * The sections whose pages are an entry kind's own pages (`<section>/<slug>/`, `<slug>.ics`, `excel/<slug>.csv`…)
 * and the kind's list pages (overview, `seite/N`, months, filters), all rendered with the section's overview; the
 * search section holds list pages only (the A–Z index).
 */
const SWEPT_SECTIONS: [string, EntryKind | null][] = [
  [sections.documents, 'documents'],
  [sections.events, 'events'],
  [sections.organisations, 'organisations'],
  [sections.indicators, 'indicators'],
  ['suche', null],
]

/**
 * The folders of each section's filter pages (their facet keys: src/lib/organisations/organisation-filters.ts,
 * src/lib/events/event-filters.ts) and the route whose kinds they list. An incremental build renders them only for
 * kinds changed since the last build (src/build/paths.ts filterRoutes); otherwise the live site keeps them.
 */
const FILTER_FOLDERS: Record<string, { folders: string[]; route: ListRoute }> = {
  [sections.organisations]: { folders: ['bezirk', 'sprache', 'feld'], route: routes.organisations },
  [sections.events]: { folders: ['bezirk', 'thema'], route: routes.events },
}

export type Removal = {
  /** The entries gone since the last build ("events:12"). */
  entries: string[]
  /** Their pages and the list pages no longer produced (a last `seite/N`, a month without events), every locale. */
  pages: number
  /** Other files: calendar files, CSV and JSON of indicators, the PDFs of gone documents, sitemap files. */
  files: number
  /** The addresses of the removed pages (the search page ignores the full bundles' records for them). */
  addresses: string[]
}

/**
 * The files of the live site an incremental build's rendering (`rendered`, relative paths) makes obsolete: in each
 * section whose overview it rendered, every file it did not render that belongs to no published entry of the
 * section's kind (a gone entry's pages, list pages past the new end); sitemap files past the new count; the PDFs of
 * documents no longer published. What belongs to an entry that is still published stays, rendered or not.
 */
export function obsoleteFiles(
  live: string,
  rendered: ReadonlySet<string>,
  state: EntryState,
  filterKinds: ReadonlySet<string> = new Set(ENTRY_KINDS),
): string[] {
  const obsolete: string[] = []
  for (const { path } of locales)
    for (const [section, kind] of SWEPT_SECTIONS) {
      const folder = join(path, section)
      if (!rendered.has(join(folder, 'index.html'))) continue
      const slugs = new Set(kind ? state[kind].map((row) => String(row.slug)) : [])
      // The filter pages' folders, when this build did not render the filter pages: the live ones stay as they are.
      const filters = FILTER_FOLDERS[section]
      const keptFolders =
        filters && !listsAny(filters.route, filterKinds) ? filters.folders.map((name) => join(folder, name, '')) : []
      for (const file of filesBelow(join(live, folder), live)) {
        if (rendered.has(file)) continue
        if (keptFolders.some((kept) => file.startsWith(kept))) continue
        const parts = relative(folder, file)
          .split(/[\\/]/)
          .map((part) => part.replace(/\.[^.]*$/, ''))
        if (!parts.some((part) => slugs.has(part))) obsolete.push(file)
      }
    }
  for (const file of readdirSync(live)) if (/^sitemap-\d+\.xml$/.test(file) && !rendered.has(file)) obsolete.push(file)
  const documentFiles = new Set(state.documents.map((row) => String(row.filename)))
  if (rendered.has(join(localePath('de'), sections.documents, 'index.html')))
    for (const file of filesBelow(join(live, 'files', 'documents'), live))
      if (!documentFiles.has(decodeURIComponent(basename(file)))) obsolete.push(file)
  return obsolete.sort()
}

/** Removes these files of the live site, and the folders they leave empty. */
function removeFiles(live: string, files: string[]): void {
  for (const file of files) {
    rmSync(join(live, file), { force: true })
    for (let folder = dirname(file); folder !== '.'; folder = dirname(folder)) {
      const absolute = join(live, folder)
      if (!existsSync(absolute) || readdirSync(absolute).length > 0) break
      rmSync(absolute, { recursive: true, force: true })
    }
  }
}

/**
 * The pages of these entries and the list routes of their kinds (site/src/build/routes.ts), rendered and indexed
 * into /pagefind-recent/ apart from the site, then moved into the live site file by file: each page is replaced
 * atomically, and nothing is touched before rendering and indexing have succeeded. Then the files this rendering
 * made obsolete (obsoleteFiles: the pages of entries gone since) are removed; the search page learns their
 * addresses, with those of the earlier incremental builds (`removedBefore`), from recent.json, written with the
 * recent bundles before any page changes. No entries: nothing to render, nothing removed.
 */
async function incrementalBuild(
  env: NodeJS.ProcessEnv,
  output: string,
  plan: Extract<BuildPlan, { kind: 'incremental' }>,
  state: EntryState,
  removedBefore: string[],
  phases: Phases,
  now: string,
): Promise<Removal> {
  const removal: Removal = { entries: plan.removed, pages: 0, files: 0, addresses: [] }
  if (plan.entries.length === 0) return removal
  const pages = join(BUILDS_DIR, `${basename(output)}.incremental-${process.pid}`)
  try {
    const request: WhatToRender = {
      locales: [...localeCodes],
      entries: plan.entries,
      lists: plan.lists,
      filterLists: plan.filterLists,
      files: 'copy',
      now,
    }
    await withRequest(env, pages, request, async (requestEnv) => {
      await timed(phases, 'astro build', () => astroBuild(requestEnv, pages))
      await timed(phases, 'search index', () => indexer(requestEnv, pages, ['--recent']))
    })
    if (!existsSync(join(pages, 'de', 'index.html')))
      throw new Error('the build produced no German start page (de/index.html)')
    const obsolete = obsoleteFiles(output, new Set(filesBelow(pages)), state, new Set(plan.filterLists))
    const removedPages = obsolete.filter((file) => file.endsWith('.html'))
    removal.pages = removedPages.length
    removal.files = obsolete.length - removedPages.length
    removal.addresses = [...new Set([...removedBefore, ...removedPages.map((file) => urlForFile(file))])].sort()
    const recentList = join(pages, 'pagefind-recent', 'recent.json')
    const recentIndex = JSON.parse(readFileSync(recentList, 'utf8')) as { bundles: string[]; addresses: string[] }
    writeFileSync(
      recentList,
      JSON.stringify({ ...recentIndex, addresses: [...recentIndex.addresses, ...removal.addresses] }),
    )
    // The search bundles first, so a page that names them never comes before them.
    const recent = join(output, 'pagefind-recent')
    const outdated = `${recent}.outdated-${process.pid}`
    if (existsSync(recent)) renameSync(recent, outdated)
    move(join(pages, 'pagefind-recent'), recent)
    rmSync(outdated, { recursive: true, force: true })
    await timed(phases, 'merge into the live site', () => mergeInto(pages, output))
    await timed(phases, 'remove obsolete pages', () => removeFiles(output, obsolete))
  } finally {
    rmSync(pages, { recursive: true, force: true })
  }
  return removal
}

/** Where a preview renders before it moves next to the live site (scripts/lib/preview.ts). */
export const previewBuildFolder = (token: string) => join(BUILDS_DIR, `preview-${token}`)

/**
 * A preview: the pages of one entry in every locale, with its draft (the JSON file `draft`) in place of the published
 * version and everything else as published, rendered by the site's own templates into previewBuildFolder(token).
 * No list route, no search index, no uploaded files (the site server serves those from the live site).
 */
export async function renderPreview({
  cmsUrl,
  env,
  token,
  entry,
  draft,
}: {
  cmsUrl: string
  env: NodeJS.ProcessEnv
  token: string
  entry: string
  draft: string
}): Promise<string> {
  const folder = previewBuildFolder(token)
  rmSync(folder, { recursive: true, force: true })
  const buildEnv = { ...env, CMS_URL: cmsUrl, CMS_PUBLIC_URL: env.CMS_PUBLIC_URL || cmsUrl }
  const render: WhatToRender = {
    locales: [...localeCodes],
    entries: [entry],
    files: 'skip',
    preview: { entry, draft },
    now: new Date().toISOString(),
  }
  try {
    await withRequest(buildEnv, folder, render, (requestEnv) => astroBuild(requestEnv, folder))
  } catch (error) {
    rmSync(folder, { recursive: true, force: true })
    throw error
  }
  return folder
}

/**
 * Builds the static site from the CMS API into a staging folder, indexes it for search (site/indexer/index-search.ts:
 * one Pagefind bundle per locale, PDF pages included), and only then swaps it into place. When only entries changed
 * since the last full build, renders just what shows them (site/src/build/plan.ts); `force` always builds in full.
 * Says what it built and why (`kind`, `reason`, `rendered`). The pages show the site as of `now` (default: when the
 * build starts): upcoming and past events, the calendar's horizon, the alert banner's time window.
 * When anything fails (the CMS is down, content is invalid), the staging folder is removed and the last good site
 * stays online untouched.
 */
export async function buildSite({
  cmsUrl,
  env,
  force = false,
  output = SITE_OUTPUT,
  now = new Date(),
}: {
  cmsUrl: string
  env: NodeJS.ProcessEnv
  force?: boolean
  output?: string
  now?: Date
}): Promise<SiteBuild> {
  const started = Date.now()
  const moment = now.toISOString()
  const phases: Phases = {}
  removeLeftoversOfKilledBuilds(output)
  const workers = buildWorkers(env)
  let shared: string
  let state: EntryState
  let readFrom: Date
  try {
    ;[readFrom, shared, state] = await timed(phases, 'read the CMS', async () => {
      const clock = await cmsTime(cmsUrl)
      return [clock, ...(await Promise.all([sharedFingerprint(cmsUrl), entryState(cmsUrl)]))] as const
    })
  } catch (error) {
    throw new UserError(
      `Cannot build the site: the CMS at ${cmsUrl} is not reachable (${(error as Error).message}). The last good site stays online.`,
    )
  }
  const code = await timed(phases, 'fingerprint the site code', () =>
    fingerprint(
      [
        join(SITE_DIR, 'src'),
        join(SITE_DIR, 'indexer'),
        join(SITE_DIR, 'public'),
        join(SITE_DIR, 'astro.config.mjs'),
        join(ROOT, 'pnpm-lock.yaml'),
      ],
      ROOT,
    ),
  )
  // What the published content looks like now: count and newest change of every collection and global.
  const stamp = `${code}:${entryFingerprint(state)}|${shared}`
  const stampFile = output === SITE_OUTPUT ? SITE_STAMP : `${output}.stamp`
  const manifestFile = `${stampFile.replace(/\.stamp$/, '')}.manifest.json`
  const live = existsSync(join(output, 'index.html'))
  if (!force && live && readStamp(stampFile) === stamp) {
    return { status: 'reused', pages: countPages(output), seconds: (Date.now() - started) / 1000, output, phases }
  }
  const manifest = live ? readManifest(manifestFile) : undefined
  const plan: BuildPlan = force
    ? { kind: 'full', reason: 'a full build was asked for', grund: 'Ein vollständiger Bau wurde angefordert.' }
    : planBuild(manifest, { code, shared, state }, { incrementalRemovals: env.SITE_INCREMENTAL_REMOVALS === 'on' })
  // Entries saved while this build reads the CMS count as changed for the next one. On the CMS's own clock: the
  // 60 s margin this had on the builder's clock made every entry a fresh corpus load had saved in the minute before
  // a full build count as changed, so the next build re-rendered them all (the bench's 1k publish: a full build).
  const readStartedAt = new Date(readFrom.getTime() - FULL_BUILD_MARGIN_MS).toISOString()
  const buildEnv = { ...env, CMS_URL: cmsUrl, CMS_PUBLIC_URL: env.CMS_PUBLIC_URL || cmsUrl }
  const failed = (error: unknown) =>
    new UserError(
      `The site build failed: ${(error as Error).message}.${live ? ' The last good site stays online.' : ''}`,
    )
  let removal: Removal | undefined
  if (plan.kind === 'incremental') {
    try {
      removal = await incrementalBuild(buildEnv, output, plan, state, manifest?.removed ?? [], phases, moment)
    } catch (error) {
      throw failed(error)
    }
  } else {
    const staging = `${output}.staging-${process.pid}`
    rmSync(staging, { recursive: true, force: true })
    try {
      await timed(phases, 'full build (render and index)', () => fullBuild(buildEnv, staging, workers, moment))
      if (!existsSync(join(staging, 'de', 'index.html')))
        throw new Error('the build produced no German start page (de/index.html)')
    } catch (error) {
      rmSync(staging, { recursive: true, force: true })
      throw failed(error)
    }
    const previous = `${output}.previous`
    rmSync(previous, { recursive: true, force: true })
    if (existsSync(output)) renameSync(output, previous)
    renameSync(staging, output)
    rmSync(previous, { recursive: true, force: true })
  }
  writeFileSync(stampFile, stamp)
  writeManifest(manifestFile, {
    code,
    shared,
    fullBuildStartedAt: plan.kind === 'incremental' ? manifest!.fullBuildStartedAt : readStartedAt,
    lastBuildStartedAt: readStartedAt,
    addresses: addressesOf(state),
    links: state,
    removed: removal?.addresses ?? [],
  })
  const pages = await timed(phases, 'count pages', () => countPages(output))
  const seconds = (Date.now() - started) / 1000
  if (plan.kind === 'incremental') {
    const removed = removal && removal.entries.length > 0 ? removal : undefined
    return {
      status: 'built',
      kind: 'incremental',
      reason: plan.reason + (removed ? `; removed ${removed.pages} pages and ${removed.files} other files` : ''),
      grund: plan.grund + (removed ? ` ${removalInGerman(removed)}` : ''),
      entries: plan.entries.length,
      rendered: plan.entries,
      removed,
      pages,
      seconds,
      output,
      phases,
    }
  }
  return { status: 'built', kind: 'full', reason: plan.reason, grund: plan.grund, pages, seconds, output, phases }
}

/** "22 Seiten und 11 weitere Dateien entfernt." */
function removalInGerman({ pages, files }: Removal): string {
  const count = (n: number, one: string, many: string) => (n === 1 ? `eine ${one}` : `${n} ${many}`)
  return `${count(pages, 'Seite', 'Seiten')} und ${count(files, 'weitere Datei', 'weitere Dateien')} entfernt.`.replace(
    /^e/,
    'E',
  )
}
