import { ValidationError, type Field, type FieldHook, type Plugin, type TypeWithID } from 'payload'

import { mapConfigFields } from '../fields/mapFields'

/**
 * The longest value each kind of field takes, unless the field names its own `maxLength`: text in characters,
 * rich text and JSON in characters of their stored (serialized) form. Generous for real content (the seed's
 * longest summary has 350 characters, its longest "Text je Seite" 8,400), small enough that no save can fill the
 * database or stall the site build.
 */
export const FIELD_LIMITS = { text: 1_000, textarea: 20_000, richText: 1_000_000, json: 5_000_000 } as const

type LimitedType = keyof typeof FIELD_LIMITS

const germanNumber = (value: number) => value.toLocaleString('de-DE')

/**
 * How long a value is, as the limit counts it: UTF-16 characters of a text (each of a text list; as Payload's own
 * maxLength counts), else of its serialized form.
 */
function measured(type: LimitedType, value: unknown): number {
  if (value === undefined || value === null) return 0
  if (type === 'text' || type === 'textarea') {
    const texts = Array.isArray(value) ? value : [value]
    return Math.max(0, ...texts.map((text) => (typeof text === 'string' ? text.length : 0)))
  }
  return JSON.stringify(value)?.length ?? 0
}

function labelOf(field: { name: string; label?: unknown }): string {
  const { label } = field
  if (typeof label === 'string') return label
  if (typeof label === 'object' && label !== null && 'de' in label && typeof label.de === 'string') return label.de
  return field.name
}

function limitHook(type: LimitedType, limit: number, label: string): FieldHook<TypeWithID, unknown> {
  return ({ value, path, collection, global }) => {
    const length = measured(type, value)
    if (length <= limit) return value
    const unit = type === 'text' || type === 'textarea' ? 'Zeichen' : 'Zeichen (gespeicherte Form)'
    const message = `„${label}“ ist zu lang: ${germanNumber(length)} ${unit}, erlaubt sind höchstens ${germanNumber(limit)}.`
    throw new ValidationError({
      ...(collection ? { collection: collection.slug } : { global: global?.slug ?? '' }),
      errors: [{ path: path.join('.'), message }],
    })
  }
}

const first = (hook: FieldHook<TypeWithID, unknown>, hooks: { beforeValidate?: FieldHook[] } | undefined) => ({
  ...hooks,
  beforeValidate: [hook, ...(hooks?.beforeValidate ?? [])],
})

function withLimit(field: Field): Field {
  switch (field.type) {
    case 'text':
    case 'textarea': {
      const limit = field.maxLength ?? FIELD_LIMITS[field.type]
      return { ...field, maxLength: limit, hooks: first(limitHook(field.type, limit, labelOf(field)), field.hooks) }
    }
    case 'richText':
    case 'json':
      return { ...field, hooks: first(limitHook(field.type, FIELD_LIMITS[field.type], labelOf(field)), field.hooks) }
    default:
      return field
  }
}

/**
 * Every text, textarea, rich-text and JSON field of every collection and global has a length limit (FIELD_LIMITS or
 * the field's own maxLength), checked before validation on every save (drafts, autosaves and hooks' own writes
 * included) and refused with a German message at the field.
 */
export const fieldLimits = (): Plugin => (config) => mapConfigFields(config, withLimit)
