import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createUser, login, rest, restRaw } from './fixtures'
import { startTestCms, type TestCms } from './payload'
import { startSmtpServer, waitForMessages, type SmtpTestServer } from './smtp'

let cms: TestCms
let smtp: SmtpTestServer
let editor: string
let organisation: number
const contact = 'kontakt@verein.example.org'
const password = 'Kanal Brücke Apfel 7'

beforeAll(async () => {
  smtp = await startSmtpServer()
  Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_SECURE: 'false' })
  cms = await startTestCms()
  await createUser(cms.payload, 'redaktion@example.org', ['editor'])
  editor = await login('redaktion@example.org')
  const created = await cms.payload.create({
    collection: 'organisations',
    data: { name: 'Verein Brücke', slug: 'verein-bruecke', district: 'sterkrade', _status: 'published' },
    locale: 'de',
    depth: 0,
    overrideAccess: true,
  })
  organisation = created.id
})
afterAll(async () => {
  await cms?.close()
  await smtp?.close()
  for (const name of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_SECURE']) delete process.env[name]
})

/** Invites the contact person as the editor and returns the link from the mail that arrived. */
async function invite(email = contact): Promise<string> {
  const before = smtp.messages().length
  const answer = await rest('POST', '/api/invitations/invite', { token: editor, json: { organisation, email } })
  expect(answer.status).toBe(201)
  const mail = (await waitForMessages(smtp, before + 1))[before]
  expect(mail.subject).toBe('Einladung: Zugang für Verein Brücke')
  const link = /href="([^"]+)"/.exec(typeof mail.html === 'string' ? mail.html : '')?.[1] ?? ''
  expect(link).toMatch(/^http:\/\/localhost:3000\/api\/invitations\/accept\?token=/)
  return new URL(link.replace(/&amp;/g, '&')).searchParams.get('token') ?? ''
}

/** Sends the invitation page's form, as the browser does (application/x-www-form-urlencoded). */
async function accept(token: string, chosen = password, repeat = chosen): Promise<{ status: number; text: string }> {
  const { default: config } = await import('../../src/payload.config')
  const request = new Request('http://localhost:3000/api/invitations/accept', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token, password: chosen, repeat }).toString(),
  })
  const response = await handleEndpoints({ config, request })
  return { status: response.status, text: await response.text() }
}

const accounts = async () =>
  (
    await cms.payload.find({
      collection: 'users',
      where: { organisation: { equals: organisation } },
      depth: 0,
      overrideAccess: true,
    })
  ).docs.map(({ email, roles }) => ({ email, roles }))

describe('inviting an organisation', () => {
  it('only an editor can invite; an address without @ is refused at the field', async () => {
    expect((await rest('POST', '/api/invitations/invite', { json: { organisation, email: contact } })).status).toBe(403)
    const bad = await rest('POST', '/api/invitations/invite', {
      token: editor,
      json: { organisation, email: 'kontakt' },
    })
    expect(bad).toEqual({
      status: 400,
      body: { errors: [{ message: 'Bitte geben Sie eine gültige E-Mail-Adresse an.', path: 'email' }] },
    })
  })

  it('the account exists only once the link is accepted; then the organisation can sign in', async () => {
    const token = await invite()
    expect(await accounts()).toEqual([])
    const form = await restRaw('GET', `/api/invitations/accept?token=${encodeURIComponent(token)}`)
    expect(form.status).toBe(200)
    expect(form.text).toContain('<h1>Zugang einrichten</h1>')
    expect(form.text).toContain(contact)
    const weak = await accept(token, 'kurz')
    expect(weak.status).toBe(400)
    expect(weak.text).toContain('Das Passwort muss mindestens 12 Zeichen lang sein.')
    expect(await accounts()).toEqual([])
    const done = await accept(token)
    expect(done.status).toBe(201)
    expect(done.text).toContain('Ihr Zugang ist eingerichtet')
    expect(await accounts()).toEqual([{ email: contact, roles: ['mso'] }])
    expect(typeof (await login(contact, password))).toBe('string')
  })

  it('a used, replaced, expired or forged link gets a German page and creates nothing', async () => {
    const first = await invite('zweite@verein.example.org')
    const second = await invite('zweite@verein.example.org')
    const replaced = await accept(first)
    expect([replaced.status, /<h1>([^<]+)<\/h1>/.exec(replaced.text)?.[1]]).toEqual([
      410,
      'Dieser Link gilt nicht mehr',
    ])
    const forged = await accept(`${second.split('.')[0]}.falsch`)
    expect([forged.status, /<h1>([^<]+)<\/h1>/.exec(forged.text)?.[1]]).toEqual([410, 'Dieser Link ist ungültig'])
    await cms.payload.update({
      collection: 'invitations',
      where: { email: { equals: 'zweite@verein.example.org' } },
      data: { expiresAt: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
    })
    const expired = await accept(second)
    expect([expired.status, /<h1>([^<]+)<\/h1>/.exec(expired.text)?.[1]]).toEqual([410, 'Dieser Link ist abgelaufen'])
    expect(await accounts()).toEqual([{ email: contact, roles: ['mso'] }])
    const third = await invite('dritte@verein.example.org')
    expect((await accept(third)).status).toBe(201)
    const reused = await accept(third)
    expect([reused.status, /<h1>([^<]+)<\/h1>/.exec(reused.text)?.[1]]).toEqual([
      410,
      'Dieser Link wurde bereits verwendet',
    ])
    expect(reused.text).not.toContain('Error')
  })

  it('revoking access deletes the accounts and ends their sessions', async () => {
    const session = await login(contact, password)
    expect((await rest('GET', '/api/users/me', { token: session })).body.user).toMatchObject({ email: contact })
    const revoked = await rest('POST', '/api/invitations/revoke', { token: editor, json: { organisation } })
    expect(revoked).toEqual({
      status: 200,
      body: { message: 'Zugang entzogen: 2 Konten gelöscht, offene Einladungen gelten nicht mehr.' },
    })
    expect(await accounts()).toEqual([])
    expect((await rest('GET', '/api/users/me', { token: session })).body.user).toBeNull()
  })
})
