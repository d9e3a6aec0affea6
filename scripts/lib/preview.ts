/**
 * Previews of drafts with the site's own templates (issue 12, "Vorschau"). An editor's "Vorschau" button records a
 * preview in the CMS (cms/src/collections/SitePreviews); the publisher claims it between site builds, fetches the
 * entry's draft, renders that entry's pages in every locale (./site.ts, renderPreview, in ./preview-worker.ts) and
 * puts them into `previews/<token>/` beside the live site — never into it, never into its search index or sitemap.
 * The site server (./static-server.ts) serves them at /vorschau/<token>/… with noindex until they expire.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'

import type { PreviewClaim } from '../../cms/src/collections/SitePreviews/endpoints'
import { isExpired, isPreviewToken } from '../../cms/src/collections/SitePreviews/token'
import { locales } from '../../site/src/i18n/locales.ts'

import { ROOT } from './paths'
import { previewBuildFolder } from './site'

/** Where the previews of the site in `output` live: `previews/` beside it (data/site → data/previews). */
export const previewsDirFor = (output: string) => join(dirname(output), 'previews')

/** What `previews/<token>/preview.json` says of a rendered preview. */
export type PreviewManifest = {
  token: string
  /** The previewed entry ("events:12"). */
  entry: string
  expiresAt: string
  /** The entry's page per locale path ("ar" → "/ar/veranstaltungen/sprachcafe/"). */
  pages: Record<string, string>
}

export const PREVIEW_MANIFEST = 'preview.json'

/** The manifest of the preview `token` in `dir`, or undefined when there is none (or it cannot be read). */
export function readPreview(dir: string, token: string): PreviewManifest | undefined {
  if (!isPreviewToken(token)) return undefined
  try {
    return JSON.parse(readFileSync(join(dir, token, PREVIEW_MANIFEST), 'utf8')) as PreviewManifest
  } catch {
    return undefined
  }
}

/** Folders beside the previews that publishPreview works in: `.staging-<token>-<id>` and `.old-<token>-<id>`. */
const STAGING = '.staging-'
const REPLACED = '.old-'
/** A staging folder this old belongs to a publish that was killed (a publish takes well under a second). */
const STALE_STAGING_MS = 10 * 60 * 1000

/**
 * Deletes the previews in `dir` that expired, folders that are no preview, replaced renderings and staging folders a
 * killed publish left behind; returns the names deleted. A young staging folder is a publish under way and stays.
 */
export function removeExpiredPreviews(dir: string, now: number = Date.now()): string[] {
  if (!existsSync(dir)) return []
  const removed: string[] = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (name.startsWith(STAGING) && now - statSync(path).mtimeMs < STALE_STAGING_MS) continue
    const manifest = readPreview(dir, name)
    if (manifest && !isExpired(manifest.expiresAt, now)) continue
    rmSync(path, { recursive: true, force: true })
    removed.push(name)
  }
  return removed
}

function files(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(folder, entry.name)) : [join(folder, entry.name)],
  )
}

/** The address of a rendered file: `/de/veranstaltungen/x/index.html` → `/de/veranstaltungen/x/`. */
const urlOf = (folder: string, file: string) =>
  `/${relative(folder, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1')

const NOINDEX = '<meta name="robots" content="noindex, nofollow">'

/**
 * Turns a preview build (./site.ts, renderPreview) into a preview: keeps only the entry's own pages (the locale
 * folders, without their 404 pages; the build's sitemap, robots.txt and root pages go), marks every page noindex,
 * points links between the preview's pages (the language switcher) at the preview, and writes its manifest.
 */
export function finishPreview(folder: string, manifest: Omit<PreviewManifest, 'pages'>): PreviewManifest {
  const localePaths = new Set<string>(locales.map((locale) => locale.path))
  for (const entry of readdirSync(folder, { withFileTypes: true }))
    if (!entry.isDirectory() || !localePaths.has(entry.name)) rmSync(join(folder, entry.name), { recursive: true })
  for (const path of localePaths) rmSync(join(folder, path, '404.html'), { force: true })
  const rendered = files(folder)
  const addresses = new Set(rendered.map((file) => urlOf(folder, file)))
  const prefix = `/vorschau/${manifest.token}`
  const pages: Record<string, string> = {}
  for (const file of rendered) {
    if (!file.endsWith('.html')) continue
    const url = urlOf(folder, file)
    const locale = url.split('/')[1]
    if (!pages[locale] || url.length < pages[locale].length) pages[locale] = url
    const html = readFileSync(file, 'utf8')
      .replace(/<head(\s[^>]*)?>/i, (head) => `${head}${NOINDEX}`)
      .replace(/(\shref=")(\/[^"#?]*)/g, (all, attribute: string, path: string) =>
        addresses.has(path) ? `${attribute}${prefix}${path}` : all,
      )
    writeFileSync(file, html)
  }
  if (Object.keys(pages).length === 0) throw new Error(`the preview of ${manifest.entry} rendered no page`)
  const complete = { ...manifest, pages }
  writeFileSync(join(folder, PREVIEW_MANIFEST), `${JSON.stringify(complete, null, 2)}\n`)
  return complete
}

/**
 * Moves a finished preview into `dir/<token>/`, replacing an earlier rendering of the same token, so that a reader
 * never sees half of one: the rendering is first moved (or, from another file system, copied) into a staging folder
 * beside the previews, then the old folder is renamed away and the staging folder renamed into place, two renames on
 * one file system. Between them, for an instant, the token has no folder and the site server answers "Vorschau wird
 * erstellt …" (the CMS still says `building`); it never serves a mix of two renderings or a partly copied one.
 */
export function publishPreview(folder: string, dir: string, token: string): void {
  mkdirSync(dir, { recursive: true })
  const unique = `${process.pid}-${randomBytes(4).toString('hex')}`
  const staging = join(dir, `${STAGING}${token}-${unique}`)
  try {
    renameSync(folder, staging)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    cpSync(folder, staging, { recursive: true })
    rmSync(folder, { recursive: true, force: true })
  }
  const target = join(dir, token)
  const replaced = join(dir, `${REPLACED}${token}-${unique}`)
  const hadOne = existsSync(target)
  if (hadOne) renameSync(target, replaced)
  renameSync(staging, target)
  if (hadOne) rmSync(replaced, { recursive: true, force: true })
}

/** What ./preview-worker.ts is asked to do, and what it answers. */
export type PreviewJob = { cmsUrl: string; dir: string; token: string; entry: string; draft: string; expiresAt: string }
export type PreviewOutcome = { ok: true; pages: Record<string, string> } | { ok: false; message: string }

const WORKER = join(ROOT, 'scripts', 'lib', 'preview-worker.ts')

export type PreviewRunner = {
  /** Renders the next waiting preview, if any; false when none waits. Deletes expired previews first. */
  runNext: () => Promise<boolean>
  stop: () => void
}

/**
 * The publisher's part (./publisher.ts asks between site builds): claims a waiting preview from the CMS, fetches
 * the draft, renders it in a process of its own (whose output names a failing entry and field, as in a site build)
 * and reports "bereit" or the German reason.
 */
export function previewRunner({
  cmsUrl,
  env,
  output,
  publisher,
  authorization,
  explain,
  log,
}: {
  cmsUrl: string
  env: NodeJS.ProcessEnv
  output: string
  publisher: string
  authorization: string
  /** The German reason of a failure, from the error and the build's output (./publisher.ts, germanReason). */
  explain: (message: string, output: string) => string
  log: (line: string) => void
}): PreviewRunner {
  const dir = previewsDirFor(output)
  let child: ChildProcess | undefined

  async function cms(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Response> {
    return fetch(`${cmsUrl}/api/site-previews${path}`, {
      method,
      headers: { authorization, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    })
  }

  function render(job: PreviewJob): Promise<PreviewOutcome & { output: string }> {
    let tail = ''
    return new Promise((resolve) => {
      let outcome: PreviewOutcome | undefined
      const worker = spawn(process.execPath, ['--import', 'tsx', WORKER, JSON.stringify(job)], {
        cwd: ROOT,
        env,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      })
      child = worker
      const keep = (chunk: Buffer, to: NodeJS.WriteStream) => {
        to.write(chunk)
        tail = (tail + chunk.toString()).slice(-64_000)
      }
      worker.stdout?.on('data', (chunk: Buffer) => keep(chunk, process.stdout))
      worker.stderr?.on('data', (chunk: Buffer) => keep(chunk, process.stderr))
      worker.on('message', (message: PreviewOutcome) => (outcome = message))
      worker.once('exit', (code, signal) => {
        child = undefined
        resolve({ ...(outcome ?? { ok: false, message: `the preview ended with ${code ?? signal}` }), output: tail })
      })
    })
  }

  async function runNext(): Promise<boolean> {
    for (const token of removeExpiredPreviews(dir)) log(`preview ${token.slice(0, 8)}… expired and deleted`)
    const claimed = await cms('POST', '/claim', { publisher })
    if (claimed.status !== 200) return false
    const claim = (await claimed.json()) as PreviewClaim
    if (claim.state !== 'claimed') return false
    const { token, collection, entryId, expiresAt } = claim.preview
    const entry = `${collection}:${entryId}`
    const started = Date.now()
    log(`▸ preview ${token.slice(0, 8)}… of ${entry}`)
    let report: { status: 'ready' } | { status: 'failed'; error: string }
    const draftResponse = await cms('GET', `/${token}/draft`)
    if (draftResponse.status !== 200) {
      report = { status: 'failed', error: `Der Entwurf konnte nicht gelesen werden (HTTP ${draftResponse.status}).` }
    } else {
      const draft = `${previewBuildFolder(token)}.draft.json`
      mkdirSync(dirname(draft), { recursive: true })
      writeFileSync(draft, await draftResponse.text())
      try {
        const outcome = await render({ cmsUrl, dir, token, entry, draft, expiresAt })
        report = outcome.ok
          ? { status: 'ready' }
          : { status: 'failed', error: explain(outcome.message, outcome.output).replace(/ Die bisherige .*$/, '') }
        log(
          outcome.ok
            ? `✔ preview ${token.slice(0, 8)}… of ${entry} in ${((Date.now() - started) / 1000).toFixed(1)} s`
            : `✗ preview ${token.slice(0, 8)}… of ${entry} failed: ${outcome.message}`,
        )
      } finally {
        rmSync(draft, { force: true })
      }
    }
    await cms('POST', `/${token}/report`, { ...report, publisher })
    return true
  }

  return {
    runNext,
    stop: () => {
      if (child?.pid !== undefined && child.exitCode === null) {
        try {
          process.kill(-child.pid, 'SIGTERM')
        } catch {
          /* already gone */
        }
      }
    },
  }
}
