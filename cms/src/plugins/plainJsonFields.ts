import type { Field, Plugin } from 'payload'

import { mapConfigFields } from '../fields/mapFields'

const TEXTAREA = '/components/JsonTextarea#JsonTextarea'

function plainJson(field: Field): Field {
  if (field.type === 'code' && !field.admin?.components?.Field)
    throw new Error(
      `payload.config: the code field "${field.name}" would load the Monaco editor from cdn.jsdelivr.net; give it admin.components.Field or use a textarea field`,
    )
  if (field.type !== 'json' || field.admin?.components?.Field) return field
  return { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Field: TEXTAREA } } }
}

/**
 * Every JSON field in the admin is a plain text area (components/JsonTextarea.tsx) instead of Payload's Monaco
 * editor, which its bundled loader fetches from cdn.jsdelivr.net; a code field (Monaco too) is a configuration error.
 */
export const plainJsonFields = (): Plugin => (config) => mapConfigFields(config, plainJson)
