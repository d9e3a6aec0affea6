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

/**
 * A new entry starts in German, the source every other language falls back to and translates from. Created in
 * another language (the admin remembers the last content language), it would have no German title, and the site's
 * build refuses such an entry. The admin opens new entries in German (admin/NewEntriesInGerman.tsx); this is the rule.
 */
export const newEntriesStartInGerman: CollectionBeforeChangeHook<TypeWithID> = ({ data, req, operation }) => {
  if (operation !== 'create' || !req.locale || req.locale === 'all' || req.locale === sourceLocale) return data
  throw new APIError(
    'Neue Einträge legen Sie zuerst auf Deutsch an: Bitte wählen Sie oben die Sprache „Deutsch“. Übersetzungen ' +
      'können Sie danach ergänzen.',
    400,
    null,
    true,
  )
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

/** Fields a save changes by itself; they say nothing about pending content. */
const bookkeeping = new Set(['updatedAt', 'createdAt', '_status', 'translationLedger', 'translationStatus', 'id'])

/** Everything of a document (all locales) except `locale`'s own texts and bookkeeping, comparable as JSON. */
function contentBeyond(doc: object, localized: Set<string>, locale: string): string {
  const kept = Object.entries(doc)
    .filter(([name]) => !bookkeeping.has(name))
    .map(([name, value]) => {
      if (!localized.has(name) || !value || typeof value !== 'object') return [name, value] as const
      const others = Object.entries(value as Record<string, unknown>).filter(([code]) => code !== locale)
      return [name, Object.fromEntries(others)] as const
    })
    .sort(([a], [b]) => a.localeCompare(b))
  return JSON.stringify(kept)
}

/**
 * A translator publishes their own language only. When the newest draft holds more than this language (an editor's
 * German draft, another language's draft), Payload's per-locale publishing (`publishSpecificLocale`) puts this
 * locale's fields on top of the published version, so the rest stays a draft. Otherwise it is an ordinary publish:
 * a per-locale publish leaves a draft copy as the newest version, which the admin would show as pending changes.
 * Whichever publish button the admin offers, a translator's publish is this one. Drafts are always possible.
 */
export const translatorsPublishOwnLocale: CollectionBeforeOperationHook<(typeof draftCollections)[number]> = async ({
  args,
  operation,
  req,
  collection,
}) => {
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
  if (!slug) throw new Error(`translatorsPublishOwnLocale is not meant for the collection ${collection.slug}.`)
  const locale = req.locale && req.locale !== 'all' ? req.locale : sourceLocale
  // Without `req`: a nested Local API call would switch this request's locale.
  const read = (draft: boolean) =>
    req.payload.findByID({ collection: slug, id, draft, depth: 0, locale: 'all', overrideAccess: true })
  const [latest, published] = await Promise.all([read(true), read(false)])
  const localized = new Set(
    collection.flattenedFields.flatMap((field) => ('localized' in field && field.localized ? [field.name] : [])),
  )
  const pendingBeyondOwnLocale =
    latest._status === 'draft' &&
    contentBeyond(latest, localized, locale) !== contentBeyond(published, localized, locale)
  return pendingBeyondOwnLocale ? { ...args, publishSpecificLocale: locale } : args
}
