import type { Block } from 'payload'

export const StepsBlock: Block = {
  slug: 'steps',
  interfaceName: 'StepsBlock',
  labels: { singular: 'Schritte', plural: 'Schritte' },
  fields: [
    {
      name: 'steps',
      type: 'array',
      label: 'Schritte',
      minRows: 1,
      required: true,
      fields: [
        { name: 'title', type: 'text', label: 'Schritt', required: true },
        { name: 'content', type: 'richText', label: 'Beschreibung' },
      ],
    },
  ],
}
