import type { Block } from 'payload'

export const OrganisationListBlock: Block = {
  slug: 'organisationList',
  interfaceName: 'OrganisationListBlock',
  labels: { singular: 'Organisationsliste', plural: 'Organisationslisten' },
  fields: [
    { name: 'field', type: 'relationship', relationTo: 'activity-fields', label: 'Nur mit diesem Tätigkeitsfeld' },
    { name: 'language', type: 'text', label: 'Nur mit dieser Sprache (Kürzel, z. B. tr)' },
    { name: 'district', type: 'text', label: 'Nur in diesem Stadtbezirk (z. B. sterkrade)' },
  ],
}
