import { indicatorAreas, indicatorUnits } from '@ki/contract'
import type { Indicator } from '@ki/contract/payload-types'
import type { CollectionConfig, Validate } from 'payload'

import { anyone } from '../../access/anyone'
import { editors, editorsOrTranslators } from '../../access/roles'
import { keepTranslatorsOutOfSource, newEntriesStartInGerman } from '../../access/editorial'
import { selectOptions } from '../../fields/options'
import { sampleField } from '../../fields/sample'
import { slugField } from '../../fields/slug'
import { trackTranslations, translationFields } from '../../fields/translationStatus'
import { sitePreview } from '../SitePreviews'

/** Each year and breakdown appears once, and every breakdown used is declared. */
const consistentValues: Validate<unknown[], Indicator, Indicator> = (value, { siblingData }) => {
  // Payload types an array field's value as unknown[]; its rows are this collection's value rows.
  const rows = (value ?? []) as NonNullable<Indicator['values']>
  const declared = new Set(siblingData.breakdowns ?? [])
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
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['code', 'name', 'area', 'unit'],
    group: 'Integrationsmonitoring',
    // "Vorschau": the saved entry with the site's own templates, at an address that expires (../SitePreviews).
    preview: sitePreview('indicators'),
  },
  defaultSort: 'code',
  access: { read: anyone, create: editors, update: editorsOrTranslators, delete: editors },
  hooks: { beforeChange: [keepTranslatorsOutOfSource, newEntriesStartInGerman, trackTranslations] },
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
          options: selectOptions(indicatorAreas, {
            demografie: 'Demografie',
            'fruehe-bildung': 'Frühe Bildung',
            schule: 'Schule',
            'ausbildung-arbeit': 'Ausbildung und Arbeit',
            soziales: 'Soziales',
            partizipation: 'Partizipation',
            ikoe: 'Interkulturelle Öffnung',
          }),
        },
        {
          name: 'unit',
          type: 'select',
          label: 'Einheit',
          required: true,
          options: selectOptions(indicatorUnits, {
            percent: 'Prozent',
            count: 'Anzahl',
            per100: 'je 100',
            per1000: 'je 1.000',
          }),
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
