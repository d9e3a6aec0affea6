import type { Page } from '@ki/contract/payload-types'
import { APIError, type CollectionBeforeChangeHook, type PayloadRequest, type RequestContext } from 'payload'

import { restrictedTo, userHasRole } from '../../access/roles'
import { defaultReviewBy, reviewRequired } from './settings'

/** The transitions an editor asks for with the buttons (or the endpoint, or the Local API's `context`). */
export const workflowActions = ['submit', 'approve', 'sendBack', 'archive'] as const
export type WorkflowAction = (typeof workflowActions)[number]

export type Workflow = NonNullable<Page['workflow']>

/** Every collection with the workflow fields has these (the generated types of pages, documents, events, organisations). */
export type WorkflowEntry = {
  id: number | string
  _status?: 'draft' | 'published' | null
  workflow?: Workflow | null
  reviewBy?: string | null
}

/** What `req.context.workflow` carries for a transition. */
export type WorkflowRequest = { action: WorkflowAction; comment?: string }

const CONTEXT_KEY = 'workflow'

export const workflowContext = (request: WorkflowRequest): RequestContext => ({ [CONTEXT_KEY]: request })

function requestedTransition(context: RequestContext): WorkflowRequest | undefined {
  const value: unknown = context[CONTEXT_KEY]
  if (typeof value !== 'object' || value === null || !('action' in value)) return undefined
  const { action, comment } = value as { action: unknown; comment?: unknown }
  const known = workflowActions.find((candidate) => candidate === action)
  if (!known) throw new Error(`Unknown workflow action ${String(action)}.`)
  return { action: known, comment: typeof comment === 'string' ? comment : undefined }
}

const refuse = (message: string, status: 400 | 403 | 409): never => {
  throw new APIError(message, status, null, true)
}

const idOf = (user: Workflow['submittedBy']): number | undefined =>
  typeof user === 'object' && user !== null ? user.id : (user ?? undefined)

const initial: Workflow = { state: 'draft' }

/** The account saving, if a person saves (seed, migrations and jobs without a user are the system). */
function personOf(req: PayloadRequest): number | undefined {
  return req.user?.collection === 'users' ? req.user.id : undefined
}

/** The editorial staff who review: editors and admins. */
const reviews = (req: PayloadRequest) => userHasRole(req, 'admin', 'editor')

/** An editor (not an admin) who would put a change live without review while the installation requires one. */
const publishesWithoutReview = (req: Pick<PayloadRequest, 'user'>) =>
  reviewRequired() && userHasRole(req, 'editor') && !userHasRole(req, 'admin')

const WITHOUT_REVIEW =
  'Veröffentlichen ist erst nach einer Prüfung möglich. Bitte klicken Sie auf „Zur Prüfung einreichen“; eine andere Person aus der Redaktion gibt den Eintrag dann frei.'

/**
 * Why this account may not publish directly (review required, a plain editor), or undefined. For whatever publishes
 * as that account later, e.g. a scheduled publish, to refuse up front rather than when it runs.
 */
export const refusalOfPublishWithoutReview = (req: Pick<PayloadRequest, 'user'>): string | undefined =>
  publishesWithoutReview(req) ? WITHOUT_REVIEW : undefined

function submit(previous: Workflow, original: WorkflowEntry | undefined, req: PayloadRequest): Workflow {
  const person = personOf(req)
  if (person === undefined) return refuse('Bitte melden Sie sich an, um einen Eintrag zur Prüfung einzureichen.', 403)
  if (previous.state === 'review') return refuse('Dieser Eintrag ist bereits zur Prüfung eingereicht.', 409)
  // The latest version is the published one: nothing changed since the last publish.
  if (original?._status === 'published')
    return refuse(
      'Seit der letzten Veröffentlichung wurde nichts geändert. Bitte speichern Sie zuerst Ihre Änderungen und reichen Sie dann ein.',
      409,
    )
  return {
    state: 'review',
    submittedBy: person,
    submittedAt: new Date().toISOString(),
    reviewer: null,
    reviewedAt: null,
    reviewComment: null,
  }
}

function approve(previous: Workflow, req: PayloadRequest): Workflow {
  const person = personOf(req)
  if (person === undefined || !reviews(req))
    return refuse('Nur die Redaktion kann Einträge freigeben und veröffentlichen.', 403)
  if (previous.state !== 'review')
    return refuse('Nur Einträge „In Prüfung“ können freigegeben werden. Bitte reichen Sie den Eintrag zuerst ein.', 409)
  if (idOf(previous.submittedBy) === person && reviewRequired() && !userHasRole(req, 'admin'))
    return refuse(
      'Sie können Ihre eigene Einreichung nicht freigeben. Bitte bitten Sie eine andere Person aus der Redaktion um die Prüfung.',
      403,
    )
  return {
    ...previous,
    state: 'published',
    reviewer: person,
    reviewedAt: new Date().toISOString(),
    reviewComment: null,
  }
}

function sendBack(previous: Workflow, comment: string | undefined, req: PayloadRequest): Workflow {
  const person = personOf(req)
  if (person === undefined || !reviews(req)) return refuse('Nur die Redaktion kann Einträge zurückgeben.', 403)
  if (previous.state !== 'review') return refuse('Nur Einträge „In Prüfung“ können zurückgegeben werden.', 409)
  const text = comment?.trim()
  if (!text) return refuse('Bitte schreiben Sie der Autorin oder dem Autor in einem Hinweis, was zu ändern ist.', 400)
  return { ...previous, state: 'draft', reviewer: person, reviewedAt: new Date().toISOString(), reviewComment: text }
}

function archive(previous: Workflow, req: PayloadRequest): Workflow {
  if (personOf(req) === undefined || !reviews(req)) return refuse('Nur die Redaktion kann Einträge archivieren.', 403)
  if (previous.state === 'archived') return refuse('Dieser Eintrag ist bereits archiviert.', 409)
  return { ...previous, state: 'archived' }
}

/**
 * A save without a transition. Publishing needs review (unless by an admin or the system): a plain editor's
 * "Veröffentlichen" counts as the approval of an entry someone else submitted, and is refused otherwise. An
 * organisation account's save (always a draft) is its submission. Editing a published entry opens a new draft.
 */
function plainSave(previous: Workflow, publishing: boolean, req: PayloadRequest): Workflow {
  if (publishing) {
    // The approval's own checks (not one's own submission) apply to "Veröffentlichen" on a submitted entry.
    if (previous.state === 'review' && reviews(req)) return approve(previous, req)
    if (publishesWithoutReview(req)) return refuse(WITHOUT_REVIEW, 403)
    return { ...previous, state: 'published' }
  }
  if (restrictedTo(req, 'mso')) return previous.state === 'review' ? previous : submit(previous, undefined, req)
  // A new draft on top of the published entry; an entry in review or archived keeps its state until the next step.
  return previous.state === 'published' ? { ...previous, state: 'draft' } : previous
}

function nextReviewBy(data: Partial<WorkflowEntry>, original: WorkflowEntry | undefined): string {
  const chosen = data.reviewBy === undefined ? original?.reviewBy : data.reviewBy
  const now = new Date()
  if (chosen && new Date(chosen).getTime() > now.getTime()) return chosen
  return defaultReviewBy(now).toISOString()
}

/**
 * beforeChange of every collection with the workflow fields: carries the entry from state to state. The workflow
 * fields are written here only (what a client sends for them is ignored); a transition comes in `context.workflow`
 * (cms/src/hooks/workflow/transition.ts). A refusal throws before anything is stored.
 */
export const applyWorkflow: CollectionBeforeChangeHook<WorkflowEntry> = ({ data, originalDoc, req, context }) => {
  const previous: Workflow = { ...initial, ...(originalDoc?.workflow ?? {}) }
  const request = requestedTransition(context)
  // Payload sets `_status: 'draft'` for a draft save; a save without `_status` keeps the entry's.
  const status = data._status ?? originalDoc?._status ?? 'draft'
  let next: Workflow
  switch (request?.action) {
    case 'submit':
      next = submit(previous, originalDoc, req)
      data._status = 'draft'
      break
    case 'approve':
      next = approve(previous, req)
      data._status = 'published'
      break
    case 'sendBack':
      next = sendBack(previous, request.comment, req)
      data._status = 'draft'
      break
    case 'archive':
      next = archive(previous, req)
      data._status = 'draft'
      break
    default:
      next = plainSave(previous, status === 'published', req)
  }
  data.workflow = next
  if (data._status === 'published') data.reviewBy = nextReviewBy(data, originalDoc)
  return data
}
