/** The benchmark's result file and the Markdown table printed from it. */
import type { Latency } from './latency'
import type { RestLatency } from './rest'
import type { LoadResult, QuerySamples } from './load-corpus'
import type { SearchMeasure } from './search'
import type { PublishMeasure } from './publish-to-live'
import type { BuildMeasure } from './site-build'
import type { SitemapMeasure } from './sitemap'
import type { LoadMeasure } from './load'

type Rest = RestLatency
type Weight = {
  pages: number
  medianKB: number
  maxKB: number
  medianGzipKB: number
  maxGzipKB: number
  heaviest: string
}

export type BenchResult = {
  scale: string
  entries: number
  seed: number
  date: string
  anchor: string
  machine: {
    cpus: number
    cpuModel: string
    memoryGiB: number
    freeMemoryGiBAtStart: number
    node: string
    loadAverageAtStart: number[]
    loadAverageAtEnd?: number[]
  }
  requests: number
  skipped: string[]
  reusedCorpus?: boolean
  /** The database the site's CMS ran on (sqlite unless --database postgres). */
  database?: string
  seconds?: number
  sqlite: { load?: LoadResult; rest?: Rest }
  postgres?: { load: LoadResult; rest?: Rest }
  build?: Omit<BuildMeasure, never> & { cmsRssMiBAfter: number; build?: undefined }
  baseline?: BuildMeasure & { jsonMiB: number }
  /** The same site built from JSON files of the same API answers (scripts/bench/json-api.ts). */
  loaderBaseline?: BuildMeasure & { snapshotMiB: number; build?: undefined }
  index?: Record<string, { kB: number; files: number }>
  html?: { pages: number; medianKB: number; maxKB: number; largest: string }
  sitemap?: SitemapMeasure
  search?: SearchMeasure[]
  weight?: Weight
  baselineWeight?: Weight
  publish?: PublishMeasure
  /** Bounded loopback load on the CMS API and the site (scripts/bench/load.ts). */
  load?: LoadMeasure
  /** The same load through nginx (deploy/nginx/cms.conf) with a readers' CMS process at nice `readersNice`. */
  loadBehindProxy?: LoadMeasure & { readersNice: number }
}

const ratio = (value: number, base: number) =>
  Number.isFinite(value) && Number.isFinite(base) && base > 0 ? `${(value / base).toFixed(1)}×` : '–'
const ms = (value: number) => `${value} ms`

function restRows(database: string, rest: Rest | undefined, direct: LoadResult['direct'] | undefined): string[] {
  if (!rest) return []
  const names = {
    list: 'list with filters (events, topic + date, 20)',
    detail: 'detail, depth 1 (document)',
    localized: 'localized read (page, translation locale)',
  }
  const shown = (latency: Latency) =>
    `p50 ${ms(latency.p50)} · p95 ${ms(latency.p95)} · p99 ${ms(latency.p99)}${latency.failures ? ` (${latency.failures} failed)` : ''}`
  return (Object.keys(names) as (keyof QuerySamples)[]).flatMap((name) =>
    (['c1', 'c16'] as const).map((level) => {
      const { served, uncached } = rest[name]
      const sql = direct?.[name][level]
      return `| REST ${database}: ${names[name]}, concurrency ${served[level].concurrency} | served (read cache): ${shown(served[level])}; uncached: ${shown(uncached[level])} | SQL p50 ${sql ? ms(sql.p50) : '–'} · p95 ${sql ? ms(sql.p95) : '–'} | ${sql ? `${ratio(served[level].p95, sql.p95)} served, ${ratio(uncached[level].p95, sql.p95)} uncached` : '–'} (p95) |`
    }),
  )
}

function loadRow(database: string, load: LoadResult | undefined): string[] {
  if (!load) return []
  return [
    `| Import ${database}: Local API (create + 1 update per translation, ${load.import.saves} saves) | ${load.import.entriesPerSecond} entries/s (${load.import.entries} in ${load.import.seconds} s) | bulk insert of the same ${load.bulk.rows} rows in one transaction: ${load.bulk.entriesPerSecond} entries/s (${load.bulk.insertSeconds} s) | ${ratio(load.bulk.entriesPerSecond, load.import.entriesPerSecond)} slower |`,
  ]
}

export function markdownReport(result: BenchResult): string {
  const rows: string[] = [
    `Scale ${result.scale} (${result.entries} entries + demo content), seed ${result.seed}, ${result.date}; ${result.machine.cpus} cores (${result.machine.cpuModel}), ${result.machine.memoryGiB} GiB, Node ${result.machine.node}; load average ${result.machine.loadAverageAtStart.join(' / ')} at start${result.machine.loadAverageAtEnd ? `, ${result.machine.loadAverageAtEnd.join(' / ')} at end` : ''}.`,
    '',
    '| measurement | result | baseline (same run) | ratio |',
    '|---|---|---|---|',
    ...loadRow('SQLite', result.sqlite.load),
    ...loadRow('PostgreSQL', result.postgres?.load),
    ...restRows('SQLite', result.sqlite.rest, result.sqlite.load?.direct),
    ...restRows('PostgreSQL', result.postgres?.rest, result.postgres?.load.direct),
  ]
  const { build, baseline } = result
  if (build) {
    rows.push(
      `| Site build, wall time (astro build + Pagefind + swap) | ${build.seconds} s (astro ${build.astroSeconds} s, Pagefind ${build.indexSeconds ?? '–'} s) | plain Astro from JSON: ${baseline ? `${baseline.seconds} s` : '–'} | ${baseline ? ratio(build.astroSeconds, baseline.seconds) : '–'} (astro phase) |`,
      ...(result.loaderBaseline
        ? [
            `| Site build, astro phase: from the CMS vs the same site from JSON files of the same answers (${result.loaderBaseline.snapshotMiB} MiB) | ${build.astroSeconds} s | from JSON files: ${result.loaderBaseline.astroSeconds} s (whole build ${result.loaderBaseline.seconds} s, peak ${result.loaderBaseline.peakRssMiB} MiB) | the CMS loader adds ${Math.round((build.astroSeconds / result.loaderBaseline.astroSeconds - 1) * 100)}% |`,
          ]
        : []),
      `| Site build, HTML pages/s (astro phase) | ${build.pagesPerSecond} pages/s (${build.htmlPages} pages) | ${baseline ? `${baseline.pagesPerSecond} pages/s (${baseline.htmlPages} pages)` : '–'} | ${baseline ? ratio(baseline.pagesPerSecond, build.pagesPerSecond) : '–'} slower |`,
      `| Site build, peak RSS of the process tree (CMS not counted) | ${build.peakRssMiB} MiB (astro ${build.astroPeakRssMiB ?? '?'} MiB, Pagefind ${build.indexPeakRssMiB ?? '?'} MiB; CMS afterwards: ${build.cmsRssMiBAfter} MiB) | ${baseline ? `${baseline.peakRssMiB} MiB` : '–'} | ${baseline ? ratio(build.peakRssMiB, baseline.peakRssMiB) : '–'} |`,
    )
  }
  if (result.index) {
    const sizes = Object.entries(result.index)
      .map(([locale, size]) => `${locale} ${size.kB} kB`)
      .join(', ')
    const total = Object.values(result.index).reduce((sum, size) => sum + size.kB, 0)
    rows.push(`| Pagefind index size per locale (total ${Math.round(total / 1024)} MB) | ${sizes} | – | – |`)
  }
  for (const search of result.search ?? []) {
    rows.push(
      `| Search "${search.query}" (/${search.path}/suche/, ${search.results} results shown) | first result ${ms(search.firstResultMs)}, ${search.queryKB} kB for the query (${search.totalKB} kB with the page) | search page load: ${ms(search.pageLoadMs)}, ${search.pageLoadKB} kB | ${ratio(search.firstResultMs, search.pageLoadMs)} (time) |`,
    )
  }
  if (result.publish) {
    const publish = result.publish
    const phases = Object.entries(publish.phases)
      .map(([phase, seconds]) => `${phase} ${seconds} s`)
      .join(', ')
    rows.push(
      `| Publish-to-live (event saved → served page and search show it; publisher running, no command) | ${publish.secondsToLive ?? 'not live'} s (page served after ${publish.secondsToPage ?? '–'} s; ${publish.kind ?? publish.status} build ${publish.rebuildSeconds} s${phases ? `: ${phases}` : ''}; planner: ${publish.reason ?? publish.error ?? '–'}) | full build: ${build?.seconds ?? '–'} s | ${publish.secondsToLive && build ? ratio(publish.secondsToLive, build.seconds) : '–'} |`,
    )
  }
  const loads = [
    ['Load', result.load],
    [
      `Load behind nginx, anonymous API reads in a readers' CMS process (nice ${result.loadBehindProxy?.readersNice})`,
      result.loadBehindProxy,
    ],
  ] as const
  for (const [label, load] of loads) {
    for (const target of load?.targets ?? [])
      rows.push(
        `| ${label}, ${target.name} (${load!.connections} connections, ${load!.seconds} s) | ${target.requestsPerSecond} req/s, p50 ${ms(target.latencyMs.p50)}, p99 ${ms(target.latencyMs.p99)}, max ${ms(target.latencyMs.max)}; ${target.errors} errors (${target.timeouts} time-outs), ${target.non2xx} non-2xx | admin page (${load!.adminPath}) during it: median ${ms(target.admin.medianMs)}, max ${ms(target.admin.maxMs)}, ${target.admin.failures} of ${target.admin.samples} failed | ${target.errors + target.non2xx === 0 && target.admin.maxMs <= 1000 ? 'ok' : 'NOT OK'} |`,
      )
  }
  if (result.html) {
    rows.push(
      `| HTML file size, ${result.html.pages} pages | median ${result.html.medianKB} kB, max ${result.html.maxKB} kB (${result.html.largest}) | – | – |`,
    )
  }
  if (result.sitemap) {
    const sitemap = result.sitemap
    const verdict = sitemap.ok
      ? 'every page listed'
      : `${sitemap.missing} pages missing, ${sitemap.extra} addresses without a page${sitemap.overLimits.length ? `, over limits: ${sitemap.overLimits.join('; ')}` : ''}`
    rows.push(
      `| Sitemap, ${sitemap.pages} pages | ${sitemap.addresses} addresses in ${sitemap.files} files (largest ${sitemap.largestFileAddresses} addresses, ${sitemap.largestFileMB} MB; limits 50,000 / 50 MB): ${verdict} | – | – |`,
    )
  }
  if (result.weight) {
    const weight = result.weight
    const base = result.baselineWeight
    rows.push(
      `| Page weight (HTML + CSS + JS + images + fonts), ${weight.pages} pages | median ${weight.medianKB} kB (gzip ${weight.medianGzipKB} kB), max ${weight.maxKB} kB (gzip ${weight.maxGzipKB} kB, ${weight.heaviest}) | plain pages: median ${base?.medianKB ?? '–'} kB, max ${base?.maxKB ?? '–'} kB | ${base ? ratio(weight.medianKB, base.medianKB) : '–'} (median) |`,
    )
  }
  return rows.join('\n')
}
