import type { ServerFunction } from 'payload'
import {
  schedulePublishHandler,
  type SchedulePublishHandlerArgs,
} from '@payloadcms/ui/utilities/schedulePublishHandler'

import { refusalOfSchedule } from './index'

/**
 * The admin's "Veröffentlichung planen" (server function `schedule-publish`), refusing what cannot happen before
 * anything is queued (./index.ts: a time in the past, an unpublish before the publish) with the German reason as
 * the answer's `error`. Removing a planned change (`deleteID` without a date) goes straight to Payload's handler.
 */
export const schedulePublishOrRefuse: ServerFunction<SchedulePublishHandlerArgs> = async (args) => {
  const removesOnly = args.deleteID !== undefined && args.date === undefined
  if (!removesOnly) {
    const refusal = await refusalOfSchedule(args.req, args)
    if (refusal) return { error: refusal }
  }
  return schedulePublishHandler(args)
}
