import type { Endpoint } from 'payload'

import { workflowActions } from './applyWorkflow'
import { isWorkflowCollection, transition } from './transition'

const answer = (message: string, status: number) => Response.json({ errors: [{ message }] }, { status })

/**
 * POST /api/{collection}/{id}/workflow with `{ "action": "submit" | "approve" | "sendBack" | "archive", "comment"? }`:
 * the edit view's buttons. Runs the transition with the signed-in account's access; refusals answer in German with
 * the status the hook chose (400, 403, 409), and nothing is saved.
 */
export const workflowEndpoint: Endpoint = {
  path: '/:id/workflow',
  method: 'post',
  handler: async (req) => {
    const slug = req.routeParams?.collection
    const id = req.routeParams?.id
    if (typeof slug !== 'string' || !isWorkflowCollection(slug)) return answer('Unbekannte Sammlung.', 404)
    if (typeof id !== 'string' && typeof id !== 'number') return answer('Unbekannter Eintrag.', 404)
    if (!req.user) return answer('Bitte melden Sie sich an.', 401)
    let body: unknown
    try {
      body = await req.json?.()
    } catch {
      body = undefined
    }
    const { action, comment } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>
    const known = workflowActions.find((candidate) => candidate === action)
    if (!known) return answer(`Unbekannter Schritt „${String(action)}“: erwartet ${workflowActions.join(', ')}.`, 400)
    const doc = await transition(req.payload, {
      collection: slug,
      id,
      action: known,
      comment: typeof comment === 'string' ? comment : undefined,
      user: req.user,
    })
    return Response.json({ id: doc.id, workflow: doc.workflow, _status: doc._status })
  },
}
