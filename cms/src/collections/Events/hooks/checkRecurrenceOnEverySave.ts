import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import type { Event } from '@ki/contract/payload-types'
import { checkRecurrenceRule } from '../recurrence'

/**
 * Payload skips field validation when it saves a draft, so a draft could store a rule that the next publish (or an
 * autosave's preview) would then have to expand. The recurrence rule is checked on draft saves as well; published
 * saves are checked by the field's own validation.
 */
export const checkRecurrenceOnEverySave: CollectionBeforeChangeHook<Event> = ({ data, originalDoc, req }) => {
  const rule = data.recurrence?.rule
  if (data._status !== 'draft' || !rule) return data
  const result = checkRecurrenceRule(rule, data.start ?? originalDoc?.start)
  if (result === true) return data
  throw new ValidationError({
    collection: 'events',
    id: originalDoc?.id,
    errors: [{ path: 'recurrence.rule', message: result }],
    req,
  })
}
