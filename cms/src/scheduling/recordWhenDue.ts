import type { TaskConfig } from 'payload'

type ScheduleConfig = NonNullable<TaskConfig['schedule']>[number]
type AfterSchedule = NonNullable<NonNullable<ScheduleConfig['hooks']>['afterSchedule']>

/**
 * `afterSchedule` of the daily tasks (the deletion of reader data, the confirmation mails). Payload's own hook writes
 * the time of every check into the `payload-jobs-stats` global, also when it skips because the next run's job is
 * queued already: on the default queue, which scheduled publishing checks every 5 seconds, that was a commit every
 * 5 seconds, and on SQLite every commit empties the API cache (../api-cache/shared.ts). A skipped check is written only
 * once the waiting run's time has come, which is all Payload needs: from then on it computes the run after that one,
 * so the run that just came due is not queued a second time.
 */
export const recordWhenDue: AfterSchedule = async (args) => {
  const { status, queueable } = args
  if (status === 'skipped' && queueable.waitUntil && queueable.waitUntil.getTime() > Date.now()) return
  await args.defaultAfterSchedule(args)
}

/** A daily task's schedule with `recordWhenDue`. */
export const daily = (cron: string, queue: string): ScheduleConfig => ({
  cron,
  queue,
  hooks: { afterSchedule: recordWhenDue },
})
