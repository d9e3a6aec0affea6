import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook } from 'payload'

import { sourceLocale } from '../i18n/locales'
import { userHasRole } from './roles'

/** Translators work on translations: a change to the German source or a new entry needs an editor. */
export const keepTranslatorsOutOfSource: CollectionBeforeChangeHook = ({ data, req, operation }) => {
  if (!userHasRole(req, 'translator') || userHasRole(req, 'admin', 'editor')) return data
  const locale = req.locale && req.locale !== 'all' ? req.locale : sourceLocale
  if (operation === 'create' || locale === sourceLocale) {
    throw new APIError('Übersetzer/innen können den deutschen Ausgangstext nicht ändern und keine neuen Einträge anlegen.', 403, null, true)
  }
  return data
}

/** Accounts of migrant organisations may only save drafts; an editor reviews and publishes them. */
export const msoChangesWaitForReview: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!userHasRole(req, 'mso') || userHasRole(req, 'admin', 'editor')) return args
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  const data = (args as { data?: Record<string, unknown> }).data
  return { ...args, draft: true, data: data ? { ...data, _status: 'draft' } : data }
}
