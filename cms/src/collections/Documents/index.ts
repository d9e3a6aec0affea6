import { documentTypes } from '@ki/contract'
import type { CollectionConfig } from 'payload'

import { autosaveOnceEntered } from '../../admin/drafts'
import {
  keepTranslatorsOutOfSource,
  newEntriesStartInGerman,
  translatorsPublishOwnLocale,
} from '../../access/editorial'
import { publishedOrEditorial } from '../../access/publishedOrEditorial'
import { editors, editorsOrTranslators, staffReadVersions } from '../../access/roles'
import { languageOptions, selectOptions } from '../../fields/options'
import { sampleField } from '../../fields/sample'
import { slugField } from '../../fields/slug'
import {
  publishLedgerOfLocale,
  rememberPublishedLedger,
  trackTranslations,
  translationFields,
} from '../../fields/translationStatus'
import { workflowFields } from '../../fields/workflow'
import { rejectOversizedUpload } from '../../hooks/rejectOversizedUpload'
import { storeUnderDetectedType } from '../../hooks/storeUnderDetectedType'
import { uploadDir } from '../../storage'
import { extractPdfText } from './hooks/extractPdfText'
import { rejectNonPdf } from './hooks/rejectNonPdf'
import { sitePreview } from '../SitePreviews'

const documentTypeOptions = selectOptions(documentTypes, {
  report: 'Bericht',
  standard: 'Standard',
  concept: 'Konzept',
  agreement: 'Vereinbarung',
  study: 'Studie',
  'council-decision': 'Ratsbeschluss',
})

/** Reports, standards, concepts, agreements, studies and council decisions, as PDF files. */
export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: { singular: 'Dokument', plural: 'Dokumente' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'type', 'year', '_status', 'updatedAt'],
    group: 'Inhalte',
    // "Vorschau": the draft with the site's own templates, at an address that expires (../SitePreviews).
    preview: sitePreview('documents'),
  },
  defaultSort: '-year',
  access: {
    read: publishedOrEditorial,
    readVersions: staffReadVersions,
    create: editors,
    update: editorsOrTranslators,
    delete: editors,
  },
  versions: { drafts: { ...autosaveOnceEntered, schedulePublish: true }, maxPerDoc: 50 },
  upload: {
    staticDir: uploadDir('documents'),
    mimeTypes: ['application/pdf'],
  },
  hooks: {
    beforeOperation: [
      rejectOversizedUpload,
      rejectNonPdf,
      storeUnderDetectedType,
      translatorsPublishOwnLocale,
      rememberPublishedLedger,
    ],
    beforeChange: [keepTranslatorsOutOfSource, newEntriesStartInGerman, extractPdfText, trackTranslations],
    afterChange: [publishLedgerOfLocale],
  },
  fields: [
    { name: 'title', type: 'text', label: 'Titel', required: true, localized: true },
    { name: 'summary', type: 'textarea', label: 'Zusammenfassung', localized: true },
    {
      name: 'keywords',
      type: 'text',
      hasMany: true,
      localized: true,
      label: 'Suchbegriffe',
      admin: { description: 'Wörter, mit denen Menschen in dieser Sprache nach dem Dokument suchen.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'type', type: 'select', label: 'Art', required: true, options: documentTypeOptions },
        { name: 'year', type: 'number', label: 'Jahr', required: true, min: 1950, max: 2100 },
        {
          name: 'decisionDate',
          type: 'date',
          label: 'Beschlossen am',
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
      ],
    },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true, label: 'Handlungsfelder' },
    { name: 'publisher', type: 'text', label: 'Herausgeber', required: true },
    {
      name: 'fileLanguages',
      type: 'select',
      hasMany: true,
      label: 'Sprache(n) der Datei',
      required: true,
      defaultValue: ['de'],
      options: languageOptions,
    },
    {
      name: 'supersedes',
      type: 'relationship',
      relationTo: 'documents',
      label: 'Ersetzt das Dokument',
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      name: 'supersededBy',
      type: 'join',
      collection: 'documents',
      on: 'supersedes',
      label: 'Ersetzt durch',
    },
    {
      name: 'pageCount',
      type: 'number',
      label: 'Seitenzahl',
      admin: { readOnly: true, position: 'sidebar', description: 'Wird beim Hochladen aus der PDF-Datei gelesen.' },
    },
    {
      name: 'pageTexts',
      type: 'json',
      label: 'Text je Seite',
      admin: {
        readOnly: true,
        description: 'Wird beim Hochladen aus der PDF-Datei gelesen und für die Suche verwendet.',
      },
    },
    slugField('title', { localized: false }),
    sampleField,
    ...workflowFields({ changeNote: true }),
    ...translationFields,
  ],
}
