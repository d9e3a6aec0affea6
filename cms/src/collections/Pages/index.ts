import type { CollectionConfig } from 'payload'

import { autosaveOnceEntered } from '../../admin/drafts'
import { publishedOrEditorial } from '../../access/publishedOrEditorial'
import { editors, editorsOrTranslators, staffReadVersions } from '../../access/roles'
import { layoutBlocks } from '../../blocks'
import { slugField } from '../../fields/slug'
import {
  publishLedgerOfLocale,
  rememberPublishedLedger,
  trackTranslations,
  translationFields,
} from '../../fields/translationStatus'
import { workflowFields } from '../../fields/workflow'
import {
  keepTranslatorsOutOfSource,
  newEntriesStartInGerman,
  translatorsPublishOwnLocale,
} from '../../access/editorial'
import { sitePreview } from '../SitePreviews'

/** Nested pages with a block layout and a slug per locale. */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: 'Seite', plural: 'Seiten' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'parent', '_status', 'updatedAt'],
    group: 'Inhalte',
    // "Vorschau": the draft with the site's own templates, at an address that expires (../SitePreviews).
    preview: sitePreview('pages'),
  },
  defaultSort: 'order',
  access: {
    read: publishedOrEditorial,
    create: editors,
    update: editorsOrTranslators,
    delete: editors,
    readVersions: staffReadVersions,
  },
  versions: { drafts: { ...autosaveOnceEntered, schedulePublish: true }, maxPerDoc: 50 },
  hooks: {
    beforeOperation: [translatorsPublishOwnLocale, rememberPublishedLedger],
    beforeChange: [keepTranslatorsOutOfSource, newEntriesStartInGerman, trackTranslations],
    afterChange: [publishLedgerOfLocale],
  },
  fields: [
    { name: 'title', type: 'text', label: 'Titel', required: true, localized: true },
    {
      name: 'summary',
      type: 'textarea',
      label: 'Kurzfassung',
      localized: true,
      admin: { description: 'Ein bis zwei Sätze für Übersichten, Suchergebnisse und Suchmaschinen.' },
    },
    { name: 'layout', type: 'blocks', label: 'Inhalt', blocks: layoutBlocks, localized: true },
    slugField(),
    {
      name: 'key',
      type: 'text',
      label: 'Interner Schlüssel',
      unique: true,
      index: true,
      admin: {
        position: 'sidebar',
        description: 'Fester Name für Seiten, auf die die Website verweist (z. B. start, kontakt). Nicht ändern.',
      },
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'pages',
      label: 'Übergeordnete Seite',
      admin: { position: 'sidebar' },
    },
    {
      name: 'topic',
      type: 'relationship',
      relationTo: 'topics',
      label: 'Handlungsfeld',
      admin: { position: 'sidebar' },
    },
    { name: 'order', type: 'number', label: 'Reihenfolge', defaultValue: 100, admin: { position: 'sidebar' } },
    ...workflowFields({ changeNote: true }),
    ...translationFields,
  ],
}
