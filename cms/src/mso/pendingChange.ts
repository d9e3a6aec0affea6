import type { Event, Organisation } from '@ki/contract/payload-types'
import type { Payload, PayloadRequest } from 'payload'

import { compareEntries, type ChangedField } from './comparison'

/** The collections whose changes an organisation account submits: its own entry and its events. */
export const submittedCollections = ['organisations', 'events'] as const
export type SubmittedCollection = (typeof submittedCollections)[number]

export const isSubmittedCollection = (slug: string): slug is SubmittedCollection =>
  submittedCollections.some((candidate) => candidate === slug)

/** Where a submitted change stands, in the words the organisation reads: eingereicht, freigegeben, abgelehnt. */
export type Decision =
  | { kind: 'submitted'; at?: string | null }
  | { kind: 'approved'; at?: string | null }
  | { kind: 'rejected'; at?: string | null; reason: string }
  | { kind: 'draft' }
  | { kind: 'archived' }

export type PendingChange = {
  decision: Decision
  /** False while the entry was never published: everything in `changes` is new. */
  published: boolean
  changes: ChangedField[]
}

type Workflowed = Pick<Organisation | Event, 'workflow' | '_status'>

/** The decision the workflow fields record (cms/src/fields/workflow.ts), reusing its states rather than a second set. */
export function decisionOf(entry: Workflowed): Decision {
  const workflow = entry.workflow ?? {}
  switch (workflow.state) {
    case 'review':
      return { kind: 'submitted', at: workflow.submittedAt }
    case 'published':
      return { kind: 'approved', at: workflow.reviewedAt }
    case 'archived':
      return { kind: 'archived' }
    default:
      return workflow.reviewComment
        ? { kind: 'rejected', at: workflow.reviewedAt, reason: workflow.reviewComment }
        : { kind: 'draft' }
  }
}

const germanDateTime = new Intl.DateTimeFormat('de-DE', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Berlin',
})

const on = (at: string | null | undefined) => (at ? ` am ${germanDateTime.format(new Date(at))}` : '')

/** The decision as one German sentence. */
export function describeDecision(decision: Decision): string {
  switch (decision.kind) {
    case 'submitted':
      return `Eingereicht${on(decision.at)} – wartet auf die Freigabe durch die Redaktion.`
    case 'approved':
      return `Freigegeben${on(decision.at)} und veröffentlicht.`
    case 'rejected':
      return `Abgelehnt${on(decision.at)} mit der Begründung: „${decision.reason}“`
    case 'archived':
      return 'Archiviert: nicht auf der Website.'
    case 'draft':
      return 'Entwurf: noch nicht eingereicht.'
  }
}

/**
 * The newest version of an entry beside its published one, field by field in every locale, read with the asking
 * account's access: what an editor compares before approving, and what an organisation sees of its own submission.
 * Undefined when the account may not read the entry.
 */
export async function pendingChangeOf(
  payload: Payload,
  user: PayloadRequest['user'],
  collection: SubmittedCollection,
  id: number | string,
): Promise<PendingChange | undefined> {
  const read = (draft: boolean) =>
    payload
      .findByID({ collection, id, draft, locale: 'all', depth: 1, user, overrideAccess: false, disableErrors: true })
      .catch(() => null)
  const [newest, live] = await Promise.all([read(true), read(false)])
  if (!newest) return undefined
  const published = live?._status === 'published' ? live : null
  const fields = payload.collections[collection].config.fields
  return {
    decision: decisionOf(newest),
    published: published !== null,
    changes: newest._status === 'published' ? [] : compareEntries(fields, published, newest),
  }
}
