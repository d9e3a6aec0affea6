import { locales, sourceLocale } from '@ki/contract'
import type { SitePreview } from '@ki/contract/payload-types'
import type { PayloadHandler, PayloadRequest, Where } from 'payload'

import { ownOrganisationId, restrictedTo, userHasRole } from '../../access/roles'
import { isPublisher } from '../SiteBuilds/publisherToken'
import { forbidden, jsonBody } from '../SiteChanges/claim'
import { localeName } from '../../admin/localeNames'
import { keepPublicFields } from './publicFields'
import { isExpired, isPreviewToken, newPreviewToken, previewExpiry, previewTtlHours } from './token'

/** The collections whose entries have pages on the site, and so a "Vorschau" button. */
export const previewCollections = ['pages', 'documents', 'events', 'organisations', 'indicators'] as const
export type PreviewCollection = (typeof previewCollections)[number]

/** A preview claimed this long ago and not reported is handed out again (its publisher stopped mid-way). */
const STALE_CLAIM_MS = 10 * 60 * 1000

const siteUrl = () => (process.env.SITE_URL || 'http://localhost:4321').replace(/\/$/, '')

const escape = (value: string) => value.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)

/** A short German page for the editor's browser (the button opens the endpoint in a new tab). */
function page(
  status: number,
  title: string,
  text: string,
  { body = '', head = '', headers = {} }: { body?: string; head?: string; headers?: Record<string, string> } = {},
): Response {
  return new Response(
    `<!doctype html><html lang="de"><meta charset="utf-8"><meta name="robots" content="noindex">${head}<title>${escape(title)}</title>` +
      `<body style="font-family:sans-serif;max-width:40rem;margin:3rem auto"><h1>${escape(title)}</h1><p>${escape(text)}</p>${body}</body></html>`,
    { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers } },
  )
}

/** Staff preview every entry; an organisation account its own organisation and the events it organises. */
function mayPreview(
  req: PayloadRequest,
  collection: PreviewCollection,
  draft: { id: number; organiser?: unknown },
): boolean {
  if (userHasRole(req, 'admin', 'editor', 'translator')) return true
  if (!restrictedTo(req, 'mso')) return false
  const own = ownOrganisationId(req)
  if (own === undefined) return false
  const organiser = draft.organiser
  const organiserId =
    typeof organiser === 'object' && organiser !== null && 'id' in organiser ? organiser.id : organiser
  if (collection === 'organisations') return draft.id === own
  if (collection === 'events') return organiserId === own
  return false
}

type PreviewRequest = {
  collection: PreviewCollection
  id: number
  locale: (typeof locales)[number]
  title?: string
  user: number
}

/** The entry, language and account a request for a preview names, or the German page that refuses it. */
async function requestedPreview(req: PayloadRequest): Promise<PreviewRequest | Response> {
  if (!req.user || req.user.collection !== 'users')
    return page(
      401,
      'Bitte melden Sie sich an',
      'Eine Vorschau können nur angemeldete Redakteurinnen und Redakteure anfordern.',
    )
  const query = req.searchParams
  const collection = previewCollections.find((slug) => slug === query.get('collection'))
  const id = Number(query.get('id'))
  if (!collection || !Number.isInteger(id) || id < 1)
    return page(400, 'Keine Vorschau möglich', 'Für diesen Eintrag gibt es keine Seite auf der Website.')
  const locale = locales.find((each) => each.code === query.get('locale')) ?? locales[0]
  const draft = await req.payload
    .findByID({ collection, id, draft: true, depth: 0, locale: sourceLocale, overrideAccess: true })
    .catch(() => undefined)
  if (!draft)
    return page(
      404,
      'Eintrag nicht gefunden',
      'Bitte speichern Sie den Eintrag zuerst und versuchen Sie es dann erneut.',
    )
  if (!mayPreview(req, collection, draft))
    return page(403, 'Keine Berechtigung', 'Sie dürfen die Vorschau dieses Eintrags nicht ansehen.')
  const title = 'title' in draft ? draft.title : 'name' in draft ? draft.name : undefined
  return { collection, id, locale, title: typeof title === 'string' ? title : undefined, user: req.user.id }
}

/**
 * GET /api/site-previews/open?collection=events&id=12&locale=ar — what the admin's "Vorschau" button opens (a link
 * in a new tab). It changes nothing (a link opened twice, by a mail scanner or from the history, records no
 * preview): it checks the request and answers a German page whose button asks for the preview with a POST.
 */
export const confirmPreview: PayloadHandler = async (req) => {
  const request = await requestedPreview(req)
  if (request instanceof Response) return request
  const action = `${req.payload.config.routes.api}/site-previews/open?collection=${request.collection}&id=${request.id}&locale=${encodeURIComponent(request.locale.code)}`
  const entry = request.title ? `„${request.title}“` : 'dieses Eintrags'
  return page(
    200,
    'Vorschau erstellen',
    `Die Vorschau zeigt den Entwurf ${entry} (Sprache: ${localeName(request.locale.code)}) so, wie ihn Leserinnen und Leser nach dem Veröffentlichen sehen. Ihre Adresse ist ${previewTtlHours()} Stunden gültig und kann weitergegeben werden.`,
    {
      body: `<form method="post" action="${escape(action)}"><button type="submit" style="font:inherit;padding:.5rem 1rem">Vorschau erstellen</button></form>`,
    },
  )
}

/**
 * POST /api/site-previews/open?collection=events&id=12&locale=ar (signed-in staff, or the entry's own organisation
 * account): records a preview of the entry's draft with a new token that expires after PREVIEW_TTL_HOURS and
 * answers 201 with its address on the site (Location, and a page that goes there), `SITE_URL/vorschau/<token>/<language>/`. The site server shows
 * "Vorschau wird erstellt …" there until the publisher has rendered the draft with the site's own templates.
 */
export const openPreview: PayloadHandler = async (req) => {
  const request = await requestedPreview(req)
  if (request instanceof Response) return request
  const token = newPreviewToken()
  await req.payload.create({
    collection: 'site-previews',
    data: {
      token,
      collection: request.collection,
      entryId: String(request.id),
      entryTitle: request.title?.slice(0, 200),
      locale: request.locale.code,
      user: request.user,
      status: 'pending',
      expiresAt: previewExpiry(new Date(), previewTtlHours()).toISOString(),
    },
    overrideAccess: true,
    depth: 0,
  })
  // Not a 303: the admin's Content-Security-Policy (`form-action 'self'`) stops a form's redirect to the site's
  // origin. The page moves on by itself (refresh) and links to the preview.
  const address = `${siteUrl()}/vorschau/${token}/${request.locale.path}/`
  return page(201, 'Vorschau wird geöffnet …', 'Falls sich die Vorschau nicht von selbst öffnet:', {
    head: `<meta http-equiv="refresh" content="0; url=${escape(address)}">`,
    body: `<p><a href="${escape(address)}">Zur Vorschau</a></p>`,
    headers: { location: address },
  })
}

async function byToken(req: PayloadRequest): Promise<SitePreview | undefined> {
  const token = req.routeParams?.token
  if (typeof token !== 'string' || !isPreviewToken(token)) return undefined
  const { docs } = await req.payload.find({
    collection: 'site-previews',
    where: { token: { equals: token } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0]
}

const noStore = { 'cache-control': 'no-store' }
const notFound = () => Response.json({ state: 'unknown' }, { status: 404, headers: noStore })

/**
 * GET /api/site-previews/:token/state (anyone: the token is the access): `pending`, `building`, `ready` or `failed`
 * (with the German reason), `expired` (410) or `unknown` (404). The site server asks it while no rendered preview
 * is on its disk yet.
 */
export const previewState: PayloadHandler = async (req) => {
  const preview = await byToken(req)
  if (!preview) return notFound()
  if (isExpired(preview.expiresAt))
    return Response.json({ state: 'expired', expiresAt: preview.expiresAt }, { status: 410, headers: noStore })
  return Response.json(
    { state: preview.status, expiresAt: preview.expiresAt, locale: preview.locale, error: preview.error ?? undefined },
    { headers: noStore },
  )
}

/** What the publisher gets for one preview. */
export type PreviewClaim =
  | { state: 'idle' }
  | {
      state: 'claimed'
      preview: { token: string; collection: PreviewCollection; entryId: string; expiresAt: string; locale: string }
    }

/**
 * POST /api/site-previews/claim (publisher only) with `{ publisher }`: deletes expired previews, then hands out the
 * oldest waiting one (or one whose publisher stopped before reporting) as `building`.
 */
export const claimPreview: PayloadHandler = async (req) => {
  if (!isPublisher(req)) return forbidden('Nur der Publisher der Website darf Vorschauen erstellen.')
  const body = await jsonBody(req)
  const publisher = typeof body.publisher === 'string' && body.publisher ? body.publisher.slice(0, 200) : 'publisher'
  const { payload } = req
  const now = new Date()
  await payload.delete({
    collection: 'site-previews',
    where: { expiresAt: { less_than_equal: now.toISOString() } },
    overrideAccess: true,
  })
  const waiting: Where = {
    or: [
      { status: { equals: 'pending' } },
      {
        and: [
          { status: { equals: 'building' } },
          { claimedAt: { less_than: new Date(now.getTime() - STALE_CLAIM_MS).toISOString() } },
        ],
      },
    ],
  }
  const { docs } = await payload.find({
    collection: 'site-previews',
    where: waiting,
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const [next] = docs
  if (!next) return Response.json({ state: 'idle' } satisfies PreviewClaim)
  // Updated only while still waiting: of two publishers asking at once, one gets it.
  const { docs: claimed } = await payload.update({
    collection: 'site-previews',
    where: { and: [{ id: { equals: next.id } }, waiting] },
    data: { status: 'building', claimedAt: now.toISOString(), publisher, error: null },
    overrideAccess: true,
    depth: 0,
  })
  if (claimed.length === 0) return Response.json({ state: 'idle' } satisfies PreviewClaim)
  return Response.json({
    state: 'claimed',
    preview: {
      token: next.token,
      collection: next.collection,
      entryId: next.entryId,
      expiresAt: next.expiresAt,
      locale: next.locale ?? sourceLocale,
    },
  } satisfies PreviewClaim)
}

/**
 * GET /api/site-previews/:token/draft (publisher only): the previewed entry's newest draft in every locale (depth 0,
 * as the site's loader reads published entries), with only the fields an anonymous reader may read.
 */
export const previewDraft: PayloadHandler = async (req) => {
  if (!isPublisher(req)) return forbidden('Nur der Publisher der Website darf Entwürfe für Vorschauen lesen.')
  const preview = await byToken(req)
  if (!preview || isExpired(preview.expiresAt)) return notFound()
  const { collection } = preview
  const draft = await req.payload
    .findByID({ collection, id: Number(preview.entryId), draft: true, depth: 0, locale: 'all', overrideAccess: true })
    .catch(() => undefined)
  if (!draft) return notFound()
  const data = { ...draft } as Record<string, unknown>
  await keepPublicFields(req.payload.collections[collection].config.flattenedFields, data, data, req)
  return Response.json(data, { headers: noStore })
}

/**
 * POST /api/site-previews/:token/report (publisher only) with `{ status: 'ready' | 'failed', error }`: the site
 * server then serves the rendered preview, or shows the German reason of the failure.
 */
export const reportPreview: PayloadHandler = async (req) => {
  if (!isPublisher(req)) return forbidden('Nur der Publisher der Website darf Vorschauen melden.')
  const preview = await byToken(req)
  if (!preview) return notFound()
  const body = await jsonBody(req)
  const status = body.status === 'ready' || body.status === 'failed' ? body.status : undefined
  if (!status) return Response.json({ errors: [{ message: 'Ergebnis fehlt.' }] }, { status: 400 })
  const error = typeof body.error === 'string' && body.error ? body.error.slice(0, 4000) : 'Unbekannter Fehler.'
  await req.payload.update({
    collection: 'site-previews',
    id: preview.id,
    data: { status, builtAt: new Date().toISOString(), error: status === 'failed' ? error : null },
    overrideAccess: true,
    depth: 0,
  })
  return Response.json({ token: preview.token, status }, { headers: noStore })
}
