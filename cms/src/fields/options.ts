import { city, sourceLocale, spokenLanguageCodes, spokenLanguages } from '@ki/contract'

/**
 * A select field's options: the contract's values in the contract's order, each with the German label editors
 * see. `labels` must name every value, so a value added to the contract fails the CMS's type-check until it has one.
 */
export function selectOptions<Value extends string>(
  values: readonly Value[],
  labels: Record<Value, string>,
): { label: string; value: Value }[] {
  return values.map((value) => ({ label: labels[value], value }))
}

export const languageOptions = selectOptions(spokenLanguageCodes, spokenLanguages)

export const districtOptions = city.districts.map(({ value, names }) => ({ label: names[sourceLocale], value }))
