import { READER_MESSAGE_PATH } from '@ki/contract'

/** Where the page's forms post: `{cms}/api/reader-messages/send`, or null when the build knew no public CMS address. */
export function readerMessageEndpoint(cmsPublicUrl: string | undefined): string | null {
  const base = cmsPublicUrl?.trim().replace(/\/+$/, '')
  return base ? `${base}${READER_MESSAGE_PATH}` : null
}

/** The entry a page shows, as the form names it (`documents:12`). */
export type FeedbackEntry = {
  collection: 'pages' | 'documents' | 'events' | 'organisations' | 'indicators'
  id: number
}

export const entryField = (entry: FeedbackEntry | undefined): string | undefined =>
  entry ? `${entry.collection}:${entry.id}` : undefined
