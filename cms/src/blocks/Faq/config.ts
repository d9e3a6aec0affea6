import type { Block } from 'payload'

export const FaqBlock: Block = {
  slug: 'faq',
  interfaceName: 'FaqBlock',
  labels: { singular: 'Fragen und Antworten', plural: 'Fragen und Antworten' },
  fields: [
    {
      name: 'items',
      type: 'array',
      label: 'Fragen',
      minRows: 1,
      required: true,
      fields: [
        { name: 'question', type: 'text', label: 'Frage', required: true },
        { name: 'answer', type: 'richText', label: 'Antwort', required: true },
      ],
    },
  ],
}
