import type { CollectionConfig, Validate } from 'payload'

import { anyone } from '../../access/anyone'
import { editors, editorsOrTranslators } from '../../access/roles'
import { keepTranslatorsOutOfSource } from '../../access/editorial'
import { sampleField } from '../../fields/sample'
import { slugField } from '../../fields/slug'
import { trackTranslations, translationFields } from '../../fields/translationStatus'

type ValueRow = { year?: number; breakdown?: string; value?: number }

/** Each year and breakdown appears once, and every breakdown used is declared. */
const consistentValues: Validate<unknown[]> = (value, { siblingData }) => {
  const rows = (value ?? []) as ValueRow[]
  const declared = new Set((siblingData as { breakdowns?: string[] }).breakdowns ?? [])
  const seen = new Set<string>()
  for (const row of rows) {
    if (row.breakdown && declared.size > 0 && !declared.has(row.breakdown)) {
      return `Die Aufschlüsselung „${row.breakdown}“ (${row.year}) ist oben nicht aufgeführt.`
    }
    const key = `${row.year}|${row.breakdown ?? ''}`
    if (seen.has(key)) return `Für ${row.year} (${row.breakdown ?? 'gesamt'}) gibt es zwei Werte.`
    seen.add(key)
  }
  return true
}

/** The integration-monitoring indicator set and its values per reporting year. */
export const Indicators: CollectionConfig = {
  slug: 'indicators',
  labels: { singular: 'Indikator', plural: 'Indikatoren' },
  admin: { useAsTitle: 'name', defaultColumns: ['code', 'name', 'area', 'unit'], group: 'Integrationsmonitoring' },
  defaultSort: 'code',
  access: { read: anyone, create: editors, update: editorsOrTranslators, delete: editors },
  hooks: { beforeChange: [keepTranslatorsOutOfSource, trackTranslations] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'code', type: 'text', label: 'Kennung', required: true, unique: true },
        {
          name: 'area',
          type: 'select',
          label: 'Bereich',
          required: true,
          options: [
            { label: 'Demografie', value: 'demografie' },
            { label: 'Frühe Bildung', value: 'fruehe-bildung' },
            { label: 'Schule', value: 'schule' },
            { label: 'Ausbildung und Arbeit', value: 'ausbildung-arbeit' },
            { label: 'Soziales', value: 'soziales' },
            { label: 'Partizipation', value: 'partizipation' },
            { label: 'Interkulturelle Öffnung', value: 'ikoe' },
          ],
        },
        {
          name: 'unit',
          type: 'select',
          label: 'Einheit',
          required: true,
          options: [
            { label: 'Prozent', value: 'percent' },
            { label: 'Anzahl', value: 'count' },
            { label: 'je 100', value: 'per100' },
            { label: 'je 1.000', value: 'per1000' },
          ],
        },
      ],
    },
    { name: 'name', type: 'text', label: 'Name', required: true, localized: true },
    { name: 'definition', type: 'textarea', label: 'Definition', localized: true },
    { name: 'source', type: 'text', label: 'Datenquelle', required: true },
    { name: 'topic', type: 'relationship', relationTo: 'topics', label: 'Handlungsfeld' },
    { name: 'breakdowns', type: 'text', hasMany: true, label: 'Aufschlüsselungen' },
    {
      name: 'values',
      type: 'array',
      label: 'Werte je Berichtsjahr',
      validate: consistentValues,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'year', type: 'number', label: 'Jahr', required: true, min: 1990, max: 2100 },
            { name: 'breakdown', type: 'text', label: 'Aufschlüsselung' },
            { name: 'value', type: 'number', label: 'Wert', required: true },
          ],
        },
      ],
    },
    slugField('code', { localized: false }),
    sampleField,
    ...translationFields,
  ],
}
