import type { Access } from 'payload'

import { userHasRole } from './roles'

/**
 * Staff (admin, editor, translator) read drafts; everyone else gets a query filter, so anonymous
 * readers and MSO accounts only ever see published documents.
 */
export const publishedOrEditorial: Access = ({ req }) => {
  if (userHasRole(req, 'admin', 'editor', 'translator')) return true
  return { _status: { equals: 'published' } }
}
