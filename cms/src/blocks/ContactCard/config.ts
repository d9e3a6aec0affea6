import type { Block } from 'payload'

export const ContactCardBlock: Block = {
  slug: 'contactCard',
  interfaceName: 'ContactCardBlock',
  labels: { singular: 'Kontaktkarte', plural: 'Kontaktkarten' },
  fields: [{ name: 'contact', type: 'relationship', relationTo: 'contacts', label: 'Kontakt', required: true }],
}
