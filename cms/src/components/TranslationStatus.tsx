'use client'
import { useField, useLocale } from '@payloadcms/ui'
import type { TranslationState } from '@ki/contract'
import type { JSONFieldClientComponent } from 'payload'

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
