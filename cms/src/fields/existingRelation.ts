import { validations, type Field, type RelationshipField, type UploadField, type Validate } from 'payload'

type RelationField = RelationshipField | UploadField

/** The ids a relationship or upload value points at (single, hasMany, or already populated documents). */
function idsOf(value: unknown): (number | string)[] {
  const items = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]
  return items.flatMap((item) => {
    if (typeof item === 'number' || typeof item === 'string') return [item]
    const id = (item as { id?: number | string } | null)?.id
    return id === undefined ? [] : [id]
  })
}

/**
 * Payload's own check, plus: every id the field points at must exist. Without it a dangling id reaches the
 * database, which refuses it with a foreign-key error in SQL that no editor can read.
 */
const existingRelation: Validate<unknown, unknown, unknown, RelationField> = async (value, options) => {
  const base =
    options.type === 'upload'
      ? await validations.upload(value, options as Parameters<typeof validations.upload>[1])
      : await validations.relationship(value as never, options as Parameters<typeof validations.relationship>[1])
  if (base !== true || typeof options.relationTo !== 'string') return base
  const ids = idsOf(value)
  if (ids.length === 0) return true
  const { req, relationTo } = options
  const found = await req.payload.find({
    collection: relationTo,
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    select: {},
    overrideAccess: true,
    req,
  })
  const existing = new Set(found.docs.map((doc) => String(doc.id)))
  const missing = ids.filter((id) => !existing.has(String(id)))
  if (missing.length === 0) return true
  const labels = req.payload.collections[relationTo]?.config.labels
  const kind = typeof labels?.singular === 'string' ? labels.singular : relationTo
  return `Die Verknüpfung zeigt auf ${kind} mit der ID ${missing.join(', ')}, das es nicht (mehr) gibt. Bitte wählen Sie einen vorhandenen Eintrag aus.`
}

/** Gives every relationship and upload field in `fields` (nested ones included) the existence check, unless it has its own validation. */
export function withExistingRelations(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if ((field.type === 'relationship' || field.type === 'upload') && !field.validate)
      return { ...field, validate: existingRelation } as Field
    if (field.type === 'blocks')
      return {
        ...field,
        blocks: field.blocks.map((block) => ({ ...block, fields: withExistingRelations(block.fields) })),
      }
    if (field.type === 'tabs')
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withExistingRelations(tab.fields) })) }
    if ('fields' in field && Array.isArray(field.fields))
      return { ...field, fields: withExistingRelations(field.fields) } as Field
    return field
  })
}
