import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { keepTranslatorsOutOfSource } from '../../access/editorial'
import { editors, editorsOrTranslators } from '../../access/roles'
import { slugField } from '../../fields/slug'
import { networkLevelOptions } from './levels'

/** Networks and committees the integration centre works in. */
export const Networks: CollectionConfig = {
  slug: 'networks',
  labels: { singular: 'Netzwerk/Gremium', plural: 'Netzwerke und Gremien' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'level'], group: 'Verzeichnis' },
  defaultSort: 'name',
  access: { read: anyone, create: editors, update: editorsOrTranslators, delete: editors },
  hooks: { beforeChange: [keepTranslatorsOutOfSource] },
  fields: [
    { name: 'name', type: 'text', label: 'Name', required: true },
    {
      name: 'level',
      type: 'select',
      label: 'Ebene',
      required: true,
      options: networkLevelOptions,
    },
    { name: 'description', type: 'textarea', label: 'Beschreibung', localized: true },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true, label: 'Handlungsfelder' },
    slugField('name', { localized: false }),
  ],
}
