import type { PayloadRequest, TaskConfig } from 'payload'

import { daily } from '../../scheduling/recordWhenDue'

/** What the site's build log and the dashboard show as the nightly build's trigger (describeTrigger, ./claim.ts). */
export const NIGHTLY_TITLE = 'automatisch jede Nacht: Termine und Hinweisbanner nach Datum'

/**
 * SITE_NIGHTLY_BUILD: when the nightly full build is asked for, as HH:MM on the CMS's clock (default 00:05), or `off`.
 * A value the CMS cannot read stops it with a message naming the variable.
 */
export function nightlyBuildCron(env: Record<string, string | undefined> = process.env): string | null {
  const raw = (env.SITE_NIGHTLY_BUILD ?? '').trim()
  if (raw.toLowerCase() === 'off') return null
  const time = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(raw || '00:05')
  if (!time) throw new Error(`SITE_NIGHTLY_BUILD must be a time of day as HH:MM or "off", not "${raw}".`)
  return `0 ${Number(time[2])} ${Number(time[1])} * * *`
}

/**
 * Asks the publisher for a full build, as an admin's "Alle Seiten neu bauen" on the dashboard does, unless one waits already.
 * Pages that depend on the date (upcoming and past events, calendars, the alert banner's window) change without any
 * save; incremental builds render only the pages of changed entries, so once a day every page is built again.
 */
async function askForNightlyBuild(req: PayloadRequest): Promise<number> {
  const { totalDocs } = await req.payload.count({
    collection: 'site-changes',
    where: { and: [{ status: { equals: 'pending' } }, { full: { equals: true } }] },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) return 0
  await req.payload.create({
    collection: 'site-changes',
    data: { operation: 'requested', target: 'website', entryTitle: NIGHTLY_TITLE, full: true, status: 'pending' },
    overrideAccess: true,
    depth: 0,
    req,
  })
  return 1
}

/** Payload's jobs queue asks for the build once a day (SITE_NIGHTLY_BUILD), in the CMS process. */
export function nightlySiteBuildTask(
  env: Record<string, string | undefined> = process.env,
): TaskConfig<'nightlySiteBuild'> {
  const cron = nightlyBuildCron(env)
  return {
    slug: 'nightlySiteBuild',
    label: 'Website: jede Nacht alle Seiten neu bauen (Termine und Hinweisbanner nach Datum)',
    retries: 2,
    ...(cron ? { schedule: [daily(cron, 'default')] } : {}),
    outputSchema: [{ name: 'requested', type: 'number', required: true }],
    handler: async ({ req }) => ({ output: { requested: await askForNightlyBuild(req) } }),
  }
}
