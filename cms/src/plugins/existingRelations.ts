import {
  validations,
  type Block,
  type Field,
  type Plugin,
  type RelationshipField,
  type RelationshipFieldValidation,
  type UploadFieldValidation,
  type ValidateOptions,
} from 'payload'

/** The ids a relationship or upload value points at (single, hasMany, or already populated documents). */
function idsOf(value: unknown): (number | string)[] {
  const items: unknown[] = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]
  return items.flatMap((item): (number | string)[] => {
    if (typeof item === 'number' || typeof item === 'string') return [item]
    if (typeof item === 'object' && item !== null && 'id' in item) {
      const { id } = item
      return typeof id === 'number' || typeof id === 'string' ? [id] : []
    }
    return []
  })
}

/**
 * Every id the value points at must exist. Without this check a dangling id reaches the database, which refuses it
 * with a foreign-key error in SQL that no editor can read.
 */
async function targetsExist(
  value: unknown,
  { req, relationTo }: Pick<ValidateOptions<unknown, unknown, RelationshipField, unknown>, 'req' | 'relationTo'>,
): Promise<string | true> {
  if (typeof relationTo !== 'string') return true
  const ids = idsOf(value)
  if (ids.length === 0) return true
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

/** Payload's own check of a relationship field, plus: every entry it points at exists. */
const existingRelationship: RelationshipFieldValidation = async (value, options) => {
  const base = await validations.relationship(value, options)
  return base === true ? targetsExist(value, options) : base
}

/** Payload's own check of an upload field, plus: every file it points at exists. */
const existingUpload: UploadFieldValidation = async (value, options) => {
  const base = await validations.upload(value, options)
  return base === true ? targetsExist(value, options) : base
}

/** Gives every relationship and upload field in `fields` (nested ones included) the existence check, unless it has its own validation. */
export function withExistingRelations(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'relationship') return field.validate ? field : { ...field, validate: existingRelationship }
    if (field.type === 'upload') return field.validate ? field : { ...field, validate: existingUpload }
    if (field.type === 'blocks') return { ...field, blocks: field.blocks.map(withExistingRelationsInBlock) }
    if (field.type === 'tabs')
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withExistingRelations(tab.fields) })) }
    if ('fields' in field) return { ...field, fields: withExistingRelations(field.fields) }
    return field
  })
}

function withExistingRelationsInBlock(block: Block): Block {
  return { ...block, fields: withExistingRelations(block.fields) }
}

/**
 * Every relationship and upload field of every collection, global and block must point at entries that exist:
 * checked in the field's validation, so an editor reads a German message instead of a database error.
 */
export const existingRelations = (): Plugin => (config) => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    fields: withExistingRelations(collection.fields),
  })),
  globals: config.globals?.map((global) => ({ ...global, fields: withExistingRelations(global.fields) })),
  blocks: config.blocks?.map(withExistingRelationsInBlock),
})
