'use client'
import { useField, useLocale } from '@payloadcms/ui'
import type { TranslationState } from '@ki/contract'
import type { DefaultCellComponentProps, JSONFieldClientComponent } from 'payload'

import { localeName } from '../admin/localeNames'

const LABELS: Record<TranslationState, string> = {
  current: 'aktuell',
  partial: 'teilweise übersetzt – einige Felder fehlen noch',
  outdated: 'veraltet – der deutsche Text wurde danach geändert',
  missing: 'fehlt',
}

/** Shows, per language, whether the translation is up to date — computed by the CMS, read-only. */
export const TranslationStatus: JSONFieldClientComponent = ({ path }) => {
  const { value } = useField<Record<string, TranslationState> | null>({ path: path ?? 'translationStatus' })
  const locale = useLocale()
  const entries = Object.entries(value ?? {})
  return (
    <div className="field-type translation-status" style={{ marginBlockEnd: '1.5rem' }}>
      <span className="field-label">Stand der Übersetzungen</span>
      {entries.length === 0 ? (
        <p>Wird nach dem ersten Speichern berechnet.</p>
      ) : (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {entries.map(([code, state]) => (
            <li key={code} style={{ fontWeight: code === locale?.code ? 700 : 400 }}>
              {localeName(code)}: {LABELS[state]}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

const SHORT: Record<TranslationState, string> = {
  current: 'aktuell',
  partial: 'teilweise',
  outdated: 'veraltet',
  missing: 'fehlt',
}

/** The list column: per state the languages in it, in words ("veraltet: Englisch, Türkisch"), not raw JSON. */
export function TranslationStatusCell({ cellData }: DefaultCellComponentProps) {
  const status = (cellData ?? {}) as Partial<Record<string, TranslationState>>
  const groups = (['outdated', 'partial', 'missing', 'current'] as const)
    .map((state) => [state, Object.keys(status).filter((code) => status[code] === state)] as const)
    .filter(([, codes]) => codes.length > 0)
  return (
    <span>{groups.map(([state, codes]) => `${SHORT[state]}: ${codes.map(localeName).join(', ')}`).join(' · ')}</span>
  )
}
