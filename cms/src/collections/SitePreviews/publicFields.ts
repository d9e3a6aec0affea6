import type { FlattenedField, PayloadRequest } from 'payload'

type Data = Record<string, unknown>

const isData = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The values of a field: one per locale when `locale=all` gave it as `{ de: …, en: … }`, else itself. */
function perLocale(field: FlattenedField, value: unknown): unknown[] {
  return 'localized' in field && field.localized && isData(value) ? Object.values(value) : [value]
}

/**
 * Removes from `data` (an entry read with overrideAccess, every locale) each field whose read access an anonymous
 * reader fails (an organisation's contact details without consent), in groups, arrays and blocks too: a preview,
 * open to anyone with its address, shows what readers will see, not what staff see.
 */
export async function keepPublicFields(
  fields: FlattenedField[],
  data: Data,
  doc: Data,
  req: PayloadRequest,
): Promise<void> {
  const anonymous: PayloadRequest = { ...req, user: null }
  for (const field of fields) {
    if (!(field.name in data)) continue
    const read = 'access' in field ? field.access?.read : undefined
    if (read) {
      const allowed = await read({ req: anonymous, doc, siblingData: data, data: doc, id: doc.id as number })
      if (!allowed) {
        delete data[field.name]
        continue
      }
    }
    for (const value of perLocale(field, data[field.name])) {
      if (field.type === 'group' && isData(value)) await keepPublicFields(field.flattenedFields, value, doc, req)
      if (field.type === 'array' && Array.isArray(value))
        for (const row of value) if (isData(row)) await keepPublicFields(field.flattenedFields, row, doc, req)
      if (field.type === 'blocks' && Array.isArray(value))
        for (const row of value) {
          const block = isData(row) ? field.blocks.find((each) => each.slug === row.blockType) : undefined
          if (block && isData(row)) await keepPublicFields(block.flattenedFields, row, doc, req)
        }
    }
  }
}
