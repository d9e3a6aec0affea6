import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { deleteClosedPersonalData } from '../../src/collections/ReaderMessages/deletePersonalData'
import { MESSAGES_PER_MINUTE } from '../../src/collections/ReaderMessages/send'
import { openReaderMessages } from '../../src/components/ReviewOverview/lists'
import { createUser, login, rest, samplePdf, type TestUser } from './fixtures'
import { startTestCms, type TestCms } from './payload'
import { startSmtpServer, waitForMessages, type SmtpTestServer } from './smtp'

let cms: TestCms
let smtp: SmtpTestServer
let editor: TestUser
let editorToken: string
let documentId: number

const SITE = 'http://localhost:5411'

beforeAll(async () => {
  smtp = await startSmtpServer()
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_SECURE: 'false',
    SITE_URL: SITE,
  })
  cms = await startTestCms()
  editor = await createUser(cms.payload, 'redaktion@example.org', ['editor'])
  editorToken = await login('redaktion@example.org')
  const document = await cms.payload.create({
    collection: 'documents',
    data: {
      title: 'Integrationsbericht',
      slug: 'integrationsbericht',
      type: 'report',
      year: 2024,
      publisher: 'Stadt Oberhausen',
      fileLanguages: ['de'],
      _status: 'published',
    },
    file: await samplePdf(['# Bericht\n\nDer Text des Berichts.']),
    locale: 'de',
    depth: 0,
    overrideAccess: true,
  })
  documentId = document.id
})
afterAll(async () => {
  await cms?.close()
  await smtp?.close()
  for (const name of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_SECURE', 'SITE_URL']) delete process.env[name]
})

/** What a page's form sends, as a browser does: urlencoded, from one client address, with its user agent. */
async function send(
  fields: Record<string, string>,
  { from = '203.0.113.20', json = false }: { from?: string; json?: boolean } = {},
): Promise<Response> {
  const { default: config } = await import('../../src/payload.config')
  const request = new Request('http://localhost:3000/api/reader-messages/send', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'X-Forwarded-For': from,
      'User-Agent': 'Mozilla/5.0 Testbrowser',
      ...(json ? { Accept: 'application/json' } : {}),
    },
    body: new URLSearchParams(fields).toString(),
  })
  return handleEndpoints({ config, request })
}

const stored = async () =>
  (
    await cms.payload.find({
      collection: 'reader-messages',
      sort: 'createdAt',
      limit: 100,
      depth: 0,
      overrideAccess: true,
    })
  ).docs

const page = '/de/dokumente/integrationsbericht/'

describe('what readers send from a page', () => {
  it('a "Nein" without JavaScript is stored with its page and language and sends the reader back to the thanks', async () => {
    const answer = await send(
      { kind: 'not-helpful', page, locale: 'tr', entry: `documents:${documentId}`, text: 'Zu schwer zu lesen' },
      { from: '203.0.113.21' },
    )
    expect(answer.status).toBe(303)
    expect(answer.headers.get('location')).toBe(`${SITE}${page}#rueckmeldung-danke`)
    expect(answer.headers.get('set-cookie')).toBeNull()
    const [message] = await stored()
    expect(message).toMatchObject({
      kind: 'not-helpful',
      pageAddress: page,
      locale: 'tr',
      entry: { relationTo: 'documents', value: documentId },
      text: 'Zu schwer zu lesen',
      state: 'open',
      personalDataRemoved: false,
    })
    expect(JSON.stringify(message)).not.toContain('203.0.113.21')
    expect(JSON.stringify(message)).not.toContain('Mozilla')
  })

  it('an error report has its e-mail addresses and phone numbers cut out before it is stored', async () => {
    const answer = await send(
      {
        kind: 'error',
        page: '/de/kita/',
        locale: 'de',
        text: 'Die Telefonnummer 0208 825 1234 stimmt nicht, schreiben Sie mir an max.muster@example.org bitte.',
      },
      { from: '203.0.113.22', json: true },
    )
    expect(answer.status).toBe(201)
    expect(await answer.json()).toEqual({ message: 'Vielen Dank für Ihre Nachricht.' })
    expect(answer.headers.get('set-cookie')).toBeNull()
    const message = (await stored()).at(-1)
    expect(message?.text).toBe('Die Telefonnummer […] stimmt nicht, schreiben Sie mir an […] bitte.')
    expect(message?.personalDataRemoved).toBe(true)
    expect(message?.entry ?? null).toBeNull()
  })

  it('a form with a problem gets 400 with a German message and stores nothing', async () => {
    const before = (await stored()).length
    const from = { from: '203.0.113.23', json: true }
    const answers = await Promise.all([
      send({ kind: 'error', page: '/de/kita/', locale: 'de', text: '   ' }, from),
      send({ kind: 'praise', page: '/de/kita/', locale: 'de' }, from),
      send({ kind: 'helpful', page: 'https://elsewhere.example/', locale: 'de' }, from),
      send({ kind: 'helpful', page: '/de/kita/', locale: 'xx' }, from),
      send({ kind: 'error', page: '/de/kita/', locale: 'de', text: 'x'.repeat(501) }, from),
    ])
    const bodies = (await Promise.all(answers.map((answer) => answer.json()))) as {
      errors: { message: string; field: string }[]
    }[]
    expect(answers.map((answer) => answer.status)).toEqual([400, 400, 400, 400, 400])
    expect(bodies.map((body) => body.errors[0].field)).toEqual(['text', 'kind', 'page', 'locale', 'text'])
    expect(bodies[0].errors[0].message).toBe('Bitte beschreiben Sie kurz, was auf der Seite falsch ist.')
    expect(bodies[4].errors[0].message).toBe('Der Text ist zu lang: höchstens 500 Zeichen, Ihrer hat 501.')
    expect((await stored()).length).toBe(before)
  })

  it('without JavaScript a problem is a small German page with the way back to the page', async () => {
    const answer = await send({ kind: 'error', page: '/de/kita/', locale: 'de' }, { from: '203.0.113.24' })
    expect(answer.status).toBe(400)
    const html = await answer.text()
    expect(html).toContain('<h1>Ihre Nachricht wurde nicht gesendet</h1>')
    expect(html).toContain(`<a href="${SITE}/de/kita/">Zurück zur Seite</a>`)
  })

  it('a body over 8 kB gets 413', async () => {
    const answer = await send(
      { kind: 'error', page: '/de/kita/', locale: 'de', text: 'ä'.repeat(2000) },
      { from: '203.0.113.25' },
    )
    expect(answer.status).toBe(413)
  })

  it(`one client sending more than ${MESSAGES_PER_MINUTE} messages a minute is told to wait; others are not`, async () => {
    const fields = { kind: 'helpful', page: '/de/sport/', locale: 'de' }
    const statuses: number[] = []
    for (let index = 0; index <= MESSAGES_PER_MINUTE; index++)
      statuses.push((await send(fields, { from: '198.51.100.9', json: true })).status)
    expect(statuses.slice(0, MESSAGES_PER_MINUTE)).toEqual(new Array<number>(MESSAGES_PER_MINUTE).fill(201))
    const limited = await send(fields, { from: '198.51.100.9', json: true })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await send(fields, { from: '198.51.100.10', json: true })).status).toBe(201)
  })

  it('cannot be created, read or changed through REST by anonymous readers', async () => {
    const create = await rest('POST', '/api/reader-messages', {
      json: { kind: 'helpful', pageAddress: '/de/', locale: 'de', state: 'open' },
    })
    expect(create.status).toBe(403)
    const asEditor = await rest('POST', '/api/reader-messages', {
      token: editorToken,
      json: { kind: 'helpful', pageAddress: '/de/', locale: 'de', state: 'open' },
    })
    expect(asEditor.status).toBe(403)
    expect((await rest('GET', '/api/reader-messages')).status).toBe(403)
    const list = await rest('GET', `/api/reader-messages?where[pageAddress][equals]=${encodeURIComponent(page)}`, {
      token: editorToken,
    })
    expect((list.body.docs as { kind: string }[]).map((doc) => doc.kind)).toEqual(['not-helpful'])
  })
})

describe('a request of an accessible format', () => {
  let requestId: number

  it('stores the format and the e-mail address as given', async () => {
    const answer = await send(
      {
        kind: 'accessible-format',
        page,
        locale: 'ar',
        entry: `documents:${documentId}`,
        format: 'large-print',
        email: 'leserin@example.org',
      },
      { from: '203.0.113.30' },
    )
    expect(answer.status).toBe(303)
    expect(answer.headers.get('location')).toBe(`${SITE}${page}#anfrage-danke`)
    const request = (await stored()).at(-1)
    expect(request).toMatchObject({ kind: 'accessible-format', format: 'large-print', email: 'leserin@example.org' })
    requestId = request?.id ?? 0
  })

  it('needs a format, an e-mail address and a document', async () => {
    const base = { kind: 'accessible-format', page, locale: 'de', entry: `documents:${documentId}` }
    const from = { from: '203.0.113.31', json: true }
    const fields = await Promise.all(
      [
        send({ ...base, email: 'a@example.org' }, from),
        send({ ...base, format: 'word', email: 'keine-adresse' }, from),
        send({ ...base, entry: 'pages:999', format: 'word', email: 'a@example.org' }, from),
      ].map(async (answer) => ((await (await answer).json()) as { errors: { field: string }[] }).errors[0].field),
    )
    expect(fields).toEqual(['format', 'email', 'entry'])
  })

  it("the editor's reply arrives by e-mail at the reader's address, and Erledigt records when it was closed", async () => {
    const before = smtp.messages().length
    const replied = await cms.payload.update({
      collection: 'reader-messages',
      id: requestId,
      data: { reply: 'Die Großdruck-Fassung hängt an dieser E-Mail.', state: 'done' },
      depth: 0,
      user: { ...editor, collection: 'users' },
      overrideAccess: false,
    })
    const mail = (await waitForMessages(smtp, before + 1))[before]
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe('leserin@example.org')
    expect(mail.subject).toBe('Ihre Anfrage einer barrierefreien Fassung')
    expect(mail.text).toContain('Die Großdruck-Fassung hängt an dieser E-Mail.')
    expect(mail.text).toContain('Großdruck angefragt (Seite /de/dokumente/integrationsbericht/)')
    expect(replied.repliedAt).toEqual(expect.any(String))
    expect(replied.closedAt).toEqual(expect.any(String))
  })

  it('its e-mail address, text and reply are deleted once the retention time after closing has passed', async () => {
    process.env.READER_REQUEST_RETENTION_DAYS = '30'
    const closedAt = new Date(
      (await cms.payload.findByID({ collection: 'reader-messages', id: requestId, overrideAccess: true })).closedAt ??
        '',
    )
    const req = { payload: cms.payload } as Parameters<typeof deleteClosedPersonalData>[0]
    expect(await deleteClosedPersonalData(req, new Date(closedAt.getTime() + 29 * 86_400_000))).toBe(0)
    expect(await deleteClosedPersonalData(req, new Date(closedAt.getTime() + 31 * 86_400_000))).toBe(1)
    delete process.env.READER_REQUEST_RETENTION_DAYS
    const after = await cms.payload.findByID({ collection: 'reader-messages', id: requestId, overrideAccess: true })
    expect(after).toMatchObject({
      email: null,
      text: null,
      reply: null,
      kind: 'accessible-format',
      format: 'large-print',
    })
    expect(after.personalDataDeletedAt).toEqual(expect.any(String))
    const open = (await stored()).filter((message) => message.state !== 'done')
    expect(open.every((message) => message.personalDataDeletedAt == null)).toBe(true)
  })
})

describe("the editors' dashboard", () => {
  it('lists the pages with open messages, most first, counted by kind; closed ones and a plain "ja" are left out', async () => {
    const busy = '/ar/veranstaltungen/sprachcafe/'
    const quiet = '/uk/integrationsmonitoring/'
    const sent: Record<string, string>[] = [
      { kind: 'error', page: busy, locale: 'ar', text: 'Die Uhrzeit fehlt.' },
      { kind: 'error', page: busy, locale: 'ar', text: 'Der Ort ist falsch.' },
      { kind: 'not-helpful', page: busy, locale: 'ar' },
      { kind: 'helpful', page: busy, locale: 'ar' },
      { kind: 'error', page: quiet, locale: 'uk', text: 'Die Zahl für 2023 fehlt.' },
      { kind: 'helpful', page: '/de/nur-gelobt/', locale: 'de' },
    ]
    for (const [index, fields] of sent.entries())
      expect((await send(fields, { from: `203.0.113.${100 + index}`, json: true })).status).toBe(201)
    const closed = (await stored()).find((message) => message.text === 'Der Ort ist falsch.')
    await cms.payload.update({ collection: 'reader-messages', id: closed!.id, data: { state: 'done' }, user: editor })

    const list = await openReaderMessages(cms.payload, editor)
    const ours = list.entries.filter((entry) => [busy, quiet, '/de/nur-gelobt/'].includes(entry.label))
    expect(ours.map(({ label, kind }) => ({ label, kind }))).toEqual([
      { label: busy, kind: '1 × Fehlermeldung, 1 × nicht hilfreich' },
      { label: quiet, kind: '1 × Fehlermeldung' },
    ])
    expect(decodeURIComponent(ours[1].href)).toBe(
      `/admin/collections/reader-messages?where[pageAddress][equals]=${quiet}&where[state][not_equals]=done&where[kind][not_equals]=helpful`,
    )
    const pagesWithOpen = new Set(
      (await stored()).filter((m) => m.state !== 'done' && m.kind !== 'helpful').map((m) => m.pageAddress),
    )
    expect(list.total).toBe(pagesWithOpen.size)
  })
})
