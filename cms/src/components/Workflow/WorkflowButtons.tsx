'use client'
import { Button, useConfig, useDocumentInfo, useFormFields, useFormModified } from '@payloadcms/ui'
import { useId, useState } from 'react'

type Props = {
  userId?: number
  reviews: boolean
  submits: boolean
  /** An organisation account: each of its saves is its submission (the save button says "Zur Prüfung einreichen"). */
  savesSubmit: boolean
  admin: boolean
  reviewRequired: boolean
}

const stateLabels: Record<string, string> = {
  draft: 'Entwurf',
  review: 'In Prüfung',
  published: 'Veröffentlicht',
  archived: 'Archiviert',
}

const idOf = (value: unknown): number | undefined => {
  if (typeof value === 'number') return value
  if (typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'number') return value.id
  return undefined
}

export function WorkflowButtons({ userId, reviews, submits, savesSubmit, admin, reviewRequired }: Props) {
  const { config } = useConfig()
  const { id, collectionSlug } = useDocumentInfo()
  const modified = useFormModified()
  const state = useFormFields(([fields]) => fields['workflow.state']?.value)
  const submittedBy = useFormFields(([fields]) => idOf(fields['workflow.submittedBy']?.value))
  const reviewComment = useFormFields(([fields]) => fields['workflow.reviewComment']?.value)
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const [writingComment, setWritingComment] = useState(false)
  const [comment, setComment] = useState('')
  const commentId = useId()

  if (id === undefined || id === null)
    return savesSubmit ? (
      <p>Mit „Zur Prüfung einreichen“ speichern Sie den Eintrag; die Redaktion prüft ihn und gibt ihn frei.</p>
    ) : (
      <p>Speichern Sie den Eintrag zuerst als Entwurf; dann können Sie ihn zur Prüfung einreichen.</p>
    )

  const current = typeof state === 'string' ? state : 'draft'
  const ownSubmission = submittedBy !== undefined && submittedBy === userId
  const mayApprove = reviews && (!ownSubmission || admin || !reviewRequired)

  const run = async (action: 'submit' | 'approve' | 'sendBack' | 'archive') => {
    setBusy(true)
    setMessage('')
    const response = await fetch(`${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/workflow`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action, comment: action === 'sendBack' ? comment : undefined }),
    }).catch(() => undefined)
    setBusy(false)
    if (!response) return setMessage('Das CMS ist nicht erreichbar.')
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { errors?: { message?: string }[] }
      return setMessage(body.errors?.[0]?.message ?? `Der Schritt wurde abgelehnt (HTTP ${response.status}).`)
    }
    // The form shows the saved entry with its new state.
    window.location.reload()
  }

  return (
    <div className="workflow-actions" data-workflow-state={current} style={{ marginBlockEnd: '1.5rem' }}>
      <p>
        Bearbeitungsstand: <strong data-workflow-label>{stateLabels[current] ?? current}</strong>
      </p>
      {current === 'draft' && typeof reviewComment === 'string' && reviewComment ? (
        <p role="note" data-review-comment>
          Zurückgegeben mit dem Hinweis: „{reviewComment}“
        </p>
      ) : null}
      {savesSubmit ? (
        <p>
          {current === 'review'
            ? 'Die Redaktion prüft Ihre Änderung. Weitere Änderungen reichen Sie ebenso mit „Zur Prüfung einreichen“ ein.'
            : 'Mit „Zur Prüfung einreichen“ speichern Sie Ihre Änderung; die Redaktion prüft sie und gibt sie frei.'}
        </p>
      ) : null}
      {modified && !savesSubmit ? (
        <p>Bitte speichern Sie Ihre Änderungen, bevor Sie den nächsten Schritt wählen.</p>
      ) : null}
      {submits && !savesSubmit && (current === 'draft' || current === 'archived') ? (
        <Button buttonStyle="primary" disabled={busy || modified} onClick={() => void run('submit')}>
          Zur Prüfung einreichen
        </Button>
      ) : null}
      {current === 'review' && reviews ? (
        <>
          {mayApprove ? (
            <Button buttonStyle="primary" disabled={busy || modified} onClick={() => void run('approve')}>
              Freigeben und veröffentlichen
            </Button>
          ) : (
            <p>Sie haben diesen Eintrag eingereicht; eine andere Person aus der Redaktion gibt ihn frei.</p>
          )}
          {writingComment ? (
            <div>
              <label htmlFor={commentId}>Hinweis an die Autorin oder den Autor</label>
              <textarea
                id={commentId}
                rows={4}
                value={comment}
                onChange={(event) => setComment(event.target.value)}
                style={{ inlineSize: '100%' }}
              />
              <Button buttonStyle="secondary" disabled={busy} onClick={() => void run('sendBack')}>
                Zurück an Autor/in senden
              </Button>
            </div>
          ) : (
            <Button buttonStyle="secondary" disabled={busy || modified} onClick={() => setWritingComment(true)}>
              Zurück an Autor/in
            </Button>
          )}
        </>
      ) : null}
      {reviews && current !== 'archived' && current !== 'review' ? (
        <Button buttonStyle="secondary" disabled={busy || modified} onClick={() => void run('archive')}>
          Archivieren
        </Button>
      ) : null}
      <p role="alert">{message}</p>
    </div>
  )
}
