import { sourceLocale } from '@ki/contract'
import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type TypeWithID,
} from 'payload'

import { restrictedTo } from './roles'

/** Translators work on translations: a change to the German source or a new entry needs an editor. */
export const keepTranslatorsOutOfSource: CollectionBeforeChangeHook<TypeWithID> = ({ data, req, operation }) => {
  if (!restrictedTo(req, 'translator')) return data
  const locale = req.locale && req.locale !== 'all' ? req.locale : sourceLocale
  if (operation === 'create' || locale === sourceLocale) {
    throw new APIError(
      'Übersetzer/innen können den deutschen Ausgangstext nicht ändern und keine neuen Einträge anlegen.',
      403,
      null,
      true,
    )
  }
  return data
}

/** The collections an organisation account can write to. */
type MsoCollection = 'events' | 'organisations'

/** Accounts of migrant organisations may only save drafts; an editor reviews and publishes them. */
export const msoChangesWaitForReview: CollectionBeforeOperationHook<MsoCollection> = ({ args, operation, req }) => {
  if (!restrictedTo(req, 'mso')) return args
  if (operation !== 'create' && operation !== 'update') return args
  return { ...args, draft: true, data: { ...args.data, _status: 'draft' } }
}

/** The collections with drafts that translators may update. */
const draftCollections = ['documents', 'events', 'organisations', 'pages'] as const satisfies CollectionSlug[]

/**
 * A translator's save goes live only when no draft is pending: Payload saves on top of the newest draft, so
 * publishing over an editor's unpublished German draft would publish (or unpublish) that German source.
 * Translations saved as drafts are always possible; an editor publishes them together with the source.
 */
export const translatorsPublishNoPendingDraft: CollectionBeforeOperationHook<
  (typeof draftCollections)[number]
> = async ({ args, operation, req, collection }) => {
  if (operation !== 'update' || !restrictedTo(req, 'translator')) return args
  if (args.draft || args.data._status === 'draft') return args
  // Payload reports an update by id as `update` too; only that one carries the id.
  const id = 'id' in args && (typeof args.id === 'number' || typeof args.id === 'string') ? args.id : undefined
  if (id === undefined) {
    throw new APIError(
      'Übersetzer/innen können mehrere Einträge nur als Entwurf auf einmal speichern.',
      403,
      null,
      true,
    )
  }
  const slug = draftCollections.find((candidate) => candidate === collection.slug)
  if (!slug) throw new Error(`translatorsPublishNoPendingDraft is not meant for the collection ${collection.slug}.`)
  // Without `req`: a nested Local API call would switch this request's locale to German.
  const latest = await req.payload.findByID({
    collection: slug,
    id,
    draft: true,
    depth: 0,
    locale: sourceLocale,
    overrideAccess: true,
  })
  if (latest._status === 'draft') {
    throw new APIError(
      'Für diesen Eintrag liegt ein noch nicht veröffentlichter Entwurf vor. Bitte speichern Sie Ihre Übersetzung als Entwurf; die Redaktion veröffentlicht beides zusammen.',
      409,
      null,
      true,
    )
  }
  return args
}
