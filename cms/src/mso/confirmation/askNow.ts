import type { Endpoint } from 'payload'

import { userHasRole } from '../../access/roles'
import { askOrganisation } from './ask'

const answer = (message: string, status: number) => Response.json({ errors: [{ message }] }, { status })

/**
 * POST /api/organisation-confirmations/ask with `{ "organisation": <id> }`: editors send one organisation the mail
 * "Sind Ihre Angaben noch aktuell?" now, outside the yearly job (after a phone call, for a new contact person).
 */
export const askNowEndpoint: Endpoint = {
  path: '/ask',
  method: 'post',
  handler: async (req) => {
    if (!userHasRole(req, 'admin', 'editor')) return answer('Nur die Redaktion kann Organisationen fragen.', 403)
    let body: unknown
    try {
      body = await req.json?.()
    } catch {
      body = undefined
    }
    const id: unknown =
      typeof body === 'object' && body !== null ? (body as { organisation?: unknown }).organisation : undefined
    if (typeof id !== 'number' && typeof id !== 'string')
      return answer('Bitte nennen Sie die Organisation („organisation“).', 400)
    const organisation = await req.payload.findByID({
      collection: 'organisations',
      id,
      depth: 0,
      locale: 'de',
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    if (!organisation) return answer(`Die Organisation ${String(id)} gibt es nicht.`, 404)
    if (!(await askOrganisation(req, organisation)))
      return answer(`„${organisation.name}“ hat kein Konto und keine Kontakt-E-Mail: Es gibt niemanden zu fragen.`, 409)
    return Response.json({ message: `„${organisation.name}“ wurde gefragt.` })
  },
}
