import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { keepTranslatorsOutOfSource } from '../../access/editorial'
import { editors, editorsOrTranslators } from '../../access/roles'
import { slugField } from '../../fields/slug'

/** Fields of activity of organisations, among them the qualification topics the MSO network chose. */
export const ActivityFields: CollectionConfig = {
  slug: 'activity-fields',
  labels: { singular: 'Tätigkeitsfeld', plural: 'Tätigkeitsfelder' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'qualificationTopic', 'order'], group: 'Verzeichnis' },
  defaultSort: 'order',
  access: { read: anyone, create: editors, update: editorsOrTranslators, delete: editors },
  hooks: { beforeChange: [keepTranslatorsOutOfSource] },
  fields: [
    { name: 'title', type: 'text', label: 'Titel', required: true, localized: true },
    {
      name: 'qualificationTopic',
      type: 'checkbox',
      label: 'Qualifizierungsthema des MSO-Netzwerks',
      defaultValue: false,
    },
    { name: 'order', type: 'number', label: 'Reihenfolge', defaultValue: 100, admin: { position: 'sidebar' } },
    slugField('title', { localized: false }),
  ],
}
