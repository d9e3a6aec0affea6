import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { editors, editorsOrTranslators } from '../../access/roles'
import { slugField } from '../../fields/slug'
import { trackTranslations, translationFields } from '../../fields/translationStatus'
import { keepTranslatorsOutOfSource, newEntriesStartInGerman } from '../../access/editorial'

/** The fields of work (Handlungsfelder): ordered and nestable. */
export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: { singular: 'Handlungsfeld', plural: 'Handlungsfelder' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'order', 'parent'], group: 'Inhalte' },
  defaultSort: 'order',
  access: { read: anyone, create: editors, update: editorsOrTranslators, delete: editors },
  hooks: { beforeChange: [keepTranslatorsOutOfSource, newEntriesStartInGerman, trackTranslations] },
  fields: [
    { name: 'title', type: 'text', label: 'Titel', required: true, localized: true },
    { name: 'summary', type: 'textarea', label: 'Kurzbeschreibung', localized: true },
    {
      name: 'keywords',
      type: 'text',
      label: 'Suchbegriffe',
      hasMany: true,
      localized: true,
      admin: { description: 'Wörter, mit denen Menschen in dieser Sprache nach dem Thema suchen.' },
    },
    slugField(),
    { name: 'order', type: 'number', label: 'Reihenfolge', defaultValue: 100, admin: { position: 'sidebar' } },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'topics',
      label: 'Übergeordnetes Handlungsfeld',
      admin: { position: 'sidebar' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    ...translationFields,
  ],
}
