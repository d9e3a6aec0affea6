import { city } from '@ki/contract'
import source from './ui.yaml?raw'
import type { LocaleCode } from './locales.ts'
import { interpolate, parseUiStrings, withDistrictNames } from './ui-strings.ts'

const strings = withDistrictNames(parseUiStrings(source), city.districts)

/** The UI text for `key` in `locale`, with `{placeholders}` filled from `params`. */
export function t(locale: LocaleCode, key: string, params: Record<string, string | number> = {}): string {
  const row = strings[key]
  if (!row) throw new Error(`UI string "${key}" does not exist in src/i18n/ui.yaml`)
  return interpolate(row[locale], params, key)
}

/** True when `key` has a text (ui.yaml or the city's district names): for texts that exist for some values only. */
export function hasUiString(key: string): boolean {
  return key in strings
}
