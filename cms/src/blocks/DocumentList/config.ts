import type { Block } from 'payload'

export const DocumentListBlock: Block = {
  slug: 'documentList',
  interfaceName: 'DocumentListBlock',
  labels: { singular: 'Dokumentenliste', plural: 'Dokumentenlisten' },
  fields: [
    { name: 'topic', type: 'relationship', relationTo: 'topics', label: 'Dokumente zum Handlungsfeld' },
    { name: 'type', type: 'text', label: 'Nur diese Art (z. B. standard)' },
    { name: 'documents', type: 'relationship', relationTo: 'documents', hasMany: true, label: 'Oder diese Dokumente' },
  ],
}
