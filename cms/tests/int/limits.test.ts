/**
 * Inputs that must be refused with a message, never stored and never a 500: over-long fields, bodies that are
 * not JSON objects, and file names with control characters.
 */
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createUser, login, rest, samplePdf, type TestUser } from './fixtures'
import { startTestCms, type TestCms } from './payload'

let cms: TestCms
let editor: TestUser
let token: string

beforeAll(async () => {
  cms = await startTestCms()
  editor = await createUser(cms.payload, 'grenzen@example.org', ['editor'])
  token = await login(editor.email)
})
afterAll(async () => {
  await cms?.close()
})

/** A raw REST call with the editor's token: the body is sent exactly as given. */
async function send(method: 'POST' | 'PATCH', path: string, body: string, contentType = 'application/json') {
  const { default: config } = await import('../../src/payload.config')
  const request = new Request(`http://localhost:3000${path}`, {
    method,
    headers: { Authorization: `JWT ${token}`, 'Content-Type': contentType },
    body,
  })
  const response = await handleEndpoints({ config, request })
  const text = await response.text()
  return { status: response.status, text }
}

const pagesStored = async () => (await cms.payload.count({ collection: 'pages', overrideAccess: true })).totalDocs

const notAnObject =
  'Der Inhalt der Anfrage muss ein JSON-Objekt sein ({ … }), nicht null, eine Liste, ein Text oder eine Zahl.'
const notJson = 'Der Inhalt der Anfrage ist kein gültiges JSON. Bitte senden Sie ein JSON-Objekt, z. B. {"title": "…"}.'
const messageOf = (text: string) => (JSON.parse(text) as { errors: { message: string }[] }).errors.map((e) => e.message)

describe('bodies that are not a JSON object', () => {
  for (const [name, body, expected] of [
    ['null', 'null', notAnObject],
    ['broken JSON', '{"title": "Kaputt",', notJson],
    ['a JSON list', '[{"title": "Liste"}]', notAnObject],
    ['a JSON text', '"nur Text"', notAnObject],
    ['a number', '42', notAnObject],
  ]) {
    it(`a new page sent as ${name} is answered 400 with a German message, nothing stored`, async () => {
      const before = await pagesStored()
      const answer = await send('POST', '/api/pages?locale=de', body)
      expect(await pagesStored()).toBe(before)
      expect([answer.status, messageOf(answer.text)]).toEqual([400, [expected]])
    })
  }

  it('a change sent as null, and a sign-in sent as null, are answered 400 too', async () => {
    const page = await cms.payload.create({
      collection: 'pages',
      data: { title: 'Bleibt', slug: 'bleibt', _status: 'published' },
      overrideAccess: true,
    })
    const change = await send('PATCH', `/api/pages/${page.id}?locale=de`, 'null')
    expect([change.status, messageOf(change.text)]).toEqual([400, [notAnObject]])
    const signIn = await send('POST', '/api/users/login', 'null')
    expect([signIn.status, messageOf(signIn.text)]).toEqual([400, [notAnObject]])
  })

  it('an upload form whose _payload is not JSON is answered 400', async () => {
    const form = new FormData()
    form.append('_payload', '{"title": ')
    const answer = await rest('POST', '/api/documents?locale=de', { token, form })
    expect([answer.status, (answer.body.errors as { message: string }[]).map((e) => e.message)]).toEqual([
      400,
      [notJson],
    ])
  })
})

/** The German messages of a refused REST write, per field path. */
async function refusedFields(path: string, json: Record<string, unknown>) {
  const answer = await rest('POST', path, { token, json })
  const [error] = (answer.body.errors ?? []) as { data?: { errors?: { path: string; message: string }[] } }[]
  return { status: answer.status, fields: error?.data?.errors?.map(({ path, message }) => ({ path, message })) }
}

/** A Lexical document of `paragraphs` paragraphs, each holding `text`. */
function lexical(text: string, paragraphs: number) {
  const paragraph = {
    type: 'paragraph',
    children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
  }
  return {
    root: {
      type: 'root',
      children: Array.from({ length: paragraphs }, () => paragraph),
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
    },
  }
}

describe('field lengths', () => {
  it('a summary of 50 MB is refused at the field, also as a draft', async () => {
    const before = await pagesStored()
    const summary = 'x'.repeat(50 * 1024 * 1024)
    expect(await refusedFields('/api/pages?locale=de&draft=true', { title: 'Lang', slug: 'lang', summary })).toEqual({
      status: 400,
      fields: [
        {
          path: 'summary',
          message: '„Kurzfassung“ ist zu lang: 52.428.800 Zeichen, erlaubt sind höchstens 20.000.',
        },
      ],
    })
    expect(await pagesStored()).toBe(before)
  })

  it('a title of 1,001 characters is refused, one of 1,000 is stored', async () => {
    expect(await refusedFields('/api/pages?locale=de', { title: 'T'.repeat(1001), slug: 'titel' })).toEqual({
      status: 400,
      fields: [{ path: 'title', message: '„Titel“ ist zu lang: 1.001 Zeichen, erlaubt sind höchstens 1.000.' }],
    })
    const stored = await rest('POST', '/api/pages?locale=de', {
      token,
      json: { title: 'T'.repeat(1000), slug: 'titel' },
    })
    expect(stored.status).toBe(201)
  })

  it('a field with its own check (the registration link) has the limit too', async () => {
    const url = `https://example.org/${'a'.repeat(1000)}`
    const answer = await refusedFields('/api/events?locale=de', {
      title: 'Mit langem Link',
      slug: 'langer-link',
      start: '2026-12-01T17:00:00.000Z',
      registration: { url },
    })
    expect(answer.fields).toContainEqual({
      path: 'registration.url',
      message: '„Anmeldeseite (Link)“ ist zu lang: 1.020 Zeichen, erlaubt sind höchstens 1.000.',
    })
  })

  it('rich text of over a million characters (stored form) in a block is refused at its field', async () => {
    const content = lexical('Absatz '.repeat(100), 1500)
    const size = JSON.stringify(content).length
    expect(size).toBeGreaterThan(1_000_000)
    const answer = await refusedFields('/api/pages?locale=de', {
      title: 'Viel Text',
      slug: 'viel-text',
      layout: [{ blockType: 'richText', content }],
    })
    expect(answer).toEqual({
      status: 400,
      fields: [
        {
          path: 'layout.0.content',
          message: `„Text“ ist zu lang: ${size.toLocaleString('de-DE')} Zeichen (gespeicherte Form), erlaubt sind höchstens 1.000.000.`,
        },
      ],
    })
  })
})
describe('file names', () => {
  it('a control character in a file name is refused with 400 and a message', async () => {
    const pdf = await samplePdf(['Seite 1'])
    const form = new FormData()
    form.append('_payload', JSON.stringify({ title: 'Steuerzeichen', slug: 'steuerzeichen' }))
    form.append('file', new Blob([new Uint8Array(pdf.data)], { type: 'application/pdf' }), 'bericht\u0007.pdf')
    const answer = await rest('POST', '/api/documents?locale=de', { token, form })
    expect([answer.status, (answer.body.errors as { message: string }[]).map((e) => e.message)]).toEqual([
      400,
      [
        'Das hochgeladene Formular ließ sich nicht lesen, z. B. wegen eines Steuerzeichens im Dateinamen. Bitte benennen Sie die Datei um und laden Sie sie erneut hoch.',
      ],
    ])
    expect((await cms.payload.count({ collection: 'documents', overrideAccess: true })).totalDocs).toBe(0)
  })
})
