import { contactKinds } from '@ki/contract'
import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { keepTranslatorsOutOfSource, newEntriesStartInGerman } from '../../access/editorial'
import { editors, editorsOrTranslators } from '../../access/roles'
import { languageOptions, selectOptions } from '../../fields/options'
import { sampleField } from '../../fields/sample'
import { slugField } from '../../fields/slug'
import { trackTranslations, translationFields } from '../../fields/translationStatus'

/** People and offices that residents can contact. */
export const Contacts: CollectionConfig = {
  slug: 'contacts',
  labels: { singular: 'Kontakt', plural: 'Kontakte' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'email'], group: 'Verzeichnis' },
  defaultSort: 'name',
  access: { read: anyone, create: editors, update: editorsOrTranslators, delete: editors },
  hooks: { beforeChange: [keepTranslatorsOutOfSource, newEntriesStartInGerman, trackTranslations] },
  fields: [
    {
      name: 'kind',
      type: 'select',
      label: 'Art',
      required: true,
      defaultValue: 'office',
      options: selectOptions(contactKinds, { office: 'Stelle', person: 'Person' }),
    },
    { name: 'name', type: 'text', label: 'Name', required: true },
    { name: 'role', type: 'text', label: 'Aufgabe', localized: true },
    { name: 'languages', type: 'select', hasMany: true, label: 'Beratung in den Sprachen', options: languageOptions },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', label: 'Telefon' },
        { name: 'email', type: 'email', label: 'E-Mail' },
      ],
    },
    { name: 'hours', type: 'textarea', label: 'Sprechzeiten', localized: true },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true, label: 'Handlungsfelder' },
    slugField('name', { localized: false }),
    sampleField,
    ...translationFields,
  ],
}
