import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook } from 'payload'

import { sourceLocale } from '../i18n/locales'
import { restrictedTo } from './roles'

/** Translators work on translations: a change to the German source or a new entry needs an editor. */
export const keepTranslatorsOutOfSource: CollectionBeforeChangeHook = ({ data, req, operation }) => {
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

/** Accounts of migrant organisations may only save drafts; an editor reviews and publishes them. */
export const msoChangesWaitForReview: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!restrictedTo(req, 'mso')) return args
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: Record<string, unknown> }).data
  return { ...args, draft: true, data: data ? { ...data, _status: 'draft' } : data }
}

/**
 * A translator's save goes live only when no draft is pending: Payload saves on top of the newest draft, so
 * publishing over an editor's unpublished German draft would publish (or unpublish) that German source.
 * Translations saved as drafts are always possible; an editor publishes them together with the source.
 */
export const translatorsPublishNoPendingDraft: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
  collection,
}) => {
  if (operation !== 'update' || !restrictedTo(req, 'translator')) return args
  const { id, draft, data } = args as { id?: number | string; draft?: boolean; data?: { _status?: string } }
  if (draft || data?._status === 'draft') return args
  if (id === undefined) {
    throw new APIError(
      'Übersetzer/innen können mehrere Einträge nur als Entwurf auf einmal speichern.',
      403,
      null,
      true,
    )
  }
  // Without `req`: a nested Local API call would switch this request's locale to German.
  const latest = await req.payload.findByID({
    collection: collection.slug as 'pages',
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
