/**
 * What one `astro build` renders and where it writes, as the build scripts (scripts/lib/site.ts) ask for it: a JSON
 * file whose path is in SITE_BUILD_REQUEST. Read and validated once per process by astro.config.mjs, the route
 * filters (./paths.ts), the CMS files integration and the search indexer. Without the variable, a plain
 * `astro build` renders everything into dist/.
 */
import { readFileSync } from 'node:fs'
import { z } from 'astro/zod'

import { localeCodes, type LocaleCode } from '../i18n/locales.ts'
import { ENTRY_KINDS, type EntryKind } from './routes.ts'

export const BUILD_REQUEST_VARIABLE = 'SITE_BUILD_REQUEST'

export type BuildRequest = {
  /** The locales whose pages this build renders (each shard of a parallel full build renders some). */
  locales: LocaleCode[]
  /**
   * null: every page. An incremental build: the entries whose pages it renders ("events:12"); list routes render when
   * they list an entry of one of these kinds (src/build/routes.ts).
   */
  entries: string[] | null
  /**
   * The kinds whose list routes an incremental build renders (the changed entries' kinds, src/build/plan.ts); null:
   * the kinds of `entries`.
   */
  lists: EntryKind[] | null
  /**
   * The kinds whose filter pages (never in the search index) an incremental build renders: those changed since the
   * last build (src/build/plan.ts); null: as `lists`.
   */
  filterLists: EntryKind[] | null
  /** copy: the CMS's uploaded files go into the output; skip: another shard of the same build copies them. */
  files: 'copy' | 'skip'
  /** Where the pages go (relative paths from site/). */
  outDir: string
  /** Astro's content store; builds running side by side each need their own. */
  cacheDir: string
  /**
   * A preview (scripts/lib/preview.ts): the entry ("events:12") whose draft, read from the JSON file `draft`, the
   * loader puts in place of the published one. Only that entry's pages render, never a list route.
   */
  preview: { entry: string; draft: string } | null
  /**
   * The moment the pages show (ISO 8601): which events are upcoming or past, the calendar's horizon, whether the
   * alert banner is up. One moment for every shard of a build, and the planner's day (src/build/plan.ts); null: when
   * the process reads its content.
   */
  now: string | null
}

export const defaultBuildRequest: BuildRequest = {
  locales: [...localeCodes],
  entries: null,
  lists: null,
  filterLists: null,
  files: 'copy',
  outDir: 'dist',
  cacheDir: './node_modules/.astro',
  preview: null,
  now: null,
}

const entryRef = new RegExp(`^(${ENTRY_KINDS.join('|')}):[1-9][0-9]*$`)

const schema = z
  .object({
    locales: z
      .array(z.enum(localeCodes as [LocaleCode, ...LocaleCode[]]))
      .min(1)
      .refine((codes) => new Set(codes).size === codes.length, 'names a locale twice'),
    entries: z.array(z.string().regex(entryRef, `is not "kind:id" (kinds: ${ENTRY_KINDS.join(', ')})`)).nullable(),
    lists: z.array(z.enum(ENTRY_KINDS)).nullable().default(null),
    filterLists: z.array(z.enum(ENTRY_KINDS)).nullable().default(null),
    files: z.enum(['copy', 'skip']),
    outDir: z.string().min(1),
    cacheDir: z.string().min(1),
    preview: z
      .object({ entry: z.string().regex(entryRef, `is not "kind:id"`), draft: z.string().min(1) })
      .strict()
      .nullable()
      .default(null),
    now: z.string().datetime({ offset: true }).nullable().default(null),
  })
  .strict()
  .refine((request) => !request.preview || request.entries?.join() === request.preview.entry, {
    message: 'must render exactly the previewed entry',
    path: ['entries'],
  })

/** The request in `text` (the content of `file`), or an error naming the file and the first invalid field. */
export function parseBuildRequest(text: string, file: string): BuildRequest {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new Error(`Build request ${file}: not JSON (${(error as Error).message})`, { cause: error })
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = issue.path.length ? issue.path.join('.') : '(top level)'
    throw new Error(`Build request ${file}: field "${field}" ${issue.message}`)
  }
  return parsed.data
}

let cached: BuildRequest | undefined

/** The request this process builds, read once from the file SITE_BUILD_REQUEST names; without it, everything. */
export function buildRequest(env: NodeJS.ProcessEnv = process.env): BuildRequest {
  if (cached) return cached
  const file = env[BUILD_REQUEST_VARIABLE]?.trim()
  if (!file) return (cached = defaultBuildRequest)
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new Error(`Build request ${file} (${BUILD_REQUEST_VARIABLE}) cannot be read: ${(error as Error).message}`, {
      cause: error,
    })
  }
  return (cached = parseBuildRequest(text, file))
}

/** The file's content for a request (scripts/lib/site.ts writes it). */
export function serializeBuildRequest(request: BuildRequest): string {
  return `${JSON.stringify(request, null, 2)}\n`
}
