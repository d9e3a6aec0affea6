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

export const VideoBlock: Block = {
  slug: 'video',
  labels: { singular: 'Video', plural: 'Videos' },
  fields: [
    { name: 'video', type: 'upload', relationTo: 'media', label: 'Videodatei (MP4/WebM)', required: true },
    { name: 'captions', type: 'upload', relationTo: 'media', label: 'Untertitel (WebVTT)', required: true },
    { name: 'caption', type: 'text', label: 'Bildunterschrift' },
    { name: 'transcript', type: 'richText', label: 'Transkript', required: true },
  ],
}

export const ContactCardBlock: Block = {
  slug: 'contactCard',
  labels: { singular: 'Kontaktkarte', plural: 'Kontaktkarten' },
  fields: [{ name: 'contact', type: 'relationship', relationTo: 'contacts', label: 'Kontakt', required: true }],
}

export const DocumentListBlock: Block = {
  slug: 'documentList',
  labels: { singular: 'Dokumentenliste', plural: 'Dokumentenlisten' },
  fields: [
    { name: 'topic', type: 'relationship', relationTo: 'topics', label: 'Dokumente zum Handlungsfeld' },
    { name: 'type', type: 'text', label: 'Nur diese Art (z. B. standard)' },
    { name: 'documents', type: 'relationship', relationTo: 'documents', hasMany: true, label: 'Oder diese Dokumente' },
  ],
}

export const EventListBlock: Block = {
  slug: 'eventList',
  labels: { singular: 'Terminliste', plural: 'Terminlisten' },
  fields: [
    { name: 'topic', type: 'relationship', relationTo: 'topics', label: 'Termine zum Handlungsfeld' },
    { name: 'limit', type: 'number', label: 'Höchstens so viele Termine', defaultValue: 5, min: 1, max: 50 },
  ],
}

export const OrganisationListBlock: Block = {
  slug: 'organisationList',
  labels: { singular: 'Organisationsliste', plural: 'Organisationslisten' },
  fields: [
    { name: 'field', type: 'relationship', relationTo: 'activity-fields', label: 'Nur mit diesem Tätigkeitsfeld' },
    { name: 'language', type: 'text', label: 'Nur mit dieser Sprache (Kürzel, z. B. tr)' },
    { name: 'district', type: 'text', label: 'Nur in diesem Stadtbezirk (z. B. sterkrade)' },
  ],
}

export const NetworkListBlock: Block = {
  slug: 'networkList',
  labels: { singular: 'Netzwerkliste', plural: 'Netzwerklisten' },
  fields: [
    {
      name: 'level',
      type: 'select',
      label: 'Ebene',
      options: [
        { label: 'Lokal', value: 'local' },
        { label: 'Regional', value: 'regional' },
      ],
    },
  ],
}

export const layoutBlocks: Block[] = [
  RichTextBlock,
  CalloutBlock,
  StepsBlock,
  FaqBlock,
  ImageBlock,
  VideoBlock,
  ContactCardBlock,
  DocumentListBlock,
  EventListBlock,
  OrganisationListBlock,
  NetworkListBlock,
]
