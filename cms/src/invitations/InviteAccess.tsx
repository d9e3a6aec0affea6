'use client'
import { Button, useAuth, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useCallback, useEffect, useId, useState } from 'react'

type Status = { open: { email: string; expiresAt: string; expired: boolean } | null; accounts: string[] }

const germanDateTime = (iso: string) =>
  new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(
    new Date(iso),
  ) + ' Uhr'

const errorOf = async (response: Response) => {
  const body = (await response.json().catch(() => ({}))) as { errors?: { message?: string }[] }
  return body.errors?.[0]?.message ?? `Das hat nicht geklappt (HTTP ${response.status}).`
}

/** "Zugang einladen" in an organisation's sidebar (editors only): invite, see who has access, revoke. */
export function InviteAccess() {
  const { user } = useAuth()
  const { config } = useConfig()
  const { id } = useDocumentInfo()
  const contactEmail = useFormFields(([fields]) => fields['contact.email']?.value)
  const [email, setEmail] = useState('')
  const [status, setStatus] = useState<Status>()
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const inputId = useId()
  const api = `${config.serverURL}${config.routes.api}/invitations`
  const isEditor = Boolean(
    user &&
    'roles' in user &&
    Array.isArray(user.roles) &&
    user.roles.some((role) => role === 'admin' || role === 'editor'),
  )

  const load = useCallback(async () => {
    if (id === undefined || id === null) return
    const response = await fetch(`${api}/status?organisation=${id}`, { credentials: 'include' }).catch(() => undefined)
    if (response?.ok) setStatus((await response.json()) as Status)
  }, [api, id])

  useEffect(() => {
    if (isEditor) void load()
  }, [isEditor, load])
  useEffect(() => {
    if (typeof contactEmail === 'string' && contactEmail && !email) setEmail(contactEmail)
  }, [contactEmail, email])

  if (!isEditor) return null
  if (id === undefined || id === null)
    return <p>Speichern Sie die Organisation zuerst; dann können Sie die Ansprechperson einladen.</p>

  const post = async (action: 'invite' | 'revoke') => {
    setBusy(true)
    setMessage('')
    const response = await fetch(`${api}/${action}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ organisation: id, email }),
    }).catch(() => undefined)
    setBusy(false)
    if (!response) return setMessage('Das CMS ist nicht erreichbar.')
    setMessage(response.ok ? ((await response.json()) as { message: string }).message : await errorOf(response))
    await load()
  }

  return (
    <div className="invite-access" style={{ marginBlockEnd: '1.5rem' }}>
      <h3 style={{ marginBlockEnd: '.5rem' }}>Zugang für die Organisation</h3>
      {status && (
        <p>
          {status.accounts.length > 0 ? `Zugang: ${status.accounts.join(', ')}` : 'Noch kein Zugang.'}
          {status.open &&
            ` Offene Einladung an ${status.open.email}, ${status.open.expired ? 'abgelaufen am' : 'gültig bis'} ${germanDateTime(status.open.expiresAt)}.`}
        </p>
      )}
      <label htmlFor={inputId}>E-Mail der Ansprechperson</label>
      <input
        id={inputId}
        type="email"
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        style={{ display: 'block', inlineSize: '100%', marginBlock: '.25rem .5rem' }}
      />
      <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void post('invite')}>
        {status?.open ? 'Neu einladen' : 'Zugang einladen'}
      </Button>
      {status && (status.accounts.length > 0 || status.open) && (
        <Button buttonStyle="error" size="small" disabled={busy} onClick={() => void post('revoke')}>
          Zugang entziehen
        </Button>
      )}
      <p role="status" aria-live="polite">
        {message}
      </p>
    </div>
  )
}
