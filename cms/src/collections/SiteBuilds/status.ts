import type { Payload } from 'payload'

import type { SiteBuild } from '@ki/contract/payload-types'

import { BUILD_LOCK } from '../SiteChanges/claim'

/** The state of the live site as the dashboard shows it. */
export type SiteState = {
  state: 'current' | 'building' | 'failed'
  /** "aktuell", "wird gebaut", "Fehler". */
  label: string
  /** Changes no build has taken yet. */
  pending: number
  /** Since when the oldest of them waits (ISO date), if any. */
  pendingSince?: string
  running?: SiteBuild
  /** The newest build that finished (successfully or not). */
  last?: SiteBuild
}

const labels: Record<SiteState['state'], string> = { current: 'aktuell', building: 'wird gebaut', failed: 'Fehler' }

/** Reads the running build, the pending changes and the last finished build (access control off: call it for staff). */
export async function siteState(payload: Payload): Promise<SiteState> {
  const [running, pending, last] = await Promise.all([
    payload.find({
      collection: 'site-builds',
      where: { lock: { equals: BUILD_LOCK } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    }),
    payload.find({
      collection: 'site-changes',
      where: { status: { equals: 'pending' } },
      sort: 'createdAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    }),
    payload.find({
      collection: 'site-builds',
      where: { status: { in: ['succeeded', 'failed'] } },
      sort: '-startedAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    }),
  ])
  const lastBuild = last.docs[0]
  const state: SiteState['state'] =
    running.docs.length > 0 || pending.totalDocs > 0
      ? 'building'
      : lastBuild?.status === 'failed'
        ? 'failed'
        : 'current'
  return {
    state,
    label: labels[state],
    pending: pending.totalDocs,
    pendingSince: pending.docs[0]?.createdAt,
    running: running.docs[0],
    last: lastBuild,
  }
}
