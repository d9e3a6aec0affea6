import type { UIFieldServerProps } from 'payload'

import { userHasRole } from '../../access/roles'
import { describeDecision, isSubmittedCollection, pendingChangeOf } from '../../mso/pendingChange'

const cell = { padding: '0.35rem 0.5rem', borderBlockEnd: '1px solid var(--theme-elevation-150)', verticalAlign: 'top' }
const text = { whiteSpace: 'pre-wrap' as const, overflowWrap: 'anywhere' as const }

/**
 * Above the form of an organisation or event: where its submitted change stands (eingereicht, freigegeben, abgelehnt
 * mit Begründung) and, field by field in every language, what the change would alter on the published entry. Editors
 * compare before "Freigeben und veröffentlichen" or "Zurück an Autor/in" (the rejection, with its reason); the
 * organisation sees its own submission the same way.
 */
export async function PendingChange({ payload, req, id, collectionSlug }: UIFieldServerProps) {
  if (id === undefined || id === null || !isSubmittedCollection(collectionSlug)) return null
  const pending = await pendingChangeOf(payload, req.user, collectionSlug, id)
  if (!pending) return null
  const staff = userHasRole(req, 'admin', 'editor')
  const { decision, changes } = pending
  if (decision.kind === 'draft' && changes.length === 0) return null
  return (
    <section
      aria-labelledby="pending-change-heading"
      data-pending-change={decision.kind}
      style={{ marginBlockEnd: '2rem', padding: '1rem', border: '1px solid var(--theme-elevation-200)' }}
    >
      <h3 id="pending-change-heading">{changes.length > 0 ? 'Eingereichte Änderung' : 'Letzte Einreichung'}</h3>
      <p data-decision>{describeDecision(decision)}</p>
      {changes.length > 0 ? (
        <>
          <p>
            {pending.published
              ? `${changes.length} ${changes.length === 1 ? 'Angabe weicht' : 'Angaben weichen'} von der veröffentlichten Fassung ab:`
              : 'Dieser Eintrag ist noch nicht veröffentlicht; alle Angaben sind neu:'}
          </p>
          <table data-comparison style={{ inlineSize: '100%', borderCollapse: 'collapse' }}>
            <thead>
              <tr>
                <th scope="col" style={{ ...cell, textAlign: 'start' }}>
                  Feld
                </th>
                <th scope="col" style={{ ...cell, textAlign: 'start' }}>
                  Sprache
                </th>
                <th scope="col" style={{ ...cell, textAlign: 'start' }}>
                  Veröffentlicht
                </th>
                <th scope="col" style={{ ...cell, textAlign: 'start' }}>
                  Eingereicht
                </th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={`${change.path}-${change.language ?? ''}`} data-field={change.path}>
                  <th scope="row" style={{ ...cell, textAlign: 'start' }}>
                    {change.label}
                  </th>
                  <td style={cell}>{change.language ?? '–'}</td>
                  <td style={{ ...cell, ...text }} data-before>
                    {change.before || <em>leer</em>}
                  </td>
                  <td style={{ ...cell, ...text }} data-after>
                    {change.after || <em>leer</em>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {staff && decision.kind === 'submitted' ? (
            <p>
              Freigeben oder ablehnen: rechts unter „Prüfung“ („Freigeben und veröffentlichen“ oder „Zurück an Autor/in“
              mit einer Begründung, die die Organisation per E-Mail erhält).
            </p>
          ) : null}
        </>
      ) : null}
      {staff ? (
        <p style={{ fontSize: '0.9rem' }}>
          Wer wann was geändert hat: Reiter „Versionen“ (jede Fassung mit „Zuletzt geändert von“).
        </p>
      ) : null}
    </section>
  )
}
