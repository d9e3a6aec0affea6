import type { PayloadHandler, PayloadRequest } from 'payload'

import { BUILD_LOCK, forbidden, jsonBody } from '../SiteChanges/claim'
import { isPublisher } from './publisherToken'

const number = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null)
const text = (value: unknown, max: number) => (typeof value === 'string' && value ? value.slice(0, max) : null)
const oneOf = <T extends string>(value: unknown, allowed: readonly T[]): T | null =>
  allowed.find((option) => option === value) ?? null

/** The build `id` if it is still running for the publisher named in `body`; otherwise the 409 answer saying so. */
async function runningBuild(req: PayloadRequest, id: number | string, body: Record<string, unknown>) {
  const build = await req.payload
    .findByID({ collection: 'site-builds', id, depth: 0, overrideAccess: true })
    .catch(() => undefined)
  if (!build || build.status !== 'running' || build.publisher !== text(body.publisher, 200))
    return Response.json(
      { errors: [{ message: 'Dieser Bau läuft nicht (mehr) für diesen Publisher.' }] },
      { status: 409 },
    )
  return build
}

/**
 * POST /api/site-builds/:id/report (publisher only) with the result of the build it claimed:
 * `{ publisher, status: 'succeeded' | 'failed', kind, reason, seconds, pages, entries, error }`. Releases the lock,
 * so the next build may start. A build that is no longer running (taken over as abandoned) answers 409.
 */
export const reportSiteBuild: PayloadHandler = async (req) => {
  if (!isPublisher(req)) return forbidden('Nur der Publisher der Website darf Ergebnisse eines Baus melden.')
  const id = req.routeParams?.id
  const body = await jsonBody(req)
  const status = oneOf(body.status, ['succeeded', 'failed'] as const)
  if ((typeof id !== 'string' && typeof id !== 'number') || !status)
    return Response.json({ errors: [{ message: 'Bau oder Ergebnis fehlt.' }] }, { status: 400 })
  const { payload } = req
  const build = await runningBuild(req, id, body)
  if (build instanceof Response) return build
  const updated = await payload.update({
    collection: 'site-builds',
    id: build.id,
    data: {
      status,
      finishedAt: new Date().toISOString(),
      lock: null,
      kind: oneOf(body.kind, ['full', 'incremental', 'reused'] as const),
      reason: text(body.reason, 500),
      seconds: number(body.seconds),
      pages: number(body.pages),
      entries: number(body.entries),
      error: status === 'failed' ? (text(body.error, 4000) ?? 'Der Bau ist fehlgeschlagen.') : null,
    },
    overrideAccess: true,
    depth: 0,
  })
  return Response.json({ id: updated.id, status: updated.status })
}

/**
 * POST /api/site-builds/:id/alive (publisher only) with `{ publisher }`: the publisher still works on the build it
 * claimed. A build not confirmed for a while counts as abandoned (../SiteChanges/claim.ts, STALE_AFTER_MS); one
 * that was taken over meanwhile answers 409, and its publisher stops building it.
 */
export const confirmSiteBuild: PayloadHandler = async (req) => {
  if (!isPublisher(req)) return forbidden('Nur der Publisher der Website darf einen Bau bestätigen.')
  const id = req.routeParams?.id
  const body = await jsonBody(req)
  if (typeof id !== 'string' && typeof id !== 'number')
    return Response.json({ errors: [{ message: 'Bau fehlt.' }] }, { status: 400 })
  const { payload } = req
  const build = await runningBuild(req, id, body)
  if (build instanceof Response) return build
  const updated = await payload.update({
    collection: 'site-builds',
    id: build.id,
    data: { lock: BUILD_LOCK, updatedAt: new Date().toISOString() },
    overrideAccess: true,
    depth: 0,
  })
  return Response.json({ id: updated.id, updatedAt: updated.updatedAt })
}
