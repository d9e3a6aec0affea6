/**
 * Content Layer loaders for the Payload REST API. Every document is validated against its schema;
 * an unreachable CMS or an invalid document fails the build with the collection, document and field named.
 */
import { readFileSync } from 'node:fs'

import type { Loader } from 'astro/loaders'
import type { z } from 'astro/zod'

import { buildRequest } from '../build/request.ts'

export function cmsUrl(): string {
  return (process.env.CMS_URL ?? 'http://localhost:3000').replace(/\/$/, '')
}

/** How long the build waits for one CMS answer: CMS_TIMEOUT_SECONDS, 30 unless set. */
export function cmsTimeoutMs(env: Record<string, string | undefined> = process.env): number {
  const raw = env.CMS_TIMEOUT_SECONDS?.trim() ?? ''
  const seconds = raw === '' ? 30 : Number(raw)
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new Error(`CMS_TIMEOUT_SECONDS must be a positive number of seconds, not "${env.CMS_TIMEOUT_SECONDS}".`)
  return seconds * 1000
}

const isTimeout = (error: unknown) => error instanceof Error && error.name === 'TimeoutError'

const timedOut = (url: string, what: string, ms: number, error: unknown) =>
  new Error(
    `CMS nicht erreichbar: keine Antwort in ${ms / 1000} s beim Laden von ${what} von ${url} (Wartezeit: CMS_TIMEOUT_SECONDS).`,
    { cause: error },
  )

/** Pauses before the second and third try of a read whose connection failed (not one that timed out). */
const retryDelaysMs = [250, 1000]

/**
 * One GET, tried again when its connection fails: a busy CMS may close a kept-alive connection just as the next
 * read goes out on it (ECONNRESET), and a read is safe to repeat. A CMS that does not answer is not asked again.
 */
async function fetchRetrying(url: string, what: string, ms: number): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    try {
      // The timeout covers the body too: a CMS paused mid-answer fails the build instead of holding it forever.
      return await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(ms) })
    } catch (error) {
      if (isTimeout(error)) throw timedOut(url, what, ms, error)
      const delay = retryDelaysMs[attempt]
      if (delay !== undefined) {
        await new Promise((resolve) => setTimeout(resolve, delay))
        continue
      }
      const cause = error instanceof Error ? error.cause : undefined
      const reason = cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error)
      throw new Error(`CMS unreachable while loading ${what} from ${url} (${attempt + 1} tries): ${reason}`, {
        cause: error,
      })
    }
  }
}

async function fetchJson(url: string, what: string): Promise<unknown> {
  const ms = cmsTimeoutMs()
  const response = await fetchRetrying(url, what, ms)
  if (!response.ok)
    throw new Error(`CMS answered ${response.status} ${response.statusText} while loading ${what} from ${url}`)
  try {
    return await response.json()
  } catch (error) {
    if (isTimeout(error)) throw timedOut(url, what, ms, error)
    throw new Error(`CMS returned something other than JSON while loading ${what} from ${url}`, { cause: error })
  }
}

/** "field layout.de.2.items.0.answer: expected object, received undefined" for every problem zod found. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `field ${issue.path.length > 0 ? issue.path.join('.') : '(document)'}: ${issue.message}`)
    .join('; ')
}

function documentLabel(doc: unknown): string {
  if (typeof doc !== 'object' || doc === null) return '(not an object)'
  const record = doc as Record<string, unknown>
  const slug =
    typeof record.slug === 'object' && record.slug !== null ? (record.slug as Record<string, unknown>).de : record.slug
  return `id=${String(record.id)}${typeof slug === 'string' && slug ? ` slug=${slug}` : ''}`
}

/** Validates one CMS document; the thrown message names the collection, the document and the field. */
export function validateDocument<T extends z.ZodType>(schema: T, doc: unknown, collection: string): z.infer<T> {
  const result = schema.safeParse(doc)
  if (!result.success) {
    throw new Error(`CMS collection "${collection}", document ${documentLabel(doc)}: ${describeIssues(result.error)}`)
  }
  return result.data
}

/** Documents per request: a whole large collection in one answer would make the CMS hold it all at once. */
const PAGE_SIZE = 500

/** Every published document of a collection in all locales (depth 0), fetched page by page in id order. */
export async function fetchCollection(collection: string): Promise<unknown[]> {
  const docs: unknown[] = []
  for (let page = 1; ; page++) {
    const url = `${cmsUrl()}/api/${collection}?locale=all&depth=0&sort=id&limit=${PAGE_SIZE}&page=${page}`
    const body = (await fetchJson(url, `collection "${collection}"`)) as { docs?: unknown; hasNextPage?: boolean }
    if (!Array.isArray(body.docs))
      throw new Error(`CMS collection "${collection}": the answer from ${url} has no "docs" list`)
    for (const doc of body.docs) docs.push(doc)
    if (!body.hasNextPage) return docs
  }
}

/**
 * `astro check` and `astro sync` run the loaders too, but need only their schemas (the types come from them):
 * they load nothing, so the type-check in `npm test` runs without a CMS.
 */
const typesOnly = ['check', 'sync'].includes(process.argv[2] ?? '')

/**
 * In a preview build (scripts/lib/preview.ts), the previewed entry's draft — fetched by the publisher, which may read
 * drafts, into the file the build request names — in place of its published version, or added when it was never
 * published. It is validated like every published document.
 */
function withPreviewedDraft(collection: string, docs: unknown[]): unknown[] {
  const preview = buildRequest().preview
  if (!preview || preview.entry.split(':')[0] !== collection) return docs
  const id = Number(preview.entry.split(':')[1])
  const draft: unknown = JSON.parse(readFileSync(preview.draft, 'utf8'))
  const isPreviewed = (doc: unknown) => typeof doc === 'object' && doc !== null && 'id' in doc && doc.id === id
  if (!isPreviewed(draft)) throw new Error(`Preview draft ${preview.draft} is not ${preview.entry}`)
  return [...docs.filter((doc) => !isPreviewed(doc)), draft]
}

/** Loads every published document of a collection in all locales (in a preview, the previewed entry's draft). */
export function cmsCollectionLoader<T extends z.ZodType>(collection: string, schema: T): Loader {
  return {
    name: `cms:${collection}`,
    schema,
    load: async ({ store, logger }) => {
      if (typesOnly) return store.clear()
      const docs = withPreviewedDraft(collection, await fetchCollection(collection))
      store.clear()
      for (const doc of docs) {
        const data = validateDocument(schema, doc, collection) as Record<string, unknown>
        store.set({ id: String(data.id), data })
      }
      logger.info(`${docs.length} ${collection} from ${cmsUrl()}`)
    },
  }
}

/** Loads a Payload global as a collection with one entry whose id is the global's slug. */
export function cmsGlobalLoader<T extends z.ZodType>(slug: string, schema: T): Loader {
  return {
    name: `cms:globals/${slug}`,
    schema,
    load: async ({ store }) => {
      if (typesOnly) return store.clear()
      const url = `${cmsUrl()}/api/globals/${slug}?locale=all&depth=0`
      const body = await fetchJson(url, `global "${slug}"`)
      const data = validateDocument(schema, body, `globals/${slug}`) as Record<string, unknown>
      store.clear()
      store.set({ id: slug, data })
    },
  }
}
