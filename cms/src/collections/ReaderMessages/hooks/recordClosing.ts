import type { ReaderMessage } from '@ki/contract/payload-types'
import type { CollectionBeforeChangeHook } from 'payload'

/** "Erledigt" sets `closedAt` (from then on the deletion period runs); reopening clears it. */
export const recordClosing: CollectionBeforeChangeHook<ReaderMessage> = ({ data, originalDoc }) => {
  const state = data.state ?? originalDoc?.state
  if (state === 'done') return { ...data, closedAt: originalDoc?.closedAt ?? new Date().toISOString() }
  return { ...data, closedAt: null }
}
