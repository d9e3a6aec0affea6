import { createHash } from 'node:crypto'

import sharp from 'sharp'
import {
  handleEndpoints,
  type DataFromCollectionSlug,
  type JsonObject,
  type Payload,
  type RequiredDataFromCollectionSlug,
  type TypedCollectionSelect,
  type TypedLocale,
} from 'payload'
import type payloadInstance from 'payload'

import type { Role } from '../../src/access/roles'
import type { User } from '@ki/contract/payload-types'
import { renderSamplePdf } from '../../src/seed/pdf'

/** An uploaded file as the Local API takes it. */
export type UploadFile = { data: Buffer; mimetype: string; name: string; size: number }

export function uploadFile(data: Buffer, name: string, mimetype: string): UploadFile {
  return { data, mimetype, name, size: data.length }
}

/** A small real PDF with a text layer, one PDF page per string in `pages`. */
export async function samplePdf(pages: string[], name = 'bericht.pdf'): Promise<UploadFile> {
  const data = await renderSamplePdf({ title: 'Testbericht', publisher: 'Stadt Oberhausen', year: 2024, pages })
  return uploadFile(data, name, 'application/pdf')
}

/** A one-colour PNG, 8 × 8 px unless given. */
export async function tinyPng(name = 'punkt.png', width = 8, height = 8): Promise<UploadFile> {
  const data = await sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 60 } } })
    .png()
    .toBuffer()
  return uploadFile(data, name, 'image/png')
}

export type TestUser = User & { collection: 'users' }

/**
 * The password createUser gives an account: derived from its address without containing it (the password policy
 * refuses a password with the address or the part before the @).
 */
export const passwordOf = (email: string): string =>
  `Kennwort ${createHash('sha256').update(email).digest('hex').slice(0, 16)}`

/** Creates an account with the given roles (and organisation for MSO accounts); password: passwordOf(email). */
export async function createUser(
  payload: Payload,
  email: string,
  roles: Role[],
  organisation?: number,
): Promise<TestUser> {
  const user = await payload.create({
    collection: 'users',
    data: { email, password: passwordOf(email), roles, ...(organisation === undefined ? {} : { organisation }) },
    overrideAccess: true,
    depth: 0,
  })
  return { ...user, collection: 'users' }
}

export type RestResponse = { status: number; body: Record<string, unknown> }
/** A REST answer with its raw text and Location header (redirects, HTML pages). */
export type RawRestResponse = RestResponse & { text: string; location: string | null }

/**
 * Calls Payload's REST API through its own fetch-style handler (what the Next.js route calls),
 * without a web server: `rest('GET', '/api/pages?locale=de')`.
 */
export async function restRaw(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  {
    token,
    authorization,
    json,
    form,
    fields,
  }: {
    token?: string
    authorization?: string
    json?: unknown
    form?: FormData
    /** A plain HTML form's fields, sent as a browser sends them (application/x-www-form-urlencoded). */
    fields?: Record<string, string>
  } = {},
): Promise<RawRestResponse> {
  const headers = new Headers()
  if (token) headers.set('Authorization', `JWT ${token}`)
  if (authorization) headers.set('Authorization', authorization)
  let body: BodyInit | undefined
  if (json !== undefined) {
    headers.set('Content-Type', 'application/json')
    body = JSON.stringify(json)
  } else if (form) {
    // Encoded up front, as a browser sends it: a live FormData stream that the upload limit cancels
    // mid-way makes undici throw "ReadableStream is already closed" outside the request.
    const encoded = new Response(form)
    headers.set('Content-Type', encoded.headers.get('Content-Type') ?? 'multipart/form-data')
    body = Buffer.from(await encoded.arrayBuffer())
  } else if (fields) {
    headers.set('Content-Type', 'application/x-www-form-urlencoded')
    body = new URLSearchParams(fields).toString()
  }
  const request = new Request(`http://localhost:3000${path}`, { method, headers, body })
  // Imported late: the config reads DATABASE_URI and DATA_DIR, which startTestCms sets first.
  const { default: config } = await import('../../src/payload.config')
  const response = await handleEndpoints({ config, request })
  const text = await response.text()
  const isJson = response.headers.get('content-type')?.includes('json') ?? false
  const parsed = text && isJson ? (JSON.parse(text) as Record<string, unknown>) : {}
  return { status: response.status, body: parsed, text, location: response.headers.get('location') }
}

/** restRaw() without the raw text and headers: what most tests compare. */
export async function rest(...args: Parameters<typeof restRaw>): Promise<RestResponse> {
  const { status, body } = await restRaw(...args)
  return { status, body }
}

export type GraphqlResult = {
  data?: Record<string, unknown> | null
  errors?: { message: string; path?: string[]; extensions?: { statusCode?: number } }[]
}

/** Runs a GraphQL query through Payload's GraphQL route handler (what /api/graphql serves). */
export async function graphql(query: string, token?: string): Promise<GraphqlResult> {
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const { default: config } = await import('../../src/payload.config')
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const response = await GRAPHQL_POST(config)(
    new Request('http://localhost:3000/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) }),
  )
  return (await response.json()) as GraphqlResult
}

/** Signs in through REST and returns the JWT. */
export async function login(email: string, password = passwordOf(email)): Promise<string> {
  const { status, body } = await rest('POST', '/api/users/login', { json: { email, password } })
  if (status !== 200 || typeof body.token !== 'string')
    throw new Error(`login ${email} failed: ${status} ${JSON.stringify(body)}`)
  return body.token
}

/** The error messages of a rejected Local API call (Payload's ValidationError lists one per field). */
export async function rejection(promise: Promise<unknown>): Promise<{ status: number; messages: string[] }> {
  try {
    await promise
  } catch (error) {
    const err = error as { status?: number; message: string; data?: { errors?: { message: string }[] } }
    const messages = err.data?.errors?.map((entry) => entry.message) ?? [err.message]
    return { status: err.status ?? 500, messages }
  }
  throw new Error('expected the call to be rejected, but it succeeded')
}

/** Collections the tests create entries in (every collection except users, which `createUser` makes). */
export const contentSlugs = [
  'pages',
  'topics',
  'documents',
  'events',
  'organisations',
  'activity-fields',
  'indicators',
  'contacts',
  'networks',
  'media',
] as const
export type ContentSlug = (typeof contentSlugs)[number]

/** Fields Payload sets itself; its draft input type makes them optional (as `DraftDataFromCollectionSlug`, unexported). */
type SystemField = 'collection' | 'createdAt' | 'deletedAt' | 'id' | 'sizes' | 'updatedAt'
type DraftDataFrom<T extends JsonObject> = Partial<Omit<T, SystemField>> & Partial<Pick<T, SystemField>>

/** An entry's data that `create` takes both for a published entry and for a draft (`draft: true`). */
export type EntryData<S extends ContentSlug> = RequiredDataFromCollectionSlug<S> &
  DraftDataFrom<DataFromCollectionSlug<S>>
export type Entry<S extends ContentSlug> = { data: EntryData<S>; file?: UploadFile }

/** The data `update` takes for collection S: Payload's own parameter type (a deep partial of the entry). */
export type UpdateData<S extends ContentSlug> = Parameters<
  typeof payloadInstance.update<S, TypedCollectionSelect[S]>
>[0]['data']

type Fixture<S extends ContentSlug> = {
  drafts: boolean
  make: (n: string) => Promise<Entry<S>>
  /** The name a reader sees: the title, the name, or an image's alt text. */
  titleOf: (entry: DataFromCollectionSlug<S> | EntryData<S>) => string | undefined
  /** The change that gives the entry another name. */
  retitle: (title: string) => UpdateData<S>
}

/**
 * The smallest valid German entry of each collection, distinguished by `n` (slugs, codes and names stay unique).
 * Typed per collection, so a field the CMS adds as required fails the type-check here first.
 */
export const entries: { [S in ContentSlug]: Fixture<S> } = {
  pages: {
    drafts: true,
    make: (n) => Promise.resolve({ data: { title: `Seite ${n}`, slug: `seite-${n}` } }),
    titleOf: (entry) => entry.title,
    retitle: (title) => ({ title }),
  },
  topics: {
    drafts: false,
    make: (n) => Promise.resolve({ data: { title: `Handlungsfeld ${n}`, slug: `feld-${n}` } }),
    titleOf: (entry) => entry.title,
    retitle: (title) => ({ title }),
  },
  documents: {
    drafts: true,
    make: async (n) => ({
      data: {
        title: `Bericht ${n}`,
        type: 'report',
        year: 2024,
        publisher: 'Stadt Oberhausen',
        fileLanguages: ['de'],
        slug: `bericht-${n}`,
      },
      file: await samplePdf([`Bericht ${n}`, 'Zweite Seite', 'Dritte Seite'], `bericht-${n}.pdf`),
    }),
    titleOf: (entry) => entry.title,
    retitle: (title) => ({ title }),
  },
  events: {
    drafts: true,
    make: (n) =>
      Promise.resolve({
        data: {
          title: `Treffen ${n}`,
          slug: `treffen-${n}`,
          start: '2026-12-01T17:00:00.000Z',
          start_tz: 'Europe/Berlin',
          end: '2026-12-01T19:00:00.000Z',
          end_tz: 'Europe/Berlin',
          status: 'scheduled',
          accessibility: 'unknown',
          place: { name: 'Rathaus Oberhausen' },
        },
      }),
    titleOf: (entry) => entry.title,
    retitle: (title) => ({ title }),
  },
  organisations: {
    drafts: true,
    make: (n) => Promise.resolve({ data: { name: `Verein ${n}`, slug: `verein-${n}`, district: 'sterkrade' } }),
    titleOf: (entry) => entry.name,
    retitle: (name) => ({ name }),
  },
  'activity-fields': {
    drafts: false,
    make: (n) => Promise.resolve({ data: { title: `Tätigkeit ${n}`, slug: `taetigkeit-${n}` } }),
    titleOf: (entry) => entry.title,
    retitle: (title) => ({ title }),
  },
  indicators: {
    drafts: false,
    make: (n) =>
      Promise.resolve({
        data: {
          code: `I-${n}`,
          slug: `i-${n}`,
          name: `Indikator ${n}`,
          area: 'schule',
          unit: 'percent',
          source: 'IT.NRW',
        },
      }),
    titleOf: (entry) => entry.name,
    retitle: (name) => ({ name }),
  },
  contacts: {
    drafts: false,
    make: (n) => Promise.resolve({ data: { name: `Beratungsstelle ${n}`, slug: `stelle-${n}`, kind: 'office' } }),
    titleOf: (entry) => entry.name,
    retitle: (name) => ({ name }),
  },
  networks: {
    drafts: false,
    make: (n) => Promise.resolve({ data: { name: `Netzwerk ${n}`, slug: `netzwerk-${n}`, level: 'local' } }),
    titleOf: (entry) => entry.name,
    retitle: (name) => ({ name }),
  },
  media: {
    drafts: false,
    make: async (n) => ({ data: { alt: `Ein rotes Quadrat ${n}` }, file: await tinyPng(`bild-${n}.png`) }),
    titleOf: (entry) => entry.alt,
    retitle: (alt) => ({ alt }),
  },
}

/** How a test calls the Local API: explicit about locale, depth and access. */
export type LocalCall = { locale: TypedLocale; depth: number; overrideAccess: boolean; user?: TestUser }

/** Creates an entry of `collection`, as a draft (`draft: true`, validation as Payload does it for drafts) or not. */
export async function createEntry<S extends ContentSlug>(
  payload: Payload,
  collection: S,
  { data, file }: Entry<S>,
  { draft, ...call }: LocalCall & { draft: boolean },
) {
  return draft
    ? payload.create({ collection, data, file, draft: true, ...call })
    : payload.create({ collection, data, file, ...call })
}

/** Gives an entry another name (its title field), publishing it at the same time when `publish` is set. */
export async function retitleEntry<S extends ContentSlug>(
  payload: Payload,
  collection: S,
  id: number,
  title: string,
  { publish = false, ...call }: LocalCall & { publish?: boolean },
) {
  const data = { ...entries[collection].retitle(title), ...(publish ? { _status: 'published' as const } : {}) }
  return payload.update({ collection, id, data, ...call })
}

/** Creates a published German entry with access control off (test setup, not the behaviour under test). */
export async function seedEntry<S extends ContentSlug>(
  payload: Payload,
  collection: S,
  n: string,
  extra: Partial<RequiredDataFromCollectionSlug<S>> = {},
) {
  const { data, file } = await entries[collection].make(n)
  const status = entries[collection].drafts ? { _status: 'published' as const } : {}
  return payload.create({
    collection,
    data: { ...data, ...status, ...extra },
    file,
    locale: 'de',
    depth: 0,
    overrideAccess: true,
  })
}
