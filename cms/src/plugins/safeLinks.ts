import type { Block, Field, Plugin } from 'payload'

import { safeRichTextLinks } from '../fields/url'

/** Gives every rich-text field in `fields` (nested ones included) the link check, unless it has its own validation. */
function withSafeLinks(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'richText') return field.validate ? field : { ...field, validate: safeRichTextLinks }
    if (field.type === 'blocks') return { ...field, blocks: field.blocks.map(withSafeLinksInBlock) }
    if (field.type === 'tabs')
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withSafeLinks(tab.fields) })) }
    if ('fields' in field) return { ...field, fields: withSafeLinks(field.fields) }
    return field
  })
}

function withSafeLinksInBlock(block: Block): Block {
  return { ...block, fields: withSafeLinks(block.fields) }
}

/**
 * Every link in every rich-text field goes to `https://`, `http://`, `mailto:`, `tel:` or a path on this site, checked
 * on save with a German message at the field (fields/url.ts); the site refuses the rest again when it renders.
 */
export const safeLinks = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    fields: withSafeLinks(collection.fields),
  })),
  globals: (config.globals ?? []).map((global) => ({ ...global, fields: withSafeLinks(global.fields) })),
})
