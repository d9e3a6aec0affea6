/** The content blocks an editor can place on a page, by their `blockType`: one CMS config and one site renderer each. */
export const blockTypes = [
  'richText',
  'callout',
  'steps',
  'faq',
  'image',
  'video',
  'contactCard',
  'documentList',
  'eventList',
  'organisationList',
  'networkList',
] as const
export type BlockType = (typeof blockTypes)[number]
