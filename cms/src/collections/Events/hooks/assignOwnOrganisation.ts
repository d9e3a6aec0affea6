import type { Event } from '@ki/contract/payload-types'
import type { CollectionBeforeChangeHook } from 'payload'

import { ownOrganisationId, restrictedTo } from '../../../access/roles'

/** An organisation account submits events for its own organisation, whatever the form says. */
export const assignOwnOrganisation: CollectionBeforeChangeHook<Event> = ({ data, req }) => {
  if (!restrictedTo(req, 'mso')) return data
  return { ...data, organiser: ownOrganisationId(req) ?? null }
}
