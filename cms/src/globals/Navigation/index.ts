import type { Field, GlobalConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { editors } from '../../access/roles'

const linkFields: Field[] = [
  { name: 'label', type: 'text', label: 'Beschriftung', required: true, localized: true },
  { name: 'page', type: 'relationship', relationTo: 'pages', label: 'Seite' },
  {
    name: 'path',
    type: 'text',
    label: 'Oder Bereich der Website',
    admin: { description: 'Für Bereiche ohne eigene Seite, z. B. dokumente, veranstaltungen, organisationen, suche.' },
  },
]

export const Navigation: GlobalConfig = {
  slug: 'navigation',
  label: 'Navigation',
  admin: { group: 'Verwaltung' },
  access: { read: anyone, update: editors },
  fields: [
    { name: 'header', type: 'array', label: 'Hauptmenü', fields: linkFields, maxRows: 8 },
    { name: 'footer', type: 'array', label: 'Fußzeile', fields: linkFields, maxRows: 12 },
  ],
}
