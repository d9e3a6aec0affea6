import type { CollectionConfig, GeneratePreviewURL } from 'payload'

import { admins, userHasRole } from '../../access/roles'
import {
  claimPreview,
  confirmPreview,
  openPreview,
  previewDraft,
  previewState,
  reportPreview,
  type PreviewCollection,
} from './endpoints'

/** German date and 24-hour time, as editors read it. */
const germanDateTime = { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd.MM.yyyy HH:mm' } } as const

/**
 * `admin.preview` of a collection whose entries have pages: Payload's "Vorschau" button opens this address, a page
 * whose button records a preview of the draft (./endpoints.ts, confirmPreview and openPreview) and sends the browser
 * to it on the site.
 */
export const sitePreview =
  (collection: PreviewCollection): GeneratePreviewURL =>
  (doc, { locale }) =>
    typeof doc.id === 'number' || typeof doc.id === 'string'
      ? `/api/site-previews/open?collection=${collection}&id=${encodeURIComponent(String(doc.id))}&locale=${encodeURIComponent(locale)}`
      : null

/**
 * Previews of drafts, rendered by the publisher (scripts/lib/preview.ts) with the site's own templates into
 * data/previews/<token>/ and served by the site server at /vorschau/<token>/… with noindex. The token is the only
 * access, so a preview can be sent to anyone; it expires after PREVIEW_TTL_HOURS (24) and is then deleted.
 */
export const SitePreviews: CollectionConfig = {
  slug: 'site-previews',
  labels: { singular: 'Vorschau', plural: 'Vorschauen' },
  admin: {
    useAsTitle: 'entryTitle',
    defaultColumns: ['createdAt', 'collection', 'entryTitle', 'user', 'status', 'expiresAt'],
    group: 'Website',
    description: 'Vorschauen von Entwürfen. Jede Vorschau ist über ihre Adresse erreichbar, bis sie abläuft.',
  },
  defaultSort: '-createdAt',
  // Staff see their own previews (the token is the access to the draft), admins every one; only endpoints write.
  access: {
    read: ({ req }) => (userHasRole(req, 'admin') ? true : req.user ? { user: { equals: req.user.id } } : false),
    create: () => false,
    update: () => false,
    delete: admins,
  },
  endpoints: [
    // The button's link shows a page that changes nothing; its button POSTs, which records the preview.
    { path: '/open', method: 'get', handler: confirmPreview },
    { path: '/open', method: 'post', handler: openPreview },
    { path: '/claim', method: 'post', handler: claimPreview },
    { path: '/:token/state', method: 'get', handler: previewState },
    { path: '/:token/draft', method: 'get', handler: previewDraft },
    { path: '/:token/report', method: 'post', handler: reportPreview },
  ],
  fields: [
    {
      name: 'token',
      type: 'text',
      label: 'Schlüssel',
      required: true,
      unique: true,
      index: true,
      admin: { readOnly: true },
    },
    {
      name: 'collection',
      type: 'select',
      label: 'Bereich',
      required: true,
      options: [
        { label: 'Seite', value: 'pages' },
        { label: 'Dokument', value: 'documents' },
        { label: 'Veranstaltung', value: 'events' },
        { label: 'Organisation', value: 'organisations' },
        { label: 'Kennzahl', value: 'indicators' },
      ],
    },
    { name: 'entryId', type: 'text', label: 'Eintrag (ID)', required: true },
    { name: 'entryTitle', type: 'text', label: 'Eintrag' },
    { name: 'locale', type: 'text', label: 'Sprache' },
    { name: 'user', type: 'relationship', relationTo: 'users', label: 'Angefordert von' },
    {
      name: 'status',
      type: 'select',
      label: 'Stand',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [
        { label: 'wartet', value: 'pending' },
        { label: 'wird erstellt', value: 'building' },
        { label: 'bereit', value: 'ready' },
        { label: 'fehlgeschlagen', value: 'failed' },
      ],
    },
    { name: 'expiresAt', type: 'date', label: 'Läuft ab', required: true, index: true, admin: germanDateTime },
    { name: 'claimedAt', type: 'date', label: 'Erstellung begonnen', admin: germanDateTime },
    { name: 'builtAt', type: 'date', label: 'Erstellt', admin: germanDateTime },
    { name: 'publisher', type: 'text', label: 'Publisher' },
    { name: 'error', type: 'textarea', label: 'Fehler' },
  ],
}
