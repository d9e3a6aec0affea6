import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ATTEMPTS_PER_CLIENT, FORGOT_PASSWORD_MS } from '../../src/collections/Users/loginLimits'
import { createUser, rejection } from './fixtures'
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
    expect((await login('203.0.113.1', admin, admin)).status).toBe(200)
  })

  it('a client guessing too often is refused with a German message, other clients are not', async () => {
    for (let n = 0; n < ATTEMPTS_PER_CLIENT; n++)
      expect((await login('198.51.100.11', `niemand-${n}@example.org`, 'falsch')).status).toBe(401)
    const refused = await login('198.51.100.11', admin, admin)
    expect(refused.status).toBe(429)
    const [error] = (refused.body as { errors: { message: string }[] }).errors
    expect(error.message).toMatch(/^Zu viele Anmeldeversuche\. Bitte versuchen Sie es in \d+ Sekunden erneut\.$/)
    expect((await login('203.0.113.2', admin, admin)).status).toBe(200)
  })

  it('an account guessed at many times makes the next attempt wait a little, then lets its owner in', async () => {
    const owner = 'redaktion@example.org'
    await createUser(cms.payload, owner, ['editor'])
    for (let n = 0; n < 6; n++) await login(`198.51.100.${20 + n}`, owner, `falsch-${n}`)
    expect((await login('203.0.113.3', owner, owner)).status).toBe(429)
    await new Promise((resolve) => setTimeout(resolve, 2_100))
    expect((await login('203.0.113.3', owner, owner)).status).toBe(200)
  })

  it('an unknown account gets the same answer as a wrong password, in about the same time', async () => {
    const known = await login('198.51.100.30', admin, 'falsch')
    const unknown = await login('198.51.100.31', 'niemand@example.org', 'falsch')
    expect([unknown.status, unknown.body]).toEqual([known.status, known.body])
    // Loose bounds (the machine is shared); without the equal password check the ratio is about 0.01.
    expect(unknown.ms / known.ms).toBeGreaterThan(0.3)
    expect(unknown.ms / known.ms).toBeLessThan(3)
  })

  it('"Passwort vergessen" answers alike for known and unknown accounts, never faster than the floor', async () => {
    const known = await post('forgot-password', '198.51.100.40', { email: admin })
    const unknown = await post('forgot-password', '198.51.100.41', { email: 'niemand@example.org' })
    expect([unknown.status, unknown.body]).toEqual([known.status, known.body])
    expect(Math.min(known.ms, unknown.ms)).toBeGreaterThanOrEqual(FORGOT_PASSWORD_MS - 5)
  })
})

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
})
