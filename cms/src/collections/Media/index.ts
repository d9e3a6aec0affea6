import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { keepTranslatorsOutOfSource } from '../../access/editorial'
import { editors, editorsOrTranslators } from '../../access/roles'
import { sampleField } from '../../fields/sample'
import { rejectOversizedUpload } from '../../hooks/rejectOversizedUpload'
import { storeUnderDetectedType } from '../../hooks/storeUnderDetectedType'
import { uploadDir } from '../../storage'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Bild', plural: 'Bilder' },
  admin: { useAsTitle: 'alt', group: 'Inhalte' },
  access: {
    read: anyone,
    create: editors,
    update: editorsOrTranslators,
    delete: editors,
  },
  hooks: {
    beforeOperation: [rejectOversizedUpload, storeUnderDetectedType],
    beforeChange: [keepTranslatorsOutOfSource],
  },
  upload: {
    staticDir: uploadDir('media'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/avif', 'video/mp4', 'video/webm', 'text/vtt'],
    focalPoint: true,
    imageSizes: [
      { name: 'small', width: 480, formatOptions: { format: 'webp', options: { quality: 78 } } },
      { name: 'medium', width: 960, formatOptions: { format: 'webp', options: { quality: 78 } } },
      { name: 'large', width: 1600, formatOptions: { format: 'webp', options: { quality: 78 } } },
      { name: 'smallAvif', width: 480, formatOptions: { format: 'avif', options: { quality: 55 } } },
      { name: 'mediumAvif', width: 960, formatOptions: { format: 'avif', options: { quality: 55 } } },
      { name: 'largeAvif', width: 1600, formatOptions: { format: 'avif', options: { quality: 55 } } },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: 'Alternativtext',
      required: true,
      localized: true,
      validate: (value: string | null | undefined) =>
        value?.trim()
          ? true
          : 'Bitte beschreiben Sie, was auf dem Bild zu sehen ist (Alternativtext) – für Menschen, die es nicht sehen.',
      admin: {
        description:
          'Beschreibt, was auf dem Bild oder im Video zu sehen ist – für Menschen, die es nicht sehen. Pflicht in jeder veröffentlichten Sprache.',
      },
    },
    { name: 'caption', type: 'text', label: 'Bildunterschrift', localized: true },
    { name: 'credit', type: 'text', label: 'Bildnachweis' },
    sampleField,
  ],
}
