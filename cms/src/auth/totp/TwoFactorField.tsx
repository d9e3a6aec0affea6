'use client'
import { Button, useAuth, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useId, useState, type KeyboardEvent } from 'react'

type Setup = { secret: string; qrCode: string }
type Body = { message?: string; errors?: { message?: string }[] } & Partial<Setup> & { recoveryCodes?: string[] }

/**
 * "Zwei-Faktor-Anmeldung" in the account (own account: set up with QR code or key, confirm with a first code, see the
 * recovery codes once, switch off with a code) and in another account's entry for admins (reset). The form's
 * `totpEnabled` value is only read: the switch happens through auth/totp/endpoints.ts.
 */
export function TwoFactorField() {
  const { user } = useAuth()
  const { config } = useConfig()
  const { id, collectionSlug } = useDocumentInfo()
  const stored = useFormFields(([fields]) => fields.totpEnabled?.value === true)
  const [enabled, setEnabled] = useState<boolean>()
  const [setup, setSetup] = useState<Setup>()
  const [recoveryCodes, setRecoveryCodes] = useState<string[]>()
  const [code, setCode] = useState('')
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const codeId = useId()
  const isOn = enabled ?? stored
  const api = `${config.serverURL}${config.routes.api}/users`
  const own = collectionSlug === 'users' && Boolean(user) && id !== undefined && String(user?.id) === String(id)
  const isAdmin = Boolean(user && 'roles' in user && Array.isArray(user.roles) && user.roles.includes('admin'))

  const call = async (path: string, body?: object): Promise<Body | undefined> => {
    setBusy(true)
    setMessage('')
    const response = await fetch(`${api}${path}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body ?? {}),
    }).catch(() => undefined)
    setBusy(false)
    if (!response) {
      setMessage('Das CMS ist nicht erreichbar.')
      return undefined
    }
    const answer = (await response.json().catch(() => ({}))) as Body
    if (!response.ok) {
      setMessage(answer.errors?.[0]?.message ?? `Das hat nicht geklappt (HTTP ${response.status}).`)
      return undefined
    }
    setMessage(answer.message ?? '')
    return answer
  }

  const begin = async () => {
    const answer = await call('/totp/setup')
    if (answer?.secret && answer.qrCode) setSetup({ secret: answer.secret, qrCode: answer.qrCode })
  }
  const confirm = async () => {
    const answer = await call('/totp/confirm', { code })
    if (!answer) return
    setSetup(undefined)
    setCode('')
    setEnabled(true)
    setRecoveryCodes(answer.recoveryCodes)
  }
  const switchOff = async () => {
    if (!(await call('/totp/disable', { code }))) return
    setCode('')
    setEnabled(false)
    setRecoveryCodes(undefined)
  }
  const reset = async () => {
    if (await call(`/${String(id)}/totp/reset`)) setEnabled(false)
  }
  // Enter in the code field runs its button, not the save of the whole account form.
  const onEnter = (run: () => Promise<void>) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    void run()
  }

  const codeInput = (run: () => Promise<void>, hint: string) => (
    <>
      <label htmlFor={codeId} style={{ display: 'block', marginBlockStart: '.75rem' }}>
        {hint}
      </label>
      <input
        id={codeId}
        className="two-factor__code"
        autoComplete="one-time-code"
        value={code}
        onChange={(event) => setCode(event.target.value)}
        onKeyDown={onEnter(run)}
        style={{ display: 'block', inlineSize: '16rem', marginBlock: '.25rem .5rem' }}
      />
    </>
  )

  return (
    <section className="two-factor field-type" aria-labelledby={`${codeId}-title`} style={{ marginBlockEnd: '2rem' }}>
      <h3 id={`${codeId}-title`} style={{ marginBlockEnd: '.5rem' }}>
        Zwei-Faktor-Anmeldung
      </h3>
      <p>
        {isOn
          ? 'Eingeschaltet: Die Anmeldung verlangt außer dem Passwort einen Code aus der Authenticator-App.'
          : 'Ausgeschaltet: Die Anmeldung verlangt nur das Passwort.'}
      </p>
      {own && !isOn && !setup && (
        <>
          <p>
            Mit einer Authenticator-App (z. B. FreeOTP, Aegis, Google oder Microsoft Authenticator) schützen Sie Ihr
            Konto zusätzlich: Wer Ihr Passwort kennt, kommt ohne Ihr Telefon nicht hinein.
          </p>
          <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void begin()}>
            Zwei-Faktor-Anmeldung einrichten
          </Button>
        </>
      )}
      {own && setup && (
        <div className="two-factor__setup">
          <p>
            1. Scannen Sie den QR-Code mit Ihrer Authenticator-App oder geben Sie dort diesen Schlüssel ein
            (zeitbasiert, 6 Stellen, 30 Sekunden):
          </p>
          <img src={setup.qrCode} alt="QR-Code zum Einrichten der Authenticator-App" width={200} height={200} />
          <p>
            Schlüssel: <code className="two-factor__secret">{setup.secret}</code>
          </p>
          {codeInput(confirm, '2. Geben Sie den sechsstelligen Code ein, den die App jetzt anzeigt:')}
          <Button buttonStyle="primary" size="small" disabled={busy} onClick={() => void confirm()}>
            Bestätigen und einschalten
          </Button>
        </div>
      )}
      {own && recoveryCodes && (
        <div className="two-factor__recovery">
          <p>
            <strong>Ihre Wiederherstellungscodes</strong> – jeder gilt einmal anstelle eines Codes aus der App, wenn Sie
            Ihr Telefon nicht zur Hand haben. Sie werden nur jetzt angezeigt: Drucken Sie sie aus oder bewahren Sie sie
            sicher auf.
          </p>
          <ul className="two-factor__recovery-codes" style={{ fontFamily: 'monospace' }}>
            {recoveryCodes.map((recoveryCode) => (
              <li key={recoveryCode}>{recoveryCode}</li>
            ))}
          </ul>
          <Button buttonStyle="secondary" size="small" onClick={() => setRecoveryCodes(undefined)}>
            Ich habe die Codes gespeichert
          </Button>
        </div>
      )}
      {own && isOn && !recoveryCodes && (
        <>
          {codeInput(switchOff, 'Zum Ausschalten: aktueller Code aus der App oder ein Wiederherstellungscode')}
          <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void switchOff()}>
            Zwei-Faktor-Anmeldung ausschalten
          </Button>
        </>
      )}
      {!own && isAdmin && isOn && (
        <>
          <p>Hat die Person ihr Telefon und ihre Wiederherstellungscodes verloren, setzen Sie hier zurück.</p>
          <Button buttonStyle="error" size="small" disabled={busy} onClick={() => void reset()}>
            Zwei-Faktor-Anmeldung zurücksetzen
          </Button>
        </>
      )}
      <p role="status" aria-live="polite">
        {message}
      </p>
    </section>
  )
}
