import { existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { fingerprint, readStamp } from './fingerprint'
import { DATA_DIR, SITE_DIR, ROOT } from './paths'
import { runCommand, UserError } from './processes'

export const SITE_OUTPUT = join(DATA_DIR, 'site')
const SITE_STAMP = join(DATA_DIR, 'site.stamp')
const ASTRO_BIN = join(SITE_DIR, 'node_modules', 'astro', 'bin', 'astro.mjs')
const SEARCH_INDEXER = join(SITE_DIR, 'scripts', 'index-search.ts')

const COLLECTIONS = ['pages', 'topics', 'documents', 'events', 'organisations', 'activity-fields', 'indicators', 'contacts', 'networks', 'media']
const GLOBALS = ['navigation', 'site-settings', 'alert-banner']

/** What the published content looks like now: count and newest change per collection and global. */
export async function contentFingerprint(cmsUrl: string): Promise<string> {
  const parts: string[] = []
  for (const collection of COLLECTIONS) {
    const response = await fetch(`${cmsUrl}/api/${collection}?limit=1&sort=-updatedAt&depth=0&select[updatedAt]=true`)
    if (!response.ok) throw new UserError(`The CMS at ${cmsUrl} answered ${response.status} for /api/${collection}.`)
    const body = (await response.json()) as { totalDocs: number; docs: { updatedAt?: string }[] }
    parts.push(`${collection}:${body.totalDocs}:${body.docs[0]?.updatedAt ?? ''}`)
  }
  for (const global of GLOBALS) {
    const response = await fetch(`${cmsUrl}/api/globals/${global}?depth=0`)
    const body = (await response.json()) as { updatedAt?: string }
    parts.push(`${global}:${body.updatedAt ?? ''}`)
  }
  return parts.join('|')
}

function countPages(folder: string): number {
  let count = 0
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) count += countPages(join(folder, entry.name))
    else if (entry.name.endsWith('.html')) count++
  }
  return count
}

export type SiteBuild = { status: 'built' | 'reused'; pages: number; seconds: number; output: string }

/**
 * Builds the static site from the CMS API into a staging folder, indexes it for search (site/scripts/index-search.ts:
 * one Pagefind bundle per locale, PDF pages included), and only then
 * swaps it into place. When anything fails (the CMS is down, content is invalid), the staging folder is
 * removed and the last good site stays online untouched.
 */
export async function buildSite({ cmsUrl, env, force = false, output = SITE_OUTPUT }: { cmsUrl: string; env: NodeJS.ProcessEnv; force?: boolean; output?: string }): Promise<SiteBuild> {
  const started = Date.now()
  let content: string
  try {
    content = await contentFingerprint(cmsUrl)
  } catch (error) {
    throw new UserError(`Cannot build the site: the CMS at ${cmsUrl} is not reachable (${(error as Error).message}). The last good site stays online.`)
  }
  const stamp = fingerprint([join(SITE_DIR, 'src'), join(SITE_DIR, 'scripts'), join(SITE_DIR, 'public'), join(SITE_DIR, 'astro.config.mjs'), join(ROOT, 'pnpm-lock.yaml')], ROOT, content)
  const stampFile = output === SITE_OUTPUT ? SITE_STAMP : `${output}.stamp`
  if (!force && existsSync(join(output, 'index.html')) && readStamp(stampFile) === stamp) {
    return { status: 'reused', pages: countPages(output), seconds: (Date.now() - started) / 1000, output }
  }
  const staging = `${output}.staging-${process.pid}`
  rmSync(staging, { recursive: true, force: true })
  try {
    await runCommand(process.execPath, [ASTRO_BIN, 'build', '--silent'], {
      cwd: SITE_DIR,
      env: { ...env, CMS_URL: cmsUrl, CMS_PUBLIC_URL: env.CMS_PUBLIC_URL || cmsUrl, SITE_OUT_DIR: staging },
    })
    await runCommand(process.execPath, ['--import', 'tsx', SEARCH_INDEXER, staging], { cwd: SITE_DIR, env: { ...env, CMS_URL: cmsUrl } })
    if (!existsSync(join(staging, 'de', 'index.html'))) throw new Error('the build produced no German start page (de/index.html)')
  } catch (error) {
    rmSync(staging, { recursive: true, force: true })
    const kept = existsSync(join(output, 'index.html')) ? ' The last good site stays online.' : ''
    throw new UserError(`The site build failed: ${(error as Error).message}.${kept}`)
  }
  const previous = `${output}.previous`
  rmSync(previous, { recursive: true, force: true })
  if (existsSync(output)) renameSync(output, previous)
  renameSync(staging, output)
  rmSync(previous, { recursive: true, force: true })
  writeFileSync(stampFile, stamp)
  return { status: 'built', pages: countPages(output), seconds: (Date.now() - started) / 1000, output }
}
