import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, totalmem } from 'node:os'
import { basename, dirname, join } from 'node:path'

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
import { localeCodes, locales, type LocaleCode } from '../../site/src/i18n/locales.ts'

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

type WhatToRender = Pick<BuildRequest, 'locales' | 'entries' | 'files'> & Partial<Pick<BuildRequest, 'preview'>>

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
  writeFileSync(file, serializeBuildRequest({ preview: null, ...render, outDir, cacheDir }))
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
async function fullBuild(env: NodeJS.ProcessEnv, staging: string, workers: number): Promise<void> {
  const shards = localeShards(workers)
  const folders = shards.map((_, index) => join(BUILDS_DIR, `${basename(staging)}.shard-${index}`))
  const shard = (index: number) =>
    withRequest(
      env,
      folders[index],
      { locales: shards[index], entries: null, files: index === 0 ? 'copy' : 'skip' },
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

/**
 * The pages of these entries and the list routes of their kinds (site/src/build/routes.ts), rendered and indexed
 * into /pagefind-recent/ apart from the site, then moved into the live site file by file: each page is replaced
 * atomically, and nothing is touched before rendering and indexing have succeeded. No entries: nothing to render.
 */
async function incrementalBuild(
  env: NodeJS.ProcessEnv,
  output: string,
  entries: string[],
  phases: Phases,
): Promise<void> {
  if (entries.length === 0) return
  const pages = join(BUILDS_DIR, `${basename(output)}.incremental-${process.pid}`)
  try {
    await withRequest(env, pages, { locales: [...localeCodes], entries, files: 'copy' }, async (requestEnv) => {
      await timed(phases, 'astro build', () => astroBuild(requestEnv, pages))
      await timed(phases, 'search index', () => indexer(requestEnv, pages, ['--recent']))
    })
    if (!existsSync(join(pages, 'de', 'index.html')))
      throw new Error('the build produced no German start page (de/index.html)')
    // The search bundles first, so a page that names them never comes before them.
    const recent = join(output, 'pagefind-recent')
    const outdated = `${recent}.outdated-${process.pid}`
    if (existsSync(recent)) renameSync(recent, outdated)
    move(join(pages, 'pagefind-recent'), recent)
    rmSync(outdated, { recursive: true, force: true })
    await timed(phases, 'merge into the live site', () => mergeInto(pages, output))
  } finally {
    rmSync(pages, { recursive: true, force: true })
  }
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
  const render: WhatToRender = { locales: [...localeCodes], entries: [entry], files: 'skip', preview: { entry, draft } }
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
 * Says what it built and why (`kind`, `reason`, `rendered`).
 * When anything fails (the CMS is down, content is invalid), the staging folder is removed and the last good site
 * stays online untouched.
 */
export async function buildSite({
  cmsUrl,
  env,
  force = false,
  output = SITE_OUTPUT,
}: {
  cmsUrl: string
  env: NodeJS.ProcessEnv
  force?: boolean
  output?: string
}): Promise<SiteBuild> {
  const started = Date.now()
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
    : planBuild(manifest, { code, shared, state })
  // Entries saved while this build reads the CMS count as changed for the next one. On the CMS's own clock: the
  // 60 s margin this had on the builder's clock made every entry a fresh corpus load had saved in the minute before
  // a full build count as changed, so the next build re-rendered them all (the bench's 1k publish: a full build).
  const fullBuildStartedAt = new Date(readFrom.getTime() - FULL_BUILD_MARGIN_MS).toISOString()
  const buildEnv = { ...env, CMS_URL: cmsUrl, CMS_PUBLIC_URL: env.CMS_PUBLIC_URL || cmsUrl }
  const failed = (error: unknown) =>
    new UserError(
      `The site build failed: ${(error as Error).message}.${live ? ' The last good site stays online.' : ''}`,
    )
  if (plan.kind === 'incremental') {
    try {
      await incrementalBuild(buildEnv, output, plan.entries, phases)
    } catch (error) {
      throw failed(error)
    }
  } else {
    const staging = `${output}.staging-${process.pid}`
    rmSync(staging, { recursive: true, force: true })
    try {
      await timed(phases, 'full build (render and index)', () => fullBuild(buildEnv, staging, workers))
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
    fullBuildStartedAt: plan.kind === 'incremental' ? manifest!.fullBuildStartedAt : fullBuildStartedAt,
    addresses: addressesOf(state),
  })
  const pages = await timed(phases, 'count pages', () => countPages(output))
  const seconds = (Date.now() - started) / 1000
  if (plan.kind === 'incremental')
    return {
      status: 'built',
      kind: 'incremental',
      reason: plan.reason,
      grund: plan.grund,
      entries: plan.entries.length,
      rendered: plan.entries,
      pages,
      seconds,
      output,
      phases,
    }
  return { status: 'built', kind: 'full', reason: plan.reason, grund: plan.grund, pages, seconds, output, phases }
}
