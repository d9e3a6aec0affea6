'use client'

import { useState } from 'react'

import type { ImportReport, UnitStatus } from '../importTranslations'

const statusLabels: Record<UnitStatus, { dryRun: string; done: string }> = {
  applied: { dryRun: 'wird übernommen', done: 'übernommen' },
  unchanged: { dryRun: 'unverändert', done: 'unverändert' },
  conflict: { dryRun: 'Konflikt', done: 'Konflikt' },
  error: { dryRun: 'Fehler', done: 'Fehler' },
}

type State =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'failed'; message: string } | { kind: 'report'; report: ImportReport }

async function send(file: File, locale: string, apply: boolean): Promise<ImportReport> {
  const response = await fetch(`/api/translations/xliff/import?locale=${locale}&apply=${apply ? '1' : '0'}`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/xml' },
    body: await file.text(),
  })
  const body: unknown = await response.json()
  if (response.ok && isReport(body)) return body
  const message = typeof body === 'object' && body !== null && 'message' in body ? String(body.message) : ''
  throw new Error(message || `Der Import hat nicht geantwortet (HTTP ${response.status}).`)
}

function isReport(body: unknown): body is ImportReport {
  return (
    typeof body === 'object' &&
    body !== null &&
    'units' in body &&
    Array.isArray(body.units) &&
    'errors' in body &&
    Array.isArray(body.errors) &&
    'counts' in body &&
    typeof body.counts === 'object' &&
    'written' in body &&
    typeof body.written === 'boolean'
  )
}

/** Upload, report, "Übernehmen". */
export function ImportForm({ languages }: { languages: { code: string; name: string }[] }) {
  const [file, setFile] = useState<File | null>(null)
  const [locale, setLocale] = useState('')
  const [state, setState] = useState<State>({ kind: 'idle' })

  const run = async (apply: boolean) => {
    if (!file || !locale) return
    setState({ kind: 'busy' })
    try {
      setState({ kind: 'report', report: await send(file, locale, apply) })
    } catch (failure) {
      setState({ kind: 'failed', message: failure instanceof Error ? failure.message : String(failure) })
    }
  }

  const report = state.kind === 'report' ? state.report : undefined
  const canApply =
    report !== undefined &&
    !report.written &&
    report.errors.length === 0 &&
    report.counts.error === 0 &&
    report.counts.applied > 0
  return (
    <div data-xliff-import>
      <p>
        <label htmlFor="xliff-import-file">XLIFF-Datei </label>
        <input
          id="xliff-import-file"
          type="file"
          accept=".xlf,.xliff,application/xliff+xml,application/xml,text/xml"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null)
            setState({ kind: 'idle' })
          }}
        />
      </p>
      <p>
        <label htmlFor="xliff-import-locale">Zielsprache der Datei </label>
        <select id="xliff-import-locale" value={locale} onChange={(event) => setLocale(event.target.value)} required>
          <option value="" disabled>
            Bitte wählen
          </option>
          {languages.map(({ code, name }) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </p>
      <button
        type="button"
        className="btn btn--style-secondary"
        disabled={!file || !locale || state.kind === 'busy'}
        onClick={() => void run(false)}
      >
        Datei prüfen
      </button>{' '}
      <button
        type="button"
        className="btn btn--style-primary"
        disabled={!canApply || state.kind === 'busy'}
        onClick={() => void run(true)}
      >
        Übernehmen
      </button>
      <div aria-live="polite">
        {state.kind === 'busy' ? <p>Wird geprüft …</p> : null}
        {state.kind === 'failed' ? <p role="alert">{state.message}</p> : null}
        {report ? (
          <div data-xliff-report data-written={report.written ? 'true' : 'false'}>
            <p>
              <strong>
                {report.written ? 'Gespeichert' : 'Prüfbericht (noch nichts gespeichert)'}: {report.counts.applied}{' '}
                {report.written ? 'übernommen' : 'zu übernehmen'}, {report.counts.unchanged} unverändert,{' '}
                {report.counts.conflict} Konflikte, {report.counts.error} Fehler
              </strong>
            </p>
            {report.errors.map((error) => (
              <p role="alert" key={error}>
                {error}
              </p>
            ))}
            {report.counts.error > 0 ? (
              <p role="alert">Die Datei enthält Fehler: Es wird nichts übernommen, bis sie behoben sind.</p>
            ) : null}
            {report.units.length > 0 ? (
              <table>
                <thead>
                  <tr>
                    <th scope="col">Eintrag</th>
                    <th scope="col">Stelle</th>
                    <th scope="col">Ergebnis</th>
                    <th scope="col">Hinweis</th>
                  </tr>
                </thead>
                <tbody>
                  {report.units.map((unit) => (
                    <tr key={unit.unit} data-unit={unit.unit} data-status={unit.status}>
                      <td>{unit.entry}</td>
                      <td>{unit.place}</td>
                      <td>{statusLabels[unit.status][report.written ? 'done' : 'dryRun']}</td>
                      <td>{unit.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  )
}
