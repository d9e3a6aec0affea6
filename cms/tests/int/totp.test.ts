import type { User } from '@ki/contract/payload-types'
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { CODE_MISSING, CODE_WRONG } from '../../src/auth/totp/login'
import { base32Decode, totp } from '../../src/auth/totp/rfc6238'
import { FREE_FAILURES } from '../../src/collections/Users/loginLimits'
import { createUser, passwordOf } from './fixtures'
import { startTestCms, type TestCms } from './payload'

let cms: TestCms
const admin = 'verwaltung@example.org'

// Only Date is faked: each test moves the clock on by whole 30-second steps, so every code is one the app would show.
let now = 0
const tick = (steps = 1) => {
  now += steps * 30_000
  vi.setSystemTime(now)
}

beforeAll(async () => {
  cms = await startTestCms()
  await createUser(cms.payload, admin, ['admin'])
  vi.useFakeTimers({ toFake: ['Date'] })
  now = Math.ceil(Date.now() / 30_000) * 30_000 + 5_000
  vi.setSystemTime(now)
})
afterAll(async () => {
  vi.useRealTimers()
  await cms?.close()
})

type Answer = { status: number; body: Record<string, unknown>; cookie: string | null }

let client = 0
/** A JSON POST to /api{path} as Payload's REST route gets it, from its own client address unless `from` is given. */
async function post(path: string, json: object, { token, from }: { token?: string; from?: string } = {}) {
  const { default: config } = await import('../../src/payload.config')
  const headers = new Headers({ 'Content-Type': 'application/json', 'X-Forwarded-For': from ?? `198.18.0.${++client}` })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const request = new Request(`http://localhost:3000/api${path}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(json),
  })
  const response = await handleEndpoints({ config, request })
  const body = (await response.json()) as Record<string, unknown>
  return { status: response.status, body, cookie: response.headers.get('set-cookie') } satisfies Answer
}

const login = (email: string, totpCode?: string, from?: string) =>
  post(
    '/users/login',
    { email, password: passwordOf(email), ...(totpCode === undefined ? {} : { totp: totpCode }) },
    { from },
  )

const messageOf = (answer: Answer) => (answer.body.errors as { message: string }[] | undefined)?.[0]?.message
const tokenOf = async (email: string) => (await login(email)).body.token as string
const codeAt = (secret: string, ms = now) => totp(base32Decode(secret), ms)
const stored = (id: number) =>
  cms.payload.db.findOne<User>({ collection: 'users', where: { id: { equals: id } } }).then((user) => user!)

/** An account with the second factor switched on through the endpoints, as the admin's account view does it. */
async function enrolled(email: string) {
  const user = await createUser(cms.payload, email, ['editor'])
  const token = await tokenOf(email)
  const setup = await post('/users/totp/setup', {}, { token })
  const secret = setup.body.secret as string
  const confirmed = await post('/users/totp/confirm', { code: codeAt(secret) }, { token })
  expect(confirmed.status).toBe(200)
  tick()
  return { id: user.id, token, secret, recoveryCodes: confirmed.body.recoveryCodes as string[] }
}

describe('Zwei-Faktor-Anmeldung', () => {
  it('an account without a second factor signs in with the password alone, and gets its cookie', async () => {
    await createUser(cms.payload, 'ohne@example.org', ['editor'])
    const answer = await login('ohne@example.org')
    expect(answer.status).toBe(200)
    expect(answer.cookie).toMatch(/^payload-token=ey[\w-]+\.[\w-]+\.[\w-]+;/)
  })

  it('setting up shows a key and a QR code drawn here, and changes nothing until a code confirms it', async () => {
    const user = await createUser(cms.payload, 'anna@example.org', ['editor'])
    const token = await tokenOf('anna@example.org')
    const setup = await post('/users/totp/setup', {}, { token })
    expect(setup.status).toBe(200)
    const secret = setup.body.secret as string
    expect(secret).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/)
    expect(base32Decode(secret)).toHaveLength(20)
    expect(setup.body.uri).toBe(
      `otpauth://totp/Integrationsportal%20Oberhausen%3Aanna%40example.org?secret=${secret.replace(/ /g, '')}&issuer=Integrationsportal+Oberhausen&algorithm=SHA1&digits=6&period=30`,
    )
    const qr = setup.body.qrCode as string
    expect(qr.startsWith('data:image/svg+xml;base64,')).toBe(true)
    const svg = Buffer.from(qr.slice(qr.indexOf(',') + 1), 'base64').toString()
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/)
    expect((await login('anna@example.org')).status).toBe(200)

    const wrong = await post(
      '/users/totp/confirm',
      { code: '000000' === codeAt(secret) ? '111111' : '000000' },
      { token },
    )
    expect([wrong.status, messageOf(wrong)]).toEqual([
      400,
      'Der Code stimmt nicht. Bitte geben Sie den Code ein, den Ihre Authenticator-App gerade anzeigt.',
    ])
    expect((await stored(user.id)).totpEnabled).toBe(false)

    const confirmed = await post('/users/totp/confirm', { code: codeAt(secret) }, { token })
    expect(confirmed.status).toBe(200)
    expect(confirmed.body.message).toBe('Die Zwei-Faktor-Anmeldung ist eingeschaltet.')
    expect(confirmed.body.recoveryCodes).toHaveLength(10)
    const again = await post('/users/totp/setup', {}, { token })
    expect([again.status, messageOf(again)]).toEqual([
      409,
      'Die Zwei-Faktor-Anmeldung ist bereits eingeschaltet. Um ein anderes Gerät zu verwenden, schalten Sie sie zuerst aus.',
    ])
  })

  it('the secret and the recovery codes are in no API answer, and not as text in the database', async () => {
    const { id, token, secret, recoveryCodes } = await enrolled('geheim@example.org')
    const adminToken = await tokenOf(admin)
    const { default: config } = await import('../../src/payload.config')
    for (const [path, as] of [
      ['/api/users/me', token],
      [`/api/users/${id}`, token],
      [`/api/users/${id}`, adminToken],
      ['/api/users?limit=100', adminToken],
    ] as const) {
      const request = new Request(`http://localhost:3000${path}`, { headers: { Authorization: `JWT ${as}` } })
      const text = await (await handleEndpoints({ config, request })).text()
      expect(text).toContain('"totpEnabled":true')
      expect(text).not.toMatch(/totpSecret|totpPendingSecret|totpLastStep|totpRecoveryCodes/)
    }
    const row = JSON.stringify(await stored(id))
    expect(row).not.toContain(secret.replace(/ /g, ''))
    for (const code of recoveryCodes) expect(row).not.toContain(code)
  })

  it('the second factor cannot be switched off or replaced through a plain account update', async () => {
    const { id, token } = await enrolled('patch@example.org')
    const { default: config } = await import('../../src/payload.config')
    const request = new Request(`http://localhost:3000/api/users/${id}`, {
      method: 'PATCH',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ totpEnabled: false, totpSecret: 'GEZDGNBVGY3TQOJQ', totpRecoveryCodes: [] }),
    })
    expect((await handleEndpoints({ config, request })).status).toBe(200)
    const after = await stored(id)
    expect(after.totpEnabled).toBe(true)
    expect(after.totpSecret).not.toBe('GEZDGNBVGY3TQOJQ')
    expect(after.totpRecoveryCodes).toHaveLength(10)
  })

  it('without a code the login is refused in German and no session cookie is set', async () => {
    await enrolled('bernd@example.org')
    const answer = await login('bernd@example.org')
    expect([answer.status, messageOf(answer), answer.cookie]).toEqual([401, CODE_MISSING, null])
    expect(answer.body.token).toBeUndefined()
  })

  it('a wrong code, or one from two steps ago, is refused in German without a cookie', async () => {
    const { secret } = await enrolled('clara@example.org')
    for (const code of ['123456', codeAt(secret, now - 60_000), 'AAAA-BBBB-CCCC-DDDD', 'irgendwas']) {
      if (code === codeAt(secret)) continue
      const answer = await login('clara@example.org', code)
      expect([answer.status, messageOf(answer), answer.cookie]).toEqual([401, CODE_WRONG, null])
    }
  })

  it('the current code signs in; the same code again is refused (no replay)', async () => {
    const { secret } = await enrolled('dora@example.org')
    const code = codeAt(secret)
    const first = await login('dora@example.org', code)
    expect(first.status).toBe(200)
    expect(first.cookie).toMatch(/^payload-token=ey/)
    const replay = await login('dora@example.org', code)
    expect([replay.status, messageOf(replay), replay.cookie]).toEqual([401, CODE_WRONG, null])
    tick()
    expect((await login('dora@example.org', codeAt(secret))).status).toBe(200)
  })

  it('two logins sent at once with the same code: only one gets in', async () => {
    const { secret } = await enrolled('emil@example.org')
    const code = codeAt(secret)
    const answers = await Promise.all([login('emil@example.org', code), login('emil@example.org', code)])
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 401])
  })

  it('a code from the phone running 30 s behind or ahead still signs in', async () => {
    const { secret } = await enrolled('fritz@example.org')
    tick()
    expect((await login('fritz@example.org', codeAt(secret, now - 30_000))).status).toBe(200)
    expect((await login('fritz@example.org', codeAt(secret, now + 30_000))).status).toBe(200)
  })

  it('a recovery code signs in once, in any spelling; then it is used up', async () => {
    const { id, recoveryCodes } = await enrolled('gerda@example.org')
    const [code] = recoveryCodes
    expect((await login('gerda@example.org', code.toLowerCase().replace(/-/g, ' '))).status).toBe(200)
    const again = await login('gerda@example.org', code)
    expect([again.status, messageOf(again)]).toEqual([401, CODE_WRONG])
    expect((await stored(id)).totpRecoveryCodes).toHaveLength(9)
  })

  it('wrong codes count as failed sign-ins: after a few the account waits, then its owner gets in', async () => {
    const { secret } = await enrolled('hanna@example.org')
    for (let n = 0; n <= FREE_FAILURES; n++) {
      const wrong = String((Number(codeAt(secret)) + 1 + n) % 1_000_000).padStart(6, '0')
      expect((await login('hanna@example.org', wrong)).status).toBe(401)
    }
    const waiting = await login('hanna@example.org', codeAt(secret))
    expect(waiting.status).toBe(429)
    expect(messageOf(waiting)).toMatch(/^Zu viele Anmeldeversuche\. Bitte versuchen Sie es in \d+ Sekunden erneut\.$/)
    expect(waiting.cookie).toBeNull()
    tick()
    expect((await login('hanna@example.org', codeAt(secret))).status).toBe(200)
  })

  it('switching off needs a current code; afterwards the password alone signs in', async () => {
    const { token, secret } = await enrolled('ida@example.org')
    const refused = await post('/users/totp/disable', { code: '' }, { token })
    expect([refused.status, messageOf(refused)]).toEqual([
      400,
      'Der Code stimmt nicht. Bitte geben Sie den Code ein, den Ihre Authenticator-App gerade anzeigt.',
    ])
    expect((await login('ida@example.org')).status).toBe(401)
    const off = await post('/users/totp/disable', { code: codeAt(secret) }, { token })
    expect([off.status, off.body.message]).toEqual([200, 'Die Zwei-Faktor-Anmeldung ist ausgeschaltet.'])
    expect((await login('ida@example.org')).status).toBe(200)
  })

  it('an admin resets another account; an editor cannot, and an admin not their own', async () => {
    const { id, token } = await enrolled('jan@example.org')
    const editorTry = await post(`/users/${id}/totp/reset`, {}, { token })
    expect([editorTry.status, messageOf(editorTry)]).toEqual([
      403,
      'Nur die Administration kann die Zwei-Faktor-Anmeldung anderer Konten zurücksetzen.',
    ])
    const adminUser = await cms.payload.find({ collection: 'users', where: { email: { equals: admin } }, depth: 0 })
    const adminToken = await tokenOf(admin)
    expect((await post(`/users/${adminUser.docs[0].id}/totp/reset`, {}, { token: adminToken })).status).toBe(403)
    const reset = await post(`/users/${id}/totp/reset`, {}, { token: adminToken })
    expect([reset.status, reset.body.message]).toEqual([
      200,
      'Die Zwei-Faktor-Anmeldung dieses Kontos ist zurückgesetzt.',
    ])
    expect((await login('jan@example.org')).status).toBe(200)
  })

  it('"Passwort zurücksetzen" keeps the new password but hands out no session: the next login asks for the code', async () => {
    const { secret } = await enrolled('karl@example.org')
    const token = await cms.payload.forgotPassword({
      collection: 'users',
      data: { email: 'karl@example.org' },
      disableEmail: true,
    })
    const password = 'Neues Kennwort Brücke 42'
    const reset = await post('/users/reset-password', { token, password })
    expect(reset.status).toBe(200)
    expect(reset.body.token).toBeUndefined()
    expect(reset.cookie).toMatch(/^payload-token=;/)
    const withoutCode = await post('/users/login', { email: 'karl@example.org', password })
    expect([withoutCode.status, messageOf(withoutCode)]).toEqual([401, CODE_MISSING])
    const withCode = await post('/users/login', { email: 'karl@example.org', password, totp: codeAt(secret) })
    expect(withCode.status).toBe(200)
  })
})
