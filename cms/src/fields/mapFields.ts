import type { Config, Field } from 'payload'

/**
 * Applies `change` to every field in `fields`, nested ones included (groups, rows, collapsibles, arrays, tabs,
 * blocks), parents before their children: what the plugins that give many fields one behaviour walk.
 */
export function mapFields(fields: Field[], change: (field: Field) => Field): Field[] {
  return fields.map((original): Field => {
    const field = change(original)
    if (field.type === 'tabs')
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: mapFields(tab.fields, change) })) }
    if (field.type === 'blocks')
      return {
        ...field,
        blocks: field.blocks.map((block) => ({ ...block, fields: mapFields(block.fields, change) })),
      }
    if ('fields' in field) return { ...field, fields: mapFields(field.fields, change) }
    return field
  })
}

/** mapFields over every collection and global of a config. */
export const mapConfigFields = (config: Config, change: (field: Field) => Field): Config => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    fields: mapFields(collection.fields, change),
  })),
  globals: config.globals?.map((global) => ({ ...global, fields: mapFields(global.fields, change) })),
})
