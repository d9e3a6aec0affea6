/**
 * The site build measurements: the real build (scripts/lib/site.ts buildSite) with its process tree sampled,
 * the baseline (a plain Astro project rendering the same routes from JSON files), and the Pagefind bundles.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

import { locales } from '@ki/contract'

import { SITE_DIR } from '../lib/paths'
import { runCommand } from '../lib/processes'
import { buildSite, type SiteBuild } from '../lib/site'
import { sampleTree } from './process-tree'

const ASTRO_BIN = join(SITE_DIR, 'node_modules', 'astro', 'bin', 'astro.mjs')
const BASELINE_SOURCE = join(import.meta.dirname, 'baseline-site')
const SECTIONS: Record<string, string> = {
  veranstaltungen: 'events',
  dokumente: 'documents',
  organisationen: 'organisations',
  integrationsmonitoring: 'indicators',
}
const BASELINE_COLLECTIONS = ['pages', 'documents', 'events', 'organisations', 'indicators']

export type BuildMeasure = {
  seconds: number
  astroSeconds: number
  indexSeconds: number | null
  htmlPages: number
  pagesPerSecond: number
  peakRssMiB: number
  astroPeakRssMiB?: number
  indexPeakRssMiB?: number
}

const mib = (bytes: number) => Math.round(bytes / 1024 / 1024)
const round = (value: number) => Math.round(value * 100) / 100

export function htmlFiles(folder: string, root = folder): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory())
      return entry.name === 'pagefind' || entry.name === 'files' || entry.name === '_astro' ? [] : htmlFiles(path, root)
    return entry.name.endsWith('.html') ? [relative(root, path)] : []
  })
}

/** The full build as `npm run build-site` runs it, with the Astro and Pagefind phases told apart by the processes seen. */
export async function measureSiteBuild(options: {
  cmsUrl: string
  env: NodeJS.ProcessEnv
  output: string
  force: boolean
  excludeGroups: number[]
}): Promise<BuildMeasure & { build: SiteBuild }> {
  const sampled = await sampleTree(
    () => buildSite({ cmsUrl: options.cmsUrl, env: options.env, force: options.force, output: options.output }),
    {
      excludeGroups: options.excludeGroups,
      markers: { index: /index-search\.ts/ },
    },
  )
  const indexStart = sampled.markers.index
  const astroSeconds = indexStart ?? sampled.seconds
  return {
    build: sampled.value,
    seconds: round(sampled.seconds),
    astroSeconds: round(astroSeconds),
    indexSeconds: indexStart === undefined ? null : round(sampled.seconds - indexStart),
    htmlPages: sampled.value.pages,
    pagesPerSecond: round(sampled.value.pages / astroSeconds),
    peakRssMiB: mib(sampled.peakRssBytes),
    astroPeakRssMiB: mib(sampled.phasePeakRssBytes.start ?? 0),
    indexPeakRssMiB: mib(sampled.phasePeakRssBytes.index ?? 0),
  }
}

/** Each HTML page of the real build as a route of the baseline: its locale and, for detail pages, the entry's slug. */
export function routesOf(output: string) {
  const byPath = new Map<string, (typeof locales)[number]>(locales.map((locale) => [locale.path, locale]))
  return htmlFiles(output).map((file) => {
    const segments = file.split(sep)
    const last = segments.pop()!
    if (last !== 'index.html') segments.push(last.replace(/\.html$/, '-html'))
    const locale = byPath.get(segments[0]) ?? locales[0]
    const section = SECTIONS[segments[1] ?? '']
    const collection = section ?? 'pages'
    // A detail page is /<locale>/<section>/<slug>/ (events, documents, organisations, indicators) or any page below /<locale>/.
    const slug = section ? (segments.length === 3 ? segments[2] : null) : segments.length >= 2 ? segments.at(-1)! : null
    return { path: segments.join('/'), locale: locale.code, lang: locale.htmlLang, collection, slug }
  })
}

/** Saves the CMS answers the site loader reads (all locales, depth 0) as JSON files for the baseline. */
export async function dumpCollections(cmsUrl: string, folder: string): Promise<number> {
  mkdirSync(folder, { recursive: true })
  let bytes = 0
  for (const collection of BASELINE_COLLECTIONS) {
    const response = await fetch(`${cmsUrl}/api/${collection}?locale=all&depth=0&pagination=false`)
    if (!response.ok) throw new Error(`bench: the CMS answered ${response.status} for ${collection}`)
    const text = await response.text()
    bytes += text.length
    writeFileSync(join(folder, `${collection}.json`), text)
  }
  return bytes
}

/** Builds the baseline project (copied next to a link to the site's astro package) over the same routes. */
export async function measureBaselineBuild({
  workDir,
  output,
  dataDir,
  routes,
  env,
}: {
  workDir: string
  output: string
  dataDir: string
  routes: ReturnType<typeof routesOf>
  env: NodeJS.ProcessEnv
}): Promise<BuildMeasure> {
  const project = join(workDir, 'baseline-site')
  rmSync(project, { recursive: true, force: true })
  rmSync(output, { recursive: true, force: true })
  cpSync(BASELINE_SOURCE, project, { recursive: true })
  mkdirSync(join(project, 'node_modules'), { recursive: true })
  symlinkSync(join(SITE_DIR, 'node_modules', 'astro'), join(project, 'node_modules', 'astro'))
  writeFileSync(join(dataDir, 'routes.json'), JSON.stringify(routes))
  const sampled = await sampleTree(() =>
    runCommand(process.execPath, [ASTRO_BIN, 'build', '--silent'], {
      cwd: project,
      env: { ...env, BASELINE_DATA: dataDir, BASELINE_OUT: output, ASTRO_TELEMETRY_DISABLED: '1' },
    }),
  )
  const pages = htmlFiles(output).length
  return {
    seconds: round(sampled.seconds),
    astroSeconds: round(sampled.seconds),
    indexSeconds: null,
    htmlPages: pages,
    pagesPerSecond: round(pages / sampled.seconds),
    peakRssMiB: mib(sampled.peakRssBytes),
  }
}

function folderBytes(folder: string): { bytes: number; files: number } {
  let bytes = 0
  let files = 0
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) {
      const inner = folderBytes(path)
      bytes += inner.bytes
      files += inner.files
    } else {
      bytes += statSync(path).size
      files++
    }
  }
  return { bytes, files }
}

/** Size of each Pagefind bundle (one per locale path under /pagefind/). */
export function indexSizes(output: string): Record<string, { kB: number; files: number }> {
  const root = join(output, 'pagefind')
  return Object.fromEntries(
    readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => {
        const { bytes, files } = folderBytes(join(root, entry.name))
        return [entry.name, { kB: Math.round(bytes / 1024), files }]
      }),
  )
}

/** Median and largest HTML file of the build (cheap at any scale; the full page weight parses every page). */
export function htmlSizes(output: string): { pages: number; medianKB: number; maxKB: number; largest: string } {
  const sizes = htmlFiles(output).map((file) => ({ file, bytes: statSync(join(output, file)).size }))
  sizes.sort((a, b) => a.bytes - b.bytes)
  const middle = sizes[Math.floor((sizes.length - 1) / 2)]
  const largest = sizes.at(-1)!
  return {
    pages: sizes.length,
    medianKB: Math.round(middle.bytes / 1024),
    maxKB: Math.round(largest.bytes / 1024),
    largest: largest.file,
  }
}
