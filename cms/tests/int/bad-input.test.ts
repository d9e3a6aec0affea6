import { readdirSync } from 'node:fs'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from './payload'
import {
  createUser,
  entries,
  login,
  rejection,
  rest,
  samplePdf,
  tinyPng,
  uploadFile,
  type ContentSlug,
  type TestUser,
} from './fixtures'

/** A small upload limit for this file: read when the config loads, i.e. in startTestCms. */
const LIMIT_MB = 1

let cms: TestCms
let editor: TestUser

beforeAll(async () => {
  process.env.UPLOAD_LIMIT_MB = String(LIMIT_MB)
  cms = await startTestCms()
  editor = await createUser(cms.payload, 'redaktion@example.org', ['editor'])
})
afterAll(async () => {
  delete process.env.UPLOAD_LIMIT_MB
  await cms?.close()
})

/** Entries (all versions, drafts included) and stored upload files of a collection. */
async function stored(collection: ContentSlug): Promise<{ entries: number; files: string[] }> {
  const { totalDocs } = await cms.payload.count({ collection, overrideAccess: true })
  const folder = join(cms.dataDir, 'uploads', collection)
  let files: string[]
  try {
    files = readdirSync(folder).sort()
  } catch {
    files = []
  }
  return { entries: totalDocs, files }
}

/** Runs a call that must be refused; returns its messages and proves nothing was stored. */
async function refused(collection: ContentSlug, call: () => Promise<unknown>): Promise<string[]> {
  const before = await stored(collection)
  const { messages } = await rejection(call())
  expect(await stored(collection)).toEqual(before)
  return messages
}

const asEditor = () => ({ user: editor, overrideAccess: false, locale: 'de', depth: 0 }) as const

describe('events', () => {
  it('an invalid recurrence rule is refused with an explanation', async () => {
    const { data } = await entries.events.make('rrule')
    const messages = await refused('events', () =>
      cms.payload.create({
        collection: 'events',
        data: { ...data, recurrence: { rule: 'FREQ=SOMETIMES' } },
        ...asEditor(),
      }),
    )
    expect(messages).toEqual([
      'Die Häufigkeit (FREQ) „SOMETIMES“ gibt es nicht. Erlaubt sind DAILY, WEEKLY, MONTHLY und YEARLY.',
    ])
  })

  it('an end before the start is refused', async () => {
    const { data } = await entries.events.make('ende')
    const messages = await refused('events', () =>
      cms.payload.create({
        collection: 'events',
        data: { ...data, start: '2026-12-01T18:00:00.000Z', end: '2026-12-01T17:00:00.000Z' },
        ...asEditor(),
      }),
    )
    expect(messages).toEqual(['Das Ende liegt vor dem Beginn. Bitte prüfen Sie Datum und Uhrzeit.'])
  })
})

describe('uploads', () => {
  it('a text file named x.pdf is refused by its content, not its name', async () => {
    const { data } = await entries.documents.make('falsch')
    const fake = uploadFile(Buffer.from('Das ist nur Text, kein PDF.\n'), 'x.pdf', 'application/pdf')
    const messages = await refused('documents', () =>
      cms.payload.create({ collection: 'documents', data, file: fake, ...asEditor() }),
    )
    expect(messages).toEqual([
      '„x.pdf“ ist keine PDF-Datei (der Inhalt beginnt nicht wie ein PDF). Bitte laden Sie das Dokument als PDF hoch.',
    ])
  })

  it('a text file named x.pdf is refused through REST as well (the way the admin uploads)', async () => {
    const { data } = await entries.documents.make('falsch-rest')
    const form = new FormData()
    form.append('_payload', JSON.stringify(data))
    form.append('file', new Blob(['Das ist nur Text, kein PDF.\n'], { type: 'application/pdf' }), 'x.pdf')
    const before = await stored('documents')
    const response = await rest('POST', '/api/documents?locale=de', { token: await login(editor.email), form })
    expect(await stored('documents')).toEqual(before)
    const [error] = response.body.errors as { message: string }[]
    expect([response.status, error.message]).toEqual([
      400,
      '„x.pdf“ ist keine PDF-Datei (der Inhalt beginnt nicht wie ein PDF). Bitte laden Sie das Dokument als PDF hoch.',
    ])
  })

  it(`the configured upload limit is ${LIMIT_MB} MB`, () => {
    expect(cms.payload.config.upload.limits?.fileSize).toBe(LIMIT_MB * 1024 * 1024)
  })

  it('a file over the limit is refused through REST (multipart upload)', async () => {
    const { data } = await entries.documents.make('gross-rest')
    const token = await login(editor.email)
    const form = new FormData()
    form.append('_payload', JSON.stringify(data))
    form.append(
      'file',
      new Blob([Buffer.alloc(LIMIT_MB * 1024 * 1024 + 1024, 0x20)], { type: 'application/pdf' }),
      'gross.pdf',
    )
    const before = await stored('documents')
    const response = await rest('POST', '/api/documents?locale=de', { token, form })
    expect(await stored('documents')).toEqual(before)
    const [error] = response.body.errors as { message: string }[]
    expect([response.status, error.message]).toEqual([413, 'Die Datei ist zu groß: höchstens 1 MB.'])
  })

  it('a file over the limit is refused through the Local API too', async () => {
    const { data } = await entries.documents.make('gross-lokal')
    const pdf = await samplePdf(['Seite 1'], 'gross.pdf')
    const oneAndAHalf = Buffer.concat([pdf.data, Buffer.alloc(1.5 * LIMIT_MB * 1024 * 1024 - pdf.size, 0x20)])
    const large = uploadFile(oneAndAHalf, 'gross.pdf', 'application/pdf')
    const messages = await refused('documents', () =>
      cms.payload.create({ collection: 'documents', data, file: large, ...asEditor() }),
    )
    expect(messages).toEqual(['Die Datei „gross.pdf“ ist 1,5 MB groß; erlaubt sind höchstens 1 MB.'])
  })

  it('an image without alt text is refused', async () => {
    // Sent as the admin sends it (REST, multipart): data without the required field is what a client can send,
    // while the Local API's types would not let a test leave it out.
    const png = await tinyPng('ohne-alt.png')
    const form = new FormData()
    form.append('_payload', JSON.stringify({ caption: 'Ohne Beschreibung' }))
    form.append('file', new Blob([new Uint8Array(png.data)], { type: png.mimetype }), png.name)
    const before = await stored('media')
    const response = await rest('POST', '/api/media?locale=de', { token: await login(editor.email), form })
    expect(await stored('media')).toEqual(before)
    const [error] = response.body.errors as { data?: { errors?: { message: string }[] } }[]
    expect([response.status, error.data?.errors?.map((field) => field.message)]).toEqual([
      400,
      ['Bitte beschreiben Sie, was auf dem Bild zu sehen ist (Alternativtext) – für Menschen, die es nicht sehen.'],
    ])
  })
})

describe('slugs and relations', () => {
  it('a slug already used in the same locale is refused; the same slug in another locale is fine', async () => {
    const { payload } = cms
    await payload.create({
      collection: 'pages',
      data: { title: 'Kontakt', slug: 'kontakt', _status: 'published' },
      ...asEditor(),
    })
    const messages = await refused('pages', () =>
      payload.create({
        collection: 'pages',
        data: { title: 'Kontakt 2', slug: 'kontakt', _status: 'published' },
        ...asEditor(),
      }),
    )
    expect(messages).toEqual(['Der Slug „kontakt“ wird in dieser Sprache schon von einem anderen Eintrag verwendet.'])

    const english = await payload.create({
      collection: 'pages',
      data: { title: 'Ansprechpartner', slug: 'ansprechpartner', _status: 'published' },
      ...asEditor(),
    })
    await payload.update({
      collection: 'pages',
      id: english.id,
      data: { title: 'Contact', slug: 'kontakt' },
      ...asEditor(),
      locale: 'en',
    })
    const found = await payload.find({
      collection: 'pages',
      where: { slug: { equals: 'kontakt' } },
      locale: 'en',
      depth: 0,
      overrideAccess: false,
    })
    expect(found.docs.map((doc) => doc.title)).toEqual(['Contact'])
  })

  it('a relation to a topic that does not exist is refused', async () => {
    const messages = await refused('pages', () =>
      cms.payload.create({
        collection: 'pages',
        data: { title: 'Ohne Feld', slug: 'ohne-feld', topic: 99999, _status: 'published' },
        ...asEditor(),
      }),
    )
    expect(messages).toEqual([
      'Die Verknüpfung zeigt auf Handlungsfeld mit der ID 99999, das es nicht (mehr) gibt. Bitte wählen Sie einen vorhandenen Eintrag aus.',
    ])
  })

  it('a list of relations with one missing entry is refused and names the missing one', async () => {
    const { payload } = cms
    const topic = await payload.create({
      collection: 'topics',
      data: { title: 'Schule', slug: 'schule' },
      ...asEditor(),
    })
    const { data } = await entries.events.make('themen')
    const messages = await refused('events', () =>
      payload.create({ collection: 'events', data: { ...data, topics: [topic.id, 88888] }, ...asEditor() }),
    )
    expect(messages).toEqual([
      'Die Verknüpfung zeigt auf Handlungsfeld mit der ID 88888, das es nicht (mehr) gibt. Bitte wählen Sie einen vorhandenen Eintrag aus.',
    ])
  })

  it('an image block pointing at a missing image is refused', async () => {
    const messages = await refused('pages', () =>
      cms.payload.create({
        collection: 'pages',
        data: {
          title: 'Mit Bild',
          slug: 'mit-bild',
          layout: [{ blockType: 'image', media: 77777 }],
          _status: 'published',
        },
        ...asEditor(),
      }),
    )
    expect(messages).toEqual([
      'Die Verknüpfung zeigt auf Bild mit der ID 77777, das es nicht (mehr) gibt. Bitte wählen Sie einen vorhandenen Eintrag aus.',
    ])
  })
})
