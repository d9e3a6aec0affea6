import type { GlobalConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { admins } from '../../access/roles'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: 'Website-Einstellungen',
  admin: { group: 'Verwaltung' },
  access: { read: anyone, update: admins },
  fields: [
    { name: 'siteName', type: 'text', label: 'Name der Website', required: true, localized: true },
    { name: 'organisation', type: 'text', label: 'Träger', required: true },
    {
      name: 'address',
      type: 'group',
      label: 'Adresse',
      fields: [
        { name: 'street', type: 'text', label: 'Straße' },
        { name: 'postcode', type: 'text', label: 'PLZ' },
        { name: 'city', type: 'text', label: 'Ort' },
      ],
    },
    { name: 'phone', type: 'text', label: 'Telefon' },
    { name: 'email', type: 'email', label: 'E-Mail' },
    { name: 'openingHours', type: 'textarea', label: 'Öffnungszeiten', localized: true },
    { name: 'feedbackEmail', type: 'email', label: 'E-Mail für Rückmeldungen zur Barrierefreiheit', required: true },
    {
      name: 'legalPages',
      type: 'group',
      label: 'Pflichtseiten',
      fields: [
        { name: 'imprint', type: 'relationship', relationTo: 'pages', label: 'Impressum' },
        { name: 'privacy', type: 'relationship', relationTo: 'pages', label: 'Datenschutz' },
        { name: 'accessibility', type: 'relationship', relationTo: 'pages', label: 'Erklärung zur Barrierefreiheit' },
        { name: 'contact', type: 'relationship', relationTo: 'pages', label: 'Kontakt' },
      ],
    },
  ],
}
