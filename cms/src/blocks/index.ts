import type { Block } from 'payload'

/** Layout blocks an editor can place on a page. Each renders as one component on the public site. */

export const RichTextBlock: Block = {
  slug: 'richText',
  labels: { singular: 'Text', plural: 'Texte' },
  fields: [{ name: 'content', type: 'richText', label: 'Text', required: true }],
}

export const CalloutBlock: Block = {
  slug: 'callout',
  labels: { singular: 'Hinweisbox', plural: 'Hinweisboxen' },
  fields: [
    {
      name: 'tone',
      type: 'select',
      label: 'Art',
      defaultValue: 'info',
      required: true,
      options: [
        { label: 'Information', value: 'info' },
        { label: 'Warnung', value: 'warning' },
        { label: 'Erfolg', value: 'success' },
      ],
    },
    { name: 'title', type: 'text', label: 'Überschrift' },
    { name: 'content', type: 'richText', label: 'Text', required: true },
  ],
}

export const StepsBlock: Block = {
  slug: 'steps',
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

export const FaqBlock: Block = {
  slug: 'faq',
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

export const ImageBlock: Block = {
  slug: 'image',
  labels: { singular: 'Bild', plural: 'Bilder' },
  fields: [
    { name: 'media', type: 'upload', relationTo: 'media', label: 'Bild', required: true },
    { name: 'caption', type: 'text', label: 'Bildunterschrift' },
  ],
}

export const layoutBlocks: Block[] = [RichTextBlock, CalloutBlock, StepsBlock, FaqBlock, ImageBlock]
