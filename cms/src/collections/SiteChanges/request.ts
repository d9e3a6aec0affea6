import type { PayloadHandler } from 'payload'

import { userHasRole } from '../../access/roles'
import { forbidden, jsonBody } from './claim'

/**
 * POST /api/site-changes/request — the dashboard's "Website neu bauen": a pending change the publisher builds like
 * any other. Editors ask for a build (incremental where the planner allows); admins may ask for every page
 * (`{ "full": true }`).
 */
export const requestSiteBuild: PayloadHandler = async (req) => {
  if (!userHasRole(req, 'admin', 'editor') || !req.user)
    return forbidden('Nur die Redaktion kann die Website neu bauen lassen.')
  const full = (await jsonBody(req)).full === true
  if (full && !userHasRole(req, 'admin'))
    return forbidden('Nur die Administration kann alle Seiten der Website neu bauen lassen.')
  const change = await req.payload.create({
    collection: 'site-changes',
    data: { operation: 'requested', target: 'website', full, user: req.user.id, status: 'pending' },
    overrideAccess: true,
    depth: 0,
    req,
  })
  return Response.json({ id: change.id, full }, { status: 201 })
}
