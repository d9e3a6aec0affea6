import type { Payload, PayloadHandler, PayloadRequest } from 'payload'

import type { SiteBuild, SiteChange } from '@ki/contract/payload-types'

import { isPublisher } from '../SiteBuilds/publisherToken'
import { claimDecision, quietWindow } from './quietWindow'

/** The unique value the running build's row holds (`site-builds.lock`): a second running build cannot be created. */
export const BUILD_LOCK = 'site'

/**
 * The most changes one build takes over: the build reads the whole published state anyway, so the rest (after a large
 * import) go to the next build, which finds the site up to date.
 */
const CLAIM_LIMIT = 1000

/**
 * A running build whose publisher has not said for this long that it still works on it (it does every
 * ALIVE_EVERY_MS, ../SiteBuilds/alive.ts) is taken over by another publisher: its publisher is gone (killed, its
 * machine down) and would otherwise hold the lock and the changes it claimed.
 */
export const STALE_AFTER_MS = Number(process.env.PUBLISH_STALE_MS) || 2 * 60 * 1000
/** How often the publisher of a running build confirms it (the publisher reads it from its claim). */
export const ALIVE_EVERY_MS = Math.max(1000, Math.floor(STALE_AFTER_MS / 6))

export const forbidden = (message: string) => Response.json({ errors: [{ message }] }, { status: 403 })

export async function jsonBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    const parsed: unknown = await req.json?.()
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/** What the publisher gets for one build: the changes it takes over and whether a full build was asked for. */
export type Claim =
  | { state: 'idle' }
  | { state: 'busy' }
  | { state: 'waiting'; retryInMs: number }
  | {
      state: 'claimed'
      build: { id: number | string; full: boolean; trigger: string }
      changes: number
      /** How often to confirm the build while it runs (POST /api/site-builds/:id/alive). */
      aliveEveryMs: number
    }

const operationWords: Record<SiteChange['operation'], string> = {
  published: 'veröffentlicht',
  unpublished: 'zurückgezogen',
  deleted: 'gelöscht',
  changed: 'geändert',
  requested: 'Neubau angefordert',
}

/** "Veranstaltung „Sprachcafé“ veröffentlicht (anna@…) und 2 weitere Änderungen". */
export function describeTrigger(
  changes: Pick<SiteChange, 'operation' | 'target' | 'entryTitle' | 'user'>[],
  total = changes.length,
): string {
  const [first] = changes
  if (!first) return ''
  // A build nobody asked for by hand (the nightly one) says what asked for it instead.
  const by =
    typeof first.user === 'object' && first.user
      ? first.user.email
      : first.operation === 'requested'
        ? first.entryTitle
        : null
  const who = by ? ` (${by})` : ''
  const what = first.operation === 'requested' ? '' : `${first.target} „${first.entryTitle ?? '?'}“ `
  const more = total > 1 ? ` und ${total - 1} weitere Änderung${total > 2 ? 'en' : ''}` : ''
  return `${what}${operationWords[first.operation]}${who}${more}`
}

async function pendingSpan(payload: Payload): Promise<{ oldest: number; newest: number } | undefined> {
  const edge = async (sort: string) =>
    (
      await payload.find({
        collection: 'site-changes',
        where: { status: { equals: 'pending' } },
        sort,
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0]
  const [oldest, newest] = [await edge('createdAt'), await edge('-createdAt')]
  if (!oldest || !newest) return undefined
  return { oldest: Date.parse(oldest.createdAt), newest: Date.parse(newest.createdAt) }
}

/**
 * A build left running by a publisher that stopped mid-way (killed, restarted): marked as abandoned, its lock
 * released, and its changes pending again, so the next build takes them.
 */
async function abandon(payload: Payload, build: SiteBuild, why: string): Promise<void> {
  await payload.db.updateMany({
    collection: 'site-changes',
    where: { build: { equals: build.id } },
    data: { status: 'pending', build: null },
    returning: false,
  })
  await payload.update({
    collection: 'site-builds',
    id: build.id,
    data: { status: 'abandoned', finishedAt: new Date().toISOString(), lock: null, error: why },
    overrideAccess: true,
    depth: 0,
  })
}

/**
 * POST /api/site-changes/claim (publisher only) with `{ publisher, quietMs, maxWaitMs }`. Once the pending changes
 * have settled (./quietWindow.ts), creates the build's row holding the unique lock — only one caller can, whatever
 * the number of CMS processes — and hands the pending changes to that build: each change is built once.
 */
export const claimSiteChanges: PayloadHandler = async (req) => {
  if (!isPublisher(req)) return forbidden('Nur der Publisher der Website darf Änderungen zum Bau übernehmen.')
  const body = await jsonBody(req)
  const publisher = typeof body.publisher === 'string' && body.publisher ? body.publisher.slice(0, 200) : 'publisher'
  const { payload } = req
  const answer = (claim: Claim) => Response.json(claim)

  const running = await payload.find({
    collection: 'site-builds',
    where: { lock: { equals: BUILD_LOCK } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  for (const build of running.docs) {
    // A publisher asks for work only between its builds: a build of its own still running was cut off.
    if (build.publisher === publisher)
      await abandon(
        payload,
        build,
        'Abgebrochen: Der Publisher wurde während des Baus beendet. Der nächste Bau holt ihn nach.',
      )
    else if (Date.now() - Date.parse(build.updatedAt) > STALE_AFTER_MS)
      await abandon(
        payload,
        build,
        `Abgebrochen: Der Publisher „${build.publisher ?? '?'}“ hat sich seit ${Math.round(STALE_AFTER_MS / 1000)} Sekunden nicht mehr gemeldet. Der nächste Bau holt ihn nach.`,
      )
    else return answer({ state: 'busy' })
  }

  const pending = await pendingSpan(payload)
  if (!pending) return answer({ state: 'idle' })
  const decision = claimDecision(pending, Date.now(), quietWindow(body))
  if (!decision.claim) return answer({ state: 'waiting', retryInMs: decision.retryInMs })

  let build: SiteBuild
  try {
    build = await payload.create({
      collection: 'site-builds',
      data: { status: 'running', startedAt: new Date().toISOString(), publisher, lock: BUILD_LOCK },
      overrideAccess: true,
      depth: 0,
    })
  } catch {
    // The unique lock: another claim created the running build first.
    return answer({ state: 'busy' })
  }
  // Only the holder of the lock gets here, so no other claim reads these rows at the same time. The adapter's own
  // update (no hooks, no versions) keeps a claim of thousands of seeded changes within seconds.
  await payload.db.updateMany({
    collection: 'site-changes',
    where: { status: { equals: 'pending' } },
    data: { status: 'claimed', build: build.id },
    sort: 'createdAt',
    limit: CLAIM_LIMIT,
    returning: false,
  })
  const { docs: changes, totalDocs } = await payload.find({
    collection: 'site-changes',
    where: { build: { equals: build.id } },
    sort: 'createdAt',
    limit: 100,
    depth: 1,
    overrideAccess: true,
  })
  if (totalDocs === 0) {
    await payload.delete({ collection: 'site-builds', id: build.id, overrideAccess: true })
    return answer({ state: 'idle' })
  }
  const full =
    (
      await payload.count({
        collection: 'site-changes',
        where: { and: [{ build: { equals: build.id } }, { full: { equals: true } }] },
        overrideAccess: true,
      })
    ).totalDocs > 0
  const trigger = describeTrigger(changes, totalDocs)
  const users = [
    ...new Set(changes.flatMap((change) => (typeof change.user === 'object' && change.user ? [change.user.id] : []))),
  ]
  await payload.update({
    collection: 'site-builds',
    id: build.id,
    data: { trigger, full, requestedBy: users },
    overrideAccess: true,
    depth: 0,
  })
  return answer({
    state: 'claimed',
    build: { id: build.id, full, trigger },
    changes: totalDocs,
    aliveEveryMs: ALIVE_EVERY_MS,
  })
}
