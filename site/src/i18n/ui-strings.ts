import { parse } from 'yaml'
import { localeCodes, type LocaleCode } from './locales.ts'

export type UiStrings = Record<string, Record<LocaleCode, string>>

/**
 * Parses ui.yaml and checks that every key has a non-empty text in every locale.
 * Throws with the key and the locale, so a missing translation stops the build instead of showing up as a blank.
 */
export function parseUiStrings(source: string): UiStrings {
  const parsed: unknown = parse(source)
  if (!isRecord(parsed)) throw new Error('ui.yaml: expected a mapping of keys to translations')
  const problems: string[] = []
  const strings: UiStrings = {}
  for (const [key, translations] of Object.entries(parsed)) {
    if (!isRecord(translations)) {
      problems.push(`"${key}" has no translations`)
      continue
    }
    const row = {} as Record<LocaleCode, string>
    for (const locale of localeCodes) {
      const text = translations[locale]
      if (typeof text !== 'string' || text.trim() === '') problems.push(`"${key}" is missing in locale "${locale}"`)
      else row[locale] = text
    }
    strings[key] = row
  }
  if (problems.length > 0) throw new Error(`ui.yaml: ${problems.join('; ')}`)
  return strings
}

/**
 * The strings with each district's name under `district.<value>`, as the city in the contract spells it in every
 * locale. ui.yaml holds no district names: a key it defines there is an error, so no second copy can drift.
 */
export function withDistrictNames(
  strings: UiStrings,
  districts: readonly { value: string; names: Record<LocaleCode, string> }[],
): UiStrings {
  const result = { ...strings }
  for (const { value, names } of districts) {
    const key = `district.${value}`
    if (key in strings)
      throw new Error(`ui.yaml: "${key}" is the city's district name; it comes from the contract's city`)
    result[key] = names
  }
  return result
}

/** Replaces `{name}` placeholders; a placeholder without a value is an error, never left in the page. */
export function interpolate(text: string, params: Record<string, string | number>, key: string): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name]
    if (value === undefined) throw new Error(`UI string "${key}" needs the parameter {${name}}`)
    return String(value)
  })
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
