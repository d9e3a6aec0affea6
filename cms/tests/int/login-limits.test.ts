import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ATTEMPTS_PER_CLIENT, FORGOT_PASSWORD_MS } from '../../src/collections/Users/loginLimits'
import { createUser, passwordOf, rejection, rest } from './fixtures'
import { startTestCms, type TestCms } from './payload'

let cms: TestCms
const admin = 'verwaltung@example.org'

beforeAll(async () => {
  cms = await startTestCms()
  await createUser(cms.payload, admin, ['admin'])
})
afterAll(async () => {
  await cms?.close()
})

type Answer = { status: number; body: unknown; ms: number }

/** A POST to /api/users/{action} from the client at `from`. */
async function post(action: 'login' | 'forgot-password', from: string, json: Record<string, string>): Promise<Answer> {
  const { default: config } = await import('../../src/payload.config')
  const request = new Request(`http://localhost:3000/api/users/${action}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': from },
    body: JSON.stringify(json),
  })
  const started = performance.now()
  const response = await handleEndpoints({ config, request })
  const body: unknown = await response.json()
  return { status: response.status, body, ms: performance.now() - started }
}

const login = (from: string, email: string, password: string) => post('login', from, { email, password })

describe('signing in', () => {
  it('wrong passwords from an attacker do not lock the owner out of the account', async () => {
    for (let n = 0; n < 5; n++) expect((await login('198.51.100.10', admin, `falsch-${n}`)).status).toBe(401)
    expect((await login('203.0.113.1', admin, passwordOf(admin))).status).toBe(200)
  })

  it('a client guessing too often is refused with a German message, other clients are not', async () => {
    for (let n = 0; n < ATTEMPTS_PER_CLIENT; n++)
      expect((await login('198.51.100.11', `niemand-${n}@example.org`, 'falsch')).status).toBe(401)
    const refused = await login('198.51.100.11', admin, passwordOf(admin))
    expect(refused.status).toBe(429)
    const [error] = (refused.body as { errors: { message: string }[] }).errors
    expect(error.message).toMatch(/^Zu viele Anmeldeversuche\. Bitte versuchen Sie es in \d+ Sekunden erneut\.$/)
    expect((await login('203.0.113.2', admin, passwordOf(admin))).status).toBe(200)
  })

  it('an account guessed at many times makes the next attempt wait a little, then lets its owner in', async () => {
    const owner = 'redaktion@example.org'
    await createUser(cms.payload, owner, ['editor'])
    for (let n = 0; n < 6; n++) await login(`198.51.100.${20 + n}`, owner, `falsch-${n}`)
    expect((await login('203.0.113.3', owner, passwordOf(owner))).status).toBe(429)
    await new Promise((resolve) => setTimeout(resolve, 2_100))
    expect((await login('203.0.113.3', owner, passwordOf(owner))).status).toBe(200)
  })

  it('an unknown account gets the same answer as a wrong password, in about the same time', async () => {
    const known = await login('198.51.100.30', admin, 'falsch')
    const unknown = await login('198.51.100.31', 'niemand@example.org', 'falsch')
    expect([unknown.status, unknown.body]).toEqual([known.status, known.body])
    // Medians of alternating samples, with loose bounds (the machine is shared); without the equal password check
    // the ratio is about 0.01.
    const knownMs: number[] = []
    const unknownMs: number[] = []
    for (let n = 0; n < 5; n++) {
      knownMs.push((await login(`198.51.100.${50 + n}`, admin, 'falsch')).ms)
      unknownMs.push((await login(`198.51.100.${60 + n}`, 'niemand@example.org', 'falsch')).ms)
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]
    expect(median(unknownMs) / median(knownMs)).toBeGreaterThan(0.3)
    expect(median(unknownMs) / median(knownMs)).toBeLessThan(3)
  })

  it('"Passwort vergessen" answers alike for known and unknown accounts, never faster than the floor', async () => {
    const known = await post('forgot-password', '198.51.100.40', { email: admin })
    const unknown = await post('forgot-password', '198.51.100.41', { email: 'niemand@example.org' })
    expect([unknown.status, unknown.body]).toEqual([known.status, known.body])
    expect(Math.min(known.ms, unknown.ms)).toBeGreaterThanOrEqual(FORGOT_PASSWORD_MS - 5)
  })
})

const withAddress =
  'Das Passwort darf Ihre E-Mail-Adresse und den Teil vor dem @ nicht enthalten: sie werden beim Erraten zuerst probiert.'

describe('choosing a password', () => {
  it('a short or common password is refused at the field, with a German message', async () => {
    const create = (password: string) =>
      cms.payload.create({
        collection: 'users',
        data: { email: 'neu@example.org', password, roles: ['editor'] },
        overrideAccess: true,
      })
    expect((await rejection(create('123'))).messages).toEqual([
      'Das Passwort muss mindestens 12 Zeichen lang sein. Tipp: mehrere Wörter, z. B. „Kanal Brücke Apfel 7“.',
    ])
    expect((await rejection(create('Passwort2024!'))).messages).toEqual([
      'Dieses Passwort steht auf den Listen, die beim Erraten zuerst probiert werden. Bitte wählen Sie ein anderes.',
    ])
    expect((await create('Kanal Brücke Apfel 7')).email).toBe('neu@example.org')
  })

  it("a password containing the account's e-mail address or the part before the @ is refused", async () => {
    const create = (password: string) =>
      cms.payload.create({
        collection: 'users',
        data: { email: 'Erika.Muster@example.org', password, roles: ['editor'] },
        overrideAccess: true,
      })
    expect((await rejection(create('erika.muster@example.org!'))).messages).toEqual([withAddress])
    expect((await rejection(create('Erika.Muster-2026-Kanal'))).messages).toEqual([withAddress])
    expect((await create('Kanal Brücke Apfel 7')).email).toBe('erika.muster@example.org')
  })

  it('changing the password later applies the same rule, with the stored address', async () => {
    const user = await createUser(cms.payload, 'wechsel@example.org', ['editor'])
    const change = (password: string) =>
      cms.payload.update({ collection: 'users', id: user.id, data: { password }, overrideAccess: true })
    expect((await rejection(change('Wechsel im Dezember 2026'))).messages).toEqual([withAddress])
    expect((await change('Kanal Brücke Apfel 8')).email).toBe('wechsel@example.org')
  })
})

describe('"Passwort zurücksetzen" (the link from the e-mail)', () => {
  const owner = 'zuruecksetzen@example.org'

  /** A reset token for the account, as the "Passwort vergessen" mail carries it. */
  const resetToken = async () => {
    const token = await cms.payload.forgotPassword({
      collection: 'users',
      data: { email: owner },
      disableEmail: true,
    })
    if (!token) throw new Error(`no reset token for ${owner}`)
    return token
  }
  const reset = async (password: string, token: string) => {
    const { status, body } = await rest('POST', '/api/users/reset-password', { json: { token, password } })
    const [error] = (body.errors ?? []) as { data?: { errors?: { path: string; message: string }[] } }[]
    return { status, fields: error?.data?.errors ?? [] }
  }

  beforeAll(async () => {
    await createUser(cms.payload, owner, ['editor'])
  })

  it('a short, common or address-containing new password is refused at the field; the old one still works', async () => {
    const token = await resetToken()
    expect(await reset('123', token)).toEqual({
      status: 400,
      fields: [
        {
          path: 'password',
          message:
            'Das Passwort muss mindestens 12 Zeichen lang sein. Tipp: mehrere Wörter, z. B. „Kanal Brücke Apfel 7“.',
        },
      ],
    })
    expect(await reset('Passwort2024!', token)).toEqual({
      status: 400,
      fields: [
        {
          path: 'password',
          message:
            'Dieses Passwort steht auf den Listen, die beim Erraten zuerst probiert werden. Bitte wählen Sie ein anderes.',
        },
      ],
    })
    expect(await reset('zuruecksetzen-im-Dezember', token)).toEqual({
      status: 400,
      fields: [{ path: 'password', message: withAddress }],
    })
    expect((await login('203.0.113.50', owner, passwordOf(owner))).status).toBe(200)
  })

  it('a good new password is set through the same token, and signs in', async () => {
    const token = await resetToken()
    expect((await reset('123', token)).status).toBe(400)
    expect((await reset('Kanal Brücke Apfel 9', token)).status).toBe(200)
    expect((await login('203.0.113.51', owner, 'Kanal Brücke Apfel 9')).status).toBe(200)
  })
})
