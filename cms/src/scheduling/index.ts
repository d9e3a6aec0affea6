import type { CollectionSlug, JobsConfig, PayloadRequest, SchedulePublishTaskInput } from 'payload'

import { restrictedTo, userHasRole } from '../access/roles'
import { refusalOfPublishWithoutReview } from '../hooks/workflow/applyWorkflow'

/** How often the CMS process looks for scheduled publishes that are due (seconds; Payload's cron has a seconds field). */
const CHECK_EVERY_SECONDS = 5

/**
 * Payload's jobs queue runs the scheduled publishes and unpublishes ("Veröffentlichung planen", the task
 * `schedulePublish` that `versions.drafts.schedulePublish` adds) inside every process that opens Payload: `npm start`
 * needs no extra service. A job is a row in `payload-jobs` with `waitUntil`; the cron runs every job whose time has come,
 * so one that fell due while the CMS was down runs on its first tick after the restart. The job saves the entry like
 * an editor would (as the editor who scheduled it), so the publisher's afterChange hook records the site change.
 */
export const scheduledPublishing: JobsConfig = {
  autoRun: [{ cron: `*/${CHECK_EVERY_SECONDS} * * * * *`, limit: 10 }],
}

type ScheduleRequest = { type?: string; date?: Date | string; doc?: SchedulePublishTaskInput['doc'] }

type PlannedJob = { type: 'publish' | 'unpublish'; at: Date }

const berlinTime = (date: Date) =>
  date.toLocaleString('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'short', timeStyle: 'short' })

const isCollectionSlug = (req: PayloadRequest, slug: string): slug is CollectionSlug => slug in req.payload.collections

/** The publishes and unpublishes still waiting for one entry, from Payload's jobs queue. */
async function plannedFor(req: PayloadRequest, doc: NonNullable<ScheduleRequest['doc']>): Promise<PlannedJob[]> {
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { 'input.doc.relationTo': { equals: doc.relationTo } },
        { 'input.doc.value': { equals: String(doc.value) } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    limit: 0,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.flatMap((job): PlannedJob[] => {
    const input = job.input as SchedulePublishTaskInput | undefined
    if (!job.waitUntil) return []
    return [{ type: input?.type === 'unpublish' ? 'unpublish' : 'publish', at: new Date(job.waitUntil) }]
  })
}

async function publishedNow(req: PayloadRequest, slug: string, id: string): Promise<boolean> {
  if (!isCollectionSlug(req, slug)) return false
  const { totalDocs } = await req.payload.count({
    collection: slug,
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

const idOf = (user: number | { id: number } | null | undefined): number | undefined =>
  typeof user === 'object' && user !== null ? user.id : (user ?? undefined)

/** The review state of an entry's newest version and who submitted it, for collections with the workflow fields. */
async function reviewOf(
  req: PayloadRequest,
  slug: string,
  id: string,
): Promise<{ state?: string | null; submittedBy?: number } | undefined> {
  if (!isCollectionSlug(req, slug)) return undefined
  const entry = await req.payload
    .findByID({ collection: slug, id, draft: true, depth: 0, overrideAccess: true, req })
    .catch(() => undefined)
  if (!entry || !('workflow' in entry)) return undefined
  return { state: entry.workflow?.state, submittedBy: idOf(entry.workflow?.submittedBy) }
}

const SCHEDULE_NEEDS_REVIEW =
  'Eine Veröffentlichung planen können Sie erst, wenn der Eintrag zur Prüfung eingereicht ist: Die geplante Veröffentlichung ist dann die Freigabe. Bitte klicken Sie auf „Zur Prüfung einreichen“; eine andere Person aus der Redaktion kann die Veröffentlichung dann planen.'
const SCHEDULE_OWN_SUBMISSION =
  'Sie haben diesen Eintrag selbst eingereicht. Die Veröffentlichung planen kann eine andere Person aus der Redaktion; sie gibt ihn damit frei.'
const SCHEDULE_STAFF_ONLY =
  'Veröffentlichungen planen kann nur die Redaktion. Bitte reichen Sie den Eintrag zur Prüfung ein und nennen Sie den gewünschten Zeitpunkt.'

/**
 * Why this account may not plan the publish of `doc`, or undefined. The job publishes as the account that planned it,
 * through the review workflow (hooks/workflow/applyWorkflow.ts), so what that publish would refuse is refused here,
 * before anything is queued: organisation accounts and translators never publish; with REVIEW_REQUIRED a plain editor
 * plans only the publish of an entry someone else submitted (the planned publish is then its approval), as their
 * "Veröffentlichen" would. Admins, and editors when review is not required, plan any publish.
 */
async function refusalOfPlannedPublish(
  req: PayloadRequest,
  doc: NonNullable<ScheduleRequest['doc']>,
): Promise<string | undefined> {
  if (!userHasRole(req, 'admin', 'editor') || restrictedTo(req, 'mso')) return SCHEDULE_STAFF_ONLY
  if (!refusalOfPublishWithoutReview(req)) return undefined
  const review = await reviewOf(req, doc.relationTo, String(doc.value))
  if (!review) return undefined
  if (review.state !== 'review') return SCHEDULE_NEEDS_REVIEW
  if (review.submittedBy !== undefined && review.submittedBy === req.user?.id) return SCHEDULE_OWN_SUBMISSION
  return undefined
}

/**
 * Why a scheduled (un)publish cannot happen, in German for the editor, or undefined when it can: a time that is not
 * in the future, a publish this account may not make (refusalOfPlannedPublish), and an unpublish of an entry that will not be published at that time (it is not published now and
 * its planned publish comes later, or none is planned). The entry's state at a time is the last planned change before
 * it, or else its state now. `now` is the moment of the request.
 */
export async function refusalOfSchedule(
  req: PayloadRequest,
  { type, date, doc }: ScheduleRequest,
  now = new Date(),
): Promise<string | undefined> {
  const at = date === undefined ? undefined : new Date(date)
  if (!at || Number.isNaN(at.getTime())) return 'Bitte wählen Sie Datum und Uhrzeit für die geplante Änderung.'
  if (at.getTime() <= now.getTime())
    return `Der gewählte Zeitpunkt (${berlinTime(at)}) liegt in der Vergangenheit. Bitte wählen Sie einen Zeitpunkt in der Zukunft.`
  if (!doc) return undefined
  if (type !== 'unpublish') return refusalOfPlannedPublish(req, doc)
  const planned = (await plannedFor(req, doc)).sort((a, b) => a.at.getTime() - b.at.getTime())
  const lastBefore = planned.filter((job) => job.at.getTime() < at.getTime()).at(-1)
  const publishedThen = lastBefore
    ? lastBefore.type === 'publish'
    : await publishedNow(req, doc.relationTo, String(doc.value))
  if (publishedThen) return undefined
  const laterPublish = planned.find((job) => job.type === 'publish' && job.at.getTime() >= at.getTime())
  if (laterPublish)
    return `Das Zurückziehen (${berlinTime(at)}) läge vor der geplanten Veröffentlichung (${berlinTime(laterPublish.at)}). Bitte wählen Sie einen Zeitpunkt nach der Veröffentlichung.`
  return 'Dieser Eintrag ist zu diesem Zeitpunkt nicht veröffentlicht: Es gibt nichts zurückzuziehen. Bitte planen Sie zuerst eine Veröffentlichung.'
}
