import { readdirSync } from 'node:fs'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createUser, entries, rejection, samplePdf, tinyPng, type TestUser } from './fixtures'
import { startTestCms, type TestCms } from './payload'

let cms: TestCms
let editor: TestUser

beforeAll(async () => {
  cms = await startTestCms()
  editor = await createUser(cms.payload, 'redaktion@example.org', ['editor'])
})
afterAll(async () => {
  await cms?.close()
})

const asEditor = () => ({ user: editor, overrideAccess: false, locale: 'de', depth: 0 }) as const

async function uploadDocument(name: string) {
  const { data } = await entries.documents.make(name.toLowerCase().replace(/[^a-z0-9]/g, '') || 'leer')
  return cms.payload.create({ collection: 'documents', data, file: await samplePdf(['Seite 1'], name), ...asEditor() })
}

describe('uploaded files are stored under the type of their content', () => {
  it.each([
    ['evil.html', 'evil.pdf'],
    ['seite.htm', 'seite.pdf'],
    ['skript.js', 'skript.pdf'],
    ['grafik.svg', 'grafik.pdf'],
    ['...pdf', 'datei.pdf'],
    ['..versteckt.pdf', 'versteckt.pdf'],
    ['Jahresbericht.PDF', 'Jahresbericht.pdf'],
  ])('a real PDF named %j is stored as %j', async (name, stored) => {
    const doc = await uploadDocument(name)
    expect([doc.filename, doc.mimeType]).toEqual([stored, 'application/pdf'])
    expect(readdirSync(join(cms.dataDir, 'uploads', 'documents'))).toContain(stored)
  })

  it('a PNG named x.html is stored as x.png', async () => {
    const image = await cms.payload.create({
      collection: 'media',
      data: { alt: 'Ein roter Punkt' },
      file: { ...(await tinyPng('x.html')), mimetype: 'text/html' },
      ...asEditor(),
    })
    expect([image.filename, image.mimeType]).toEqual(['x.png', 'image/png'])
  })

  it('a name with a right-to-left override or a control character is refused with a German message', async () => {
    expect(await rejection(uploadDocument('report\u202Efdp.exe'))).toEqual({
      status: 400,
      messages: [
        'Der Dateiname „report�fdp.exe“ enthält Steuer- oder Richtungszeichen. Bitte benennen Sie die Datei um.',
      ],
    })
    expect((await rejection(uploadDocument('bericht\u0007.pdf'))).messages).toEqual([
      'Der Dateiname „bericht�.pdf“ enthält Steuer- oder Richtungszeichen. Bitte benennen Sie die Datei um.',
    ])
  })
})
