import { sourceLocale } from '@ki/contract'
import type { Payload, PayloadRequest } from 'payload'

import { workflowContext, type WorkflowAction } from './applyWorkflow'

/** The collections with drafts, and so with the review workflow. */
export const workflowCollections = ['pages', 'documents', 'events', 'organisations'] as const
export type WorkflowCollection = (typeof workflowCollections)[number]

export const isWorkflowCollection = (slug: string): slug is WorkflowCollection =>
  workflowCollections.some((candidate) => candidate === slug)

/**
 * How each transition saves: submitting and sending back store a draft (the live entry stays as it is); approving
 * publishes the newest draft; archiving takes the entry off the site (an unpublished save of the entry itself).
 */
const saves: Record<WorkflowAction, { draft: boolean; status: 'draft' | 'published' }> = {
  submit: { draft: true, status: 'draft' },
  approve: { draft: false, status: 'published' },
  sendBack: { draft: true, status: 'draft' },
  archive: { draft: false, status: 'draft' },
}

export type TransitionArgs = {
  collection: WorkflowCollection
  id: number | string
  action: WorkflowAction
  comment?: string
  /** The account asking; the transition runs with its access (`overrideAccess: false`). */
  user: PayloadRequest['user']
}

/** One workflow step through the Local API, with the asking account's access: what the buttons and the endpoint do. */
export async function transition(payload: Payload, { collection, id, action, comment, user }: TransitionArgs) {
  const { draft, status } = saves[action]
  return payload.update({
    collection,
    id,
    data: { _status: status },
    draft,
    locale: sourceLocale,
    depth: 0,
    user,
    overrideAccess: false,
    context: workflowContext({ action, comment }),
  })
}
