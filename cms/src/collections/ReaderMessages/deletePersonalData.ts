import type { PayloadRequest, TaskConfig } from 'payload'

import { daily } from '../../scheduling/recordWhenDue'
import { readerRequestRetentionDays } from './settings'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Deletes the personal data of every message closed ("Erledigt") more than READER_REQUEST_RETENTION_DAYS ago: the
 * e-mail address, the text and the reply. What stays is what it was about (kind, page, language, format, state),
 * which counts for the editors' overview, and when the data was deleted. Returns how many messages it cleared.
 */
export async function deleteClosedPersonalData(req: PayloadRequest, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - readerRequestRetentionDays() * DAY_MS)
  const { docs } = await req.payload.update({
    collection: 'reader-messages',
    where: {
      and: [
        { state: { equals: 'done' } },
        { closedAt: { less_than: before.toISOString() } },
        { personalDataDeletedAt: { exists: false } },
      ],
    },
    data: { email: null, text: null, reply: null, personalDataDeletedAt: now.toISOString() },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.length
}

/** Payload's jobs queue runs the deletion once a day at 3:30 (the CMS's clock), in the CMS process. */
export const deleteReaderPersonalDataTask: TaskConfig<'deleteReaderPersonalData'> = {
  slug: 'deleteReaderPersonalData',
  label: 'Rückmeldungen: persönliche Daten nach Ablauf der Frist löschen',
  retries: 2,
  schedule: [daily('0 30 3 * * *', 'default')],
  outputSchema: [{ name: 'cleared', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: { cleared: await deleteClosedPersonalData(req) } }),
}
