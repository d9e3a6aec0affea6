import type { CollectionBeforeChangeHook } from 'payload'

import { ownOrganisationId, userHasRole } from '../../../access/roles'

/** An organisation account submits events for its own organisation, whatever the form says. */
export const assignOwnOrganisation: CollectionBeforeChangeHook = ({ data, req }) => {
  if (!userHasRole(req, 'mso') || userHasRole(req, 'admin', 'editor')) return data
  return { ...data, organiser: ownOrganisationId(req) ?? null }
}
