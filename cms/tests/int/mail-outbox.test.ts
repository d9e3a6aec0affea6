import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { simpleParser } from 'mailparser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from './payload'

let cms: TestCms

beforeAll(async () => {
  for (const name of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_SECURE']) delete process.env[name]
  process.env.SMTP_FROM = 'KI Oberhausen <post@example.org>'
  cms = await startTestCms()
})
afterAll(async () => {
  delete process.env.SMTP_FROM
  await cms?.close()
})

describe('mail without SMTP', () => {
  it('a mail lands as an .eml file in the outbox folder under DATA_DIR, sent from SMTP_FROM', async () => {
    await cms.payload.sendEmail({ to: 'empfang@example.org', subject: 'Ohne Server', text: 'Liegt im Postausgang' })
    const outbox = join(cms.dataDir, 'outbox')
    const files = readdirSync(outbox)
    expect(files).toHaveLength(1)
    expect(files[0]).toMatch(/\.eml$/)
    const mail = await simpleParser(readFileSync(join(outbox, files[0])))
    expect(mail.subject).toBe('Ohne Server')
    expect(mail.text?.trim()).toBe('Liegt im Postausgang')
    expect(mail.from?.value).toEqual([{ address: 'post@example.org', name: 'KI Oberhausen' }])
  })
})
