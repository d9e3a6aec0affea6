/**
 * npm run bench -- --scale 1k|10k|50k [--seed N] [--requests N] [--skip postgres,rest,build,loader,baseline,search,weight,publish,load] [--reuse] [--database sqlite|postgres]
 *
 * Generates a synthetic corpus (scripts/bench/corpus.ts), loads it through the Local API into a fresh SQLite
 * database under bench/corpus/ (and PostgreSQL when BENCH_POSTGRES_URI is set), starts the CMS on it, builds
 * and serves the site from its API, and measures each cost next to a baseline taken in the same run:
 *   import rate vs a bulk insert of the same rows · REST latency vs the same reads in SQL · site build vs a plain
 *   Astro build of the same pages from JSON · search in Chromium vs loading the search page · publish-to-live ·
 *   page weight vs the baseline's pages · load (scripts/bench/load.ts): 50 connections for 60 s each on cached and
 *   uncached REST list reads and on the site, 0 errors required, p99 reported, the admin page timed during it.
 * Writes bench/results/<scale>-<date>.json and prints a Markdown table. Never part of `npm test`.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import { spawn } from 'node:child_process'

import { buildCms, startCms } from './lib/cms'
import { CMS_DIR, ROOT } from './lib/paths'
import { freePort, runCommand, runMain, stopService, UserError } from './lib/processes'
import { serveStatic } from './lib/static-server'
import { SCALES, type Scale } from './bench/corpus'
import { measureRest } from './bench/rest'
import { serveSnapshot, snapshotApi } from './bench/json-api'
import type { LoadOptions, LoadResult } from './bench/load-corpus'
import { groupRssBytes } from './bench/process-tree'
import { launchBrowser, measureQuery, type SearchMeasure } from './bench/search'
import {
  dumpCollections,
  htmlSizes,
  indexSizes,
  measureBaselineBuild,
  measureSiteBuild,
  routesOf,
} from './bench/site-build'
import { markdownReport, type BenchResult } from './bench/report'
import { measureSitemap } from './bench/sitemap'
import { measurePublishToLive } from './bench/publish-to-live'
import { measureLoad } from './bench/load'
import { cmsProxyConfig, NGINX, startNginx } from './lib/nginx'

const STEPS = ['postgres', 'rest', 'build', 'loader', 'baseline', 'search', 'weight', 'publish', 'load'] as const
type Step = (typeof STEPS)[number]

function parseArgs(argv: string[]) {
  const value = (name: string) => {
    const index = argv.indexOf(`--${name}`)
    return index >= 0 ? argv[index + 1] : undefined
  }
  const scale = (value('scale') ?? '1k') as Scale
  if (!(scale in SCALES))
    throw new UserError(`--scale must be one of ${Object.keys(SCALES).join(', ')} (got "${scale}").`)
  const seed = Number(value('seed') ?? 1)
  const requests = Number(value('requests') ?? 200)
  if (!Number.isInteger(seed) || !Number.isInteger(requests) || requests < 1)
    throw new UserError('--seed and --requests take whole numbers.')
  const skip = new Set((value('skip') ?? '').split(',').filter(Boolean))
  for (const step of skip)
    if (!STEPS.includes(step as Step)) throw new UserError(`--skip knows ${STEPS.join(', ')} (got "${step}").`)
  // --reuse: keep the corpus an earlier run loaded (bench/corpus/<scale>-seed<N>) and its import measurement.
  // --database postgres: the CMS the site is built from runs on PostgreSQL (BENCH_POSTGRES_URI) instead of SQLite.
  const database = value('database') ?? 'sqlite'
  if (database !== 'sqlite' && database !== 'postgres')
    throw new UserError(`--database is sqlite or postgres (got "${database}").`)
  if (database === 'postgres' && !process.env.BENCH_POSTGRES_URI)
    throw new UserError('--database postgres needs BENCH_POSTGRES_URI.')
  if (database === 'postgres' && argv.includes('--reuse')) throw new UserError('--reuse keeps SQLite corpora only.')
  return { scale, seed, requests, skip: skip as Set<Step>, reuse: argv.includes('--reuse'), database }
}

const LOADER = join(ROOT, 'scripts', 'bench', 'load-corpus.ts')
const PUBLISHER = join(ROOT, 'scripts', 'bench', 'publish-event.ts')
const DIRECT_SQL = join(ROOT, 'scripts', 'bench', 'direct-sql.ts')

async function loadCorpus(env: NodeJS.ProcessEnv, options: LoadOptions): Promise<LoadResult> {
  await runCommand(process.execPath, ['--import', 'tsx', LOADER, JSON.stringify(options)], { cwd: ROOT, env })
  return JSON.parse(readFileSync(options.out, 'utf8')) as LoadResult
}

/** Runs one of the bench's child scripts and returns its standard output. */
function capture(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${args[0]} exited with ${code}`))))
  })
}

/** A PostgreSQL database of its own for this run, dropped afterwards. */
async function postgresDatabase(adminUri: string, name: string) {
  type PgClient = { connect(): Promise<void>; query(sql: string): Promise<unknown>; end(): Promise<void> }
  const { Client } = createRequire(join(CMS_DIR, 'package.json'))('pg') as {
    Client: new (options: { connectionString: string }) => PgClient
  }
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: adminUri })
    await client.connect()
    try {
      await client.query(sql)
    } finally {
      await client.end()
    }
  }
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  await admin(`CREATE DATABASE "${name}"`)
  const url = new URL(adminUri)
  url.pathname = `/${name}`
  return { uri: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length === 0
    ? NaN
    : sorted.length % 2
      ? sorted[(sorted.length - 1) / 2]
      : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2
}

async function pageWeight(root: string) {
  const { pageWeights } = await import('../site/tests/build/page-weight')
  const weights = pageWeights(root)
  const bytes = weights.map((weight) => weight.bytes)
  const gzip = weights.map((weight) => weight.gzipBytes)
  const heaviest = weights.reduce((max, weight) => (weight.bytes > max.bytes ? weight : max), weights[0])
  return {
    pages: weights.length,
    medianKB: Math.round(median(bytes) / 1024),
    maxKB: Math.round(heaviest.bytes / 1024),
    medianGzipKB: Math.round(median(gzip) / 1024),
    maxGzipKB: Math.round(Math.max(...gzip) / 1024),
    heaviest: heaviest.page,
  }
}

const SEARCH_QUERIES = [
  { locale: 'de', path: 'de', query: 'Beratung' },
  { locale: 'de', path: 'de', query: 'Sprachcafé Familie' },
  { locale: 'en', path: 'en', query: 'advice' },
  { locale: 'tr', path: 'tr', query: 'danışmanlık' },
  { locale: 'ar', path: 'ar', query: 'الاندماج' },
]

/** The readers' CMS process runs at this CPU priority, as `Nice=` of its systemd unit (README, Deploy). */
const READERS_NICE = 10

/**
 * Runs `measure` against the CMS as deploy/nginx/cms.conf puts it: nginx in front, anonymous API requests to a
 * second CMS process on the same database at a lower CPU priority, the admin and signed-in requests to `cmsPort`.
 */
async function behindProxy<T>(env: NodeJS.ProcessEnv, cmsPort: number, measure: (url: string) => Promise<T>) {
  const scratch = mkdtempSync(join(tmpdir(), 'ki-bench-nginx-'))
  const [port, readersPort] = [await freePort(), await freePort()]
  const readers = await startCms(env, readersPort, { nice: READERS_NICE })
  try {
    const nginx = await startNginx(scratch, cmsProxyConfig(scratch, { port, cmsPort, readersPort }), port)
    try {
      return await measure(`http://127.0.0.1:${port}`)
    } finally {
      nginx.kill('SIGQUIT')
    }
  } finally {
    await stopService(readers)
    rmSync(scratch, { recursive: true, force: true })
  }
}

runMain(async () => {
  const { scale, seed, requests, skip, reuse, database } = parseArgs(process.argv.slice(2))
  const started = Date.now()
  const date = new Date().toISOString().slice(0, 10)
  const anchor = date.slice(0, 7)
  const workDir = join(ROOT, 'bench', 'corpus', `${scale}-seed${seed}`)
  const loaded = join(workDir, 'load-sqlite.json')
  const reusing = reuse && existsSync(loaded) && existsSync(join(workDir, 'data', 'cms.db'))
  if (reuse && !reusing) throw new UserError(`--reuse: no loaded corpus in ${workDir} (run once without --reuse).`)
  if (!reusing) rmSync(workDir, { recursive: true, force: true })
  mkdirSync(workDir, { recursive: true })
  const [cmsPort, sitePort] = [await freePort(), await freePort()]
  const cmsUrl = `http://localhost:${cmsPort}`
  const siteUrl = `http://localhost:${sitePort}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: join(workDir, 'data'),
    DATABASE_URI: `file:${join(workDir, 'data', 'cms.db')}`,
    PAYLOAD_SECRET: 'bench-run-secret-0123456789abcdef',
    NEXT_TELEMETRY_DISABLED: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    SITE_URL: siteUrl,
    CMS_PUBLIC_URL: cmsUrl,
    // A nightly full build (a run that passes 00:05) would be measured as one of the bench's builds.
    SITE_NIGHTLY_BUILD: 'off',
  }
  const result: BenchResult = {
    scale,
    entries: SCALES[scale],
    seed,
    date,
    anchor,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? '',
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      freeMemoryGiBAtStart: Math.round(freemem() / 2 ** 30),
      node: process.version,
      loadAverageAtStart: loadavg().map((load) => Math.round(load * 100) / 100),
    },
    requests,
    skipped: [...skip],
    reusedCorpus: reusing,
    database,
    sqlite: {},
  }
  const resultFile = join(ROOT, 'bench', 'results', `${scale}-${date}.json`)
  // Written after every step too: a step that kills the process (out of memory) leaves the steps before it on record.
  const save = () => {
    result.seconds = Math.round((Date.now() - started) / 1000)
    result.machine.loadAverageAtEnd = loadavg().map((load) => Math.round(load * 100) / 100)
    mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true })
    writeFileSync(resultFile, `${JSON.stringify(result, null, 2)}\n`)
  }
  const log = (message: string) => {
    save()
    console.log(`▸ [${((Date.now() - started) / 1000).toFixed(0)} s] ${message}`)
  }

  // The database the site's CMS runs on: SQLite, or PostgreSQL with --database postgres.
  const main =
    database === 'postgres'
      ? await postgresDatabase(process.env.BENCH_POSTGRES_URI!, `ki_bench_${scale}_${seed}_site`)
      : undefined
  if (main) env.DATABASE_URI = main.uri
  const site: { load?: LoadResult; rest?: BenchResult['sqlite']['rest'] } = main
    ? (result.postgres = {} as NonNullable<BenchResult['postgres']>)
    : result.sqlite
  if (main) {
    log(`generating ${SCALES[scale]} entries (seed ${seed}) and loading them into PostgreSQL through the Local API`)
    site.load = await loadCorpus(env, {
      size: SCALES[scale],
      seed,
      anchor,
      requests,
      out: join(workDir, 'load-postgres.json'),
    })
  } else if (reusing) {
    log(
      `reusing the corpus loaded earlier into ${workDir} (its import measurement included); direct-SQL baseline measured again`,
    )
    await runCommand(process.execPath, ['--import', 'tsx', DIRECT_SQL, loaded, String(requests)], { cwd: ROOT, env })
    site.load = JSON.parse(readFileSync(loaded, 'utf8')) as LoadResult
  } else {
    log(`generating ${SCALES[scale]} entries (seed ${seed}) and loading them into SQLite through the Local API`)
    site.load = await loadCorpus(env, { size: SCALES[scale], seed, anchor, requests, out: loaded })
  }
  const load = site.load
  const samples = load.samples
  const kind = main ? 'PostgreSQL' : 'SQLite'

  let postgres: Awaited<ReturnType<typeof postgresDatabase>> | undefined
  const postgresUri = process.env.BENCH_POSTGRES_URI
  if (postgresUri && !skip.has('postgres') && !main) {
    postgres = await postgresDatabase(postgresUri, `ki_bench_${scale}_${seed}`)
    log('loading the same corpus into PostgreSQL')
    result.postgres = {
      load: await loadCorpus(
        { ...env, DATABASE_URI: postgres.uri, DATA_DIR: join(workDir, 'data-postgres') },
        { size: SCALES[scale], seed, anchor, requests, out: join(workDir, 'load-postgres.json') },
      ),
    }
  }

  try {
    if (!skip.has('rest') || !skip.has('build')) {
      log(`building the CMS when its sources changed, then starting it on the ${kind} database`)
      await buildCms(env)
    }
    if (postgres && result.postgres && !skip.has('rest')) {
      const port = await freePort()
      const cms = await startCms({ ...env, DATABASE_URI: postgres.uri, DATA_DIR: join(workDir, 'data-postgres') }, port)
      try {
        log('REST latency on PostgreSQL')
        result.postgres.rest = await measureRest(`http://localhost:${port}`, result.postgres.load.samples, requests)
      } finally {
        await stopService(cms)
      }
    }
    const cms = await startCms(env, cmsPort)
    try {
      if (!skip.has('rest')) {
        log(`REST latency on ${kind} (${requests} requests per case and concurrency)`)
        site.rest = await measureRest(cmsUrl, samples, requests)
      }
      if (skip.has('build')) return
      const output = join(workDir, 'site')
      log('full site build (astro build + Pagefind), process tree sampled')
      const build = await measureSiteBuild({ cmsUrl, env, output, force: true, excludeGroups: [cms.pid!] })
      result.build = { ...build, build: undefined, cmsRssMiBAfter: Math.round(groupRssBytes(cms.pid!) / 2 ** 20) }
      result.index = indexSizes(output)
      result.html = htmlSizes(output)
      log(`built ${build.htmlPages} HTML pages in ${build.seconds} s`)
      result.sitemap = await measureSitemap(output)
      log(
        `sitemap: ${result.sitemap.addresses} addresses in ${result.sitemap.files} files for ${result.sitemap.pages} pages, ` +
          `largest ${result.sitemap.largestFileAddresses} addresses / ${result.sitemap.largestFileMB} MB` +
          (result.sitemap.ok
            ? ''
            : ` — NOT OK: ${[...result.sitemap.overLimits, ...result.sitemap.examples].join(', ')}`),
      )

      if (!skip.has('loader')) {
        log('loader baseline: the same site built from JSON files of the same API answers')
        const folder = join(workDir, 'api-snapshot')
        const bytes = await snapshotApi(cmsUrl, folder)
        const api = await serveSnapshot(folder, cmsUrl, await freePort())
        const address = api.address() as AddressInfo
        const fromFiles = join(workDir, 'site-from-json')
        try {
          const measured = await measureSiteBuild({
            cmsUrl: `http://127.0.0.1:${address.port}`,
            env,
            output: fromFiles,
            force: true,
            excludeGroups: [cms.pid!],
          })
          result.loaderBaseline = { ...measured, build: undefined, snapshotMiB: Math.round(bytes / 2 ** 20) }
        } finally {
          api.close()
          rmSync(fromFiles, { recursive: true, force: true })
          rmSync(folder, { recursive: true, force: true })
        }
      }
      if (!skip.has('baseline')) {
        log('baseline: plain Astro build of the same routes from JSON files')
        const dataDir = join(workDir, 'baseline-data')
        const dumped = await dumpCollections(cmsUrl, dataDir)
        result.baseline = {
          ...(await measureBaselineBuild({
            workDir,
            output: join(workDir, 'baseline-dist'),
            dataDir,
            routes: routesOf(output),
            env,
          })),
          jsonMiB: Math.round(dumped / 2 ** 20),
        }
      }
      if (!skip.has('weight')) {
        log('page weight')
        result.weight = await pageWeight(output)
        if (result.baseline) result.baselineWeight = await pageWeight(join(workDir, 'baseline-dist'))
      }

      const server = await serveStatic(output, sitePort, { connectSources: [cmsUrl] })
      const browser = !skip.has('search') || !skip.has('publish') ? await launchBrowser() : undefined
      try {
        if (browser && !skip.has('search')) {
          log('search in headless Chromium (5 queries, cold cache each)')
          const measures: SearchMeasure[] = []
          for (const query of SEARCH_QUERIES) measures.push(await measureQuery(browser, siteUrl, query))
          result.search = measures
        }
        if (browser && !skip.has('publish')) {
          const target = load.publishTarget
          const marker = `Zeitmessung${seed}${Date.now().toString(36)}`
          log(
            `publish-to-live: the publisher runs beside the served site; event ${target.id} saved and published as "${target.title} ${marker}", no command until the served page and the search show it`,
          )
          // Payload logs to standard output too: the script's answer is its last line.
          const { token } = JSON.parse((await capture([PUBLISHER, cmsUrl], env)).trim().split('\n').at(-1)!) as {
            token: string
          }
          result.publish = await measurePublishToLive({ browser, cmsUrl, siteUrl, env, output, token, target, marker })
          log(
            `publish-to-live: ${result.publish.secondsToLive ?? 'not live'} s (${result.publish.kind ?? result.publish.status}: ${result.publish.reason ?? result.publish.error ?? ''})`,
          )
        }
        if (!skip.has('load')) {
          // The bench's account (publish-event.ts creates it and prints its session token) opens the admin page.
          const { token } = JSON.parse((await capture([PUBLISHER, cmsUrl], env)).trim().split('\n').at(-1)!) as {
            token: string
          }
          await browser?.close()
          const sitePaths = routesOf(output)
            .filter((route) => !route.path.endsWith('-html'))
            .map((route) => (route.path ? `/${route.path}/` : '/'))
          const loadOn = (url: string) => measureLoad({ cmsUrl: url, siteUrl, sitePaths, token, log })
          result.load = await loadOn(cmsUrl)
          log(`load: ${result.load.ok ? '0 errors, admin page within 1 s throughout' : 'NOT OK (see the table)'}`)
          if (existsSync(NGINX)) {
            log(
              `load again as deployed: nginx (deploy/nginx/cms.conf) and a readers' CMS process at nice ${READERS_NICE}`,
            )
            result.loadBehindProxy = { ...(await behindProxy(env, cmsPort, loadOn)), readersNice: READERS_NICE }
            log(`load behind nginx: ${result.loadBehindProxy.ok ? 'ok' : 'NOT OK (see the table)'}`)
          } else log(`load behind nginx: skipped, no nginx at ${NGINX} (NGINX names another)`)
        }
      } finally {
        await browser?.close()
        server.close()
      }
    } finally {
      await stopService(cms)
    }
  } finally {
    await postgres?.drop()
    await main?.drop()
    save()
    console.log(`\n${markdownReport(result)}\nResult: ${resultFile} (${result.seconds} s)`)
  }
  process.exit(0)
})
