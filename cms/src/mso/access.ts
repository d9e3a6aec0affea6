import type { Access, Where } from 'payload'

import { ownOrganisationId, userHasRole } from '../access/roles'

/**
 * Staff read drafts; an organisation account reads published entries and, beyond those, the newest version of the
 * entries whose `field` holds its own organisation — its own pending change; everyone else published entries only.
 */
export const publishedOrOwnOrganisation =
  (field: string): Access =>
  ({ req }) => {
    if (userHasRole(req, 'admin', 'editor', 'translator')) return true
    const own = ownOrganisationId(req)
    const published: Where = { _status: { equals: 'published' } }
    if (userHasRole(req, 'mso') && own !== undefined) return { or: [published, { [field]: { equals: own } }] }
    return published
  }
