import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createUser, rest } from './fixtures'
import { startTestCms, type TestCms } from './payload'
import { startSmtpServer, waitForMessages, type SmtpTestServer } from './smtp'

let cms: TestCms
let smtp: SmtpTestServer

beforeAll(async () => {
  smtp = await startSmtpServer()
  Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_SECURE: 'false' })
  delete process.env.SMTP_FROM
  cms = await startTestCms()
})
afterAll(async () => {
  await cms?.close()
  await smtp?.close()
  for (const name of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_SECURE']) delete process.env[name]
})

describe('mail through SMTP', () => {
  it('a mail sent through payload.sendEmail arrives at the SMTP server, from the site settings sender', async () => {
    await cms.payload.updateGlobal({
      slug: 'site-settings',
      data: {
        siteName: 'KI Oberhausen (Test)',
        organisation: 'Stadt',
        email: 'ki@example.org',
        feedbackEmail: 'a11y@example.org',
      },
      locale: 'de',
      overrideAccess: true,
    })
    const before = smtp.messages().length
    await cms.payload.sendEmail({ to: 'empfang@example.org', subject: 'Probe', text: 'Grüße aus Oberhausen' })
    const mail = (await waitForMessages(smtp, before + 1))[before]
    expect(mail.subject).toBe('Probe')
    expect(mail.text?.trim()).toBe('Grüße aus Oberhausen')
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value.map(({ address }) => address) : []).toEqual([
      'empfang@example.org',
    ])
    expect(mail.from?.value).toEqual([{ address: 'ki@example.org', name: 'KI Oberhausen (Test)' }])
  })

  it('"Passwort vergessen?" sends a German mail whose link resets the password', async () => {
    const email = 'vergessen@example.org'
    await createUser(cms.payload, email, ['editor'])
    const before = smtp.messages().length
    const asked = await rest('POST', '/api/users/forgot-password', { json: { email } })
    expect(asked.status).toBe(200)
    const mail = (await waitForMessages(smtp, before + 1))[before]
    expect(mail.subject).toBe('Neues Passwort für die Redaktion')
    expect(mail.text).toContain('für Ihr Konto in der Redaktion wurde ein neues Passwort angefordert')
    const link = /href="([^"]+)"/.exec(typeof mail.html === 'string' ? mail.html : '')?.[1] ?? ''
    expect(link).toMatch(/^http:\/\/localhost:3000\/admin\/reset\/[0-9a-f]+$/)
    const token = link.split('/').pop()
    const reset = await rest('POST', '/api/users/reset-password', {
      json: { token, password: 'ein-neues-langes-kennwort-42' },
    })
    expect(reset.status).toBe(200)
    const signIn = await rest('POST', '/api/users/login', { json: { email, password: 'ein-neues-langes-kennwort-42' } })
    expect(signIn.status).toBe(200)
    const reused = await rest('POST', '/api/users/reset-password', {
      json: { token, password: 'noch-ein-kennwort-99x' },
    })
    expect(reused.status).toBe(403)
  })
})
