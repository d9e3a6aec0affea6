import type { TaskConfig } from 'payload'

type ScheduleConfig = NonNullable<TaskConfig['schedule']>[number]
type AfterSchedule = NonNullable<NonNullable<ScheduleConfig['hooks']>['afterSchedule']>

type JobStats = Parameters<AfterSchedule>[0]['jobStats']

/**
 * `afterSchedule` of the daily tasks (the nightly site build, the deletion of reader data, the confirmation mails).
 * Payload's own hook writes the time of every check into the `payload-jobs-stats` global, also when it skips because
 * the next run's job is queued already: on the default queue, which scheduled publishing checks every 5 seconds, that
 * was a commit every 5 seconds, and on SQLite every commit empties the API cache (../api-cache/shared.ts). A skipped
 * check is written only once the waiting run's time has come, which is all Payload needs: from then on it computes the
 * run after that one, so the run that just came due is not queued a second time. A check that queues a run is written
 * as Payload writes it.
 * The global is read again before the write: Payload hands every task of one check the copy it read at the start,
 * and its hook builds the queue's entry from that copy. That the times of two tasks due in one check both survive
 * rests on its hook changing the copy's nested object in place (Payload 3.90); reading again does not.
 */
export const recordWhenDue: AfterSchedule = async (args) => {
  const { status, queueable, req } = args
  if (status === 'skipped' && queueable.waitUntil && queueable.waitUntil.getTime() > Date.now()) return
  const jobStats = await req.payload.db.findGlobal<NonNullable<JobStats> & Record<string, unknown>>({
    slug: 'payload-jobs-stats',
    req,
  })
  await args.defaultAfterSchedule({ ...args, jobStats })
}

/** A daily task's schedule with `recordWhenDue`. */
export const daily = (cron: string, queue: string): ScheduleConfig => ({
  cron,
  queue,
  hooks: { afterSchedule: recordWhenDue },
})
