import type { Block } from 'payload'

export const VideoBlock: Block = {
  slug: 'video',
  interfaceName: 'VideoBlock',
  labels: { singular: 'Video', plural: 'Videos' },
  fields: [
    { name: 'video', type: 'upload', relationTo: 'media', label: 'Videodatei (MP4/WebM)', required: true },
    { name: 'captions', type: 'upload', relationTo: 'media', label: 'Untertitel (WebVTT)', required: true },
    { name: 'caption', type: 'text', label: 'Bildunterschrift' },
    { name: 'transcript', type: 'richText', label: 'Transkript', required: true },
  ],
}
