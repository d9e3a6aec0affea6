import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from './payload'
import {
  contentSlugs,
  createEntry,
  createUser,
  entries,
  retitleEntry,
  tinyPng,
  type ContentSlug,
  type TestUser,
} from './fixtures'

let cms: TestCms
let editor: TestUser
let admin: TestUser

beforeAll(async () => {
  cms = await startTestCms()
  editor = await createUser(cms.payload, 'redaktion@example.org', ['editor'])
  admin = await createUser(cms.payload, 'admin@example.org', ['admin'])
})
afterAll(async () => {
  await cms?.close()
})

/** What an anonymous reader gets for the entry: its title in German, or null when it is not visible. */
async function publicTitle<S extends ContentSlug>(collection: S, id: number): Promise<string | null | undefined> {
  const found = await cms.payload.find({
    collection,
    where: { id: { equals: id } },
    locale: 'de',
    depth: 0,
    overrideAccess: false,
  })
  const doc = found.docs[0]
  return doc ? entries[collection].titleOf(doc) : null
}

/** An editor creates an entry of `collection`, renames and publishes it; readers see it only once published. */
async function createReadUpdatePublish<S extends ContentSlug>(collection: S) {
  const { payload } = cms
  const { drafts, titleOf } = entries[collection]
  const asEditor = { locale: 'de', depth: 0, user: editor, overrideAccess: false } as const
  const { data, file } = await entries[collection].make(collection)
  const created = await createEntry(
    payload,
    collection,
    { data: { ...data, ...(drafts ? { _status: 'draft' as const } : {}) }, file },
    { draft: drafts, ...asEditor },
  )
  const original = titleOf(data)
  expect(titleOf(created)).toBe(original)

  // A draft stays invisible until it is published; other collections are public right away.
  expect(await publicTitle(collection, created.id)).toBe(drafts ? null : original)

  const renamed = `${original} (überarbeitet)`
  await retitleEntry(payload, collection, created.id, renamed, { publish: drafts, ...asEditor })
  expect(await publicTitle(collection, created.id)).toBe(renamed)

  const staffView = await payload.findByID({ collection, id: created.id, ...asEditor })
  expect(titleOf(staffView)).toBe(renamed)
  if (drafts) expect('_status' in staffView && staffView._status).toBe('published')
}

describe.each(contentSlugs)('an editor works on %s', (collection) => {
  it('creates, reads, updates and publishes an entry', () => createReadUpdatePublish(collection))
})

describe('uploads', () => {
  it('a PDF document keeps its file name, type, size and page count', async () => {
    const { data, file } = await entries.documents.make('datei')
    const doc = await cms.payload.create({
      collection: 'documents',
      data,
      file,
      locale: 'de',
      depth: 0,
      user: editor,
      overrideAccess: false,
    })
    expect([doc.filename, doc.mimeType, doc.filesize, doc.pageCount]).toEqual([
      'bericht-datei.pdf',
      'application/pdf',
      file?.size,
      3,
    ])
    expect(doc.url).toBe('/api/documents/file/bericht-datei.pdf')
  })

  it('an image gets responsive sizes in WebP and AVIF, never upscaled', async () => {
    const file = await tinyPng('breit.png', 1000, 600)
    const image = await cms.payload.create({
      collection: 'media',
      data: { alt: 'Ein breites rotes Rechteck' },
      file,
      locale: 'de',
      depth: 0,
      user: editor,
      overrideAccess: false,
    })
    expect([image.mimeType, image.width, image.height]).toEqual(['image/png', 1000, 600])
    const sizes = Object.entries(image.sizes ?? {})
      .map(([name, size]) => [name, size?.mimeType ?? null, size?.width ?? null])
      .sort(([a], [b]) => String(a).localeCompare(String(b)))
    expect(sizes).toEqual([
      ['large', null, null],
      ['largeAvif', null, null],
      ['medium', 'image/webp', 960],
      ['mediumAvif', 'image/avif', 960],
      ['small', 'image/webp', 480],
      ['smallAvif', 'image/avif', 480],
    ])
  })
})

describe('globals', () => {
  it('an editor updates the navigation and anonymous readers see it', async () => {
    const { payload } = cms
    await payload.updateGlobal({
      slug: 'navigation',
      data: { header: [{ label: 'Dokumente', path: 'dokumente' }], footer: [{ label: 'Kontakt', path: 'kontakt' }] },
      locale: 'de',
      user: editor,
      overrideAccess: false,
    })
    const navigation = await payload.findGlobal({ slug: 'navigation', locale: 'de', depth: 0, overrideAccess: false })
    expect(navigation.header?.map((link) => [link.label, link.path])).toEqual([['Dokumente', 'dokumente']])
    expect(navigation.footer?.map((link) => link.label)).toEqual(['Kontakt'])
  })

  it('an admin updates the site settings and anonymous readers see them', async () => {
    const { payload } = cms
    await payload.updateGlobal({
      slug: 'site-settings',
      data: {
        siteName: 'Kommunales Integrationszentrum Oberhausen',
        organisation: 'Stadt Oberhausen',
        feedbackEmail: 'barrierefrei@example.org',
        phone: '0208 825-0',
      },
      locale: 'de',
      user: admin,
      overrideAccess: false,
    })
    const settings = await payload.findGlobal({ slug: 'site-settings', locale: 'de', depth: 0, overrideAccess: false })
    expect([settings.siteName, settings.organisation, settings.feedbackEmail, settings.phone]).toEqual([
      'Kommunales Integrationszentrum Oberhausen',
      'Stadt Oberhausen',
      'barrierefrei@example.org',
      '0208 825-0',
    ])
  })

  it('an editor switches the alert banner on, with a German and an English message', async () => {
    const { payload } = cms
    const window = {
      active: true,
      priority: 'urgent' as const,
      startsAt: '2026-12-24T00:00:00.000Z',
      endsAt: '2026-12-27T00:00:00.000Z',
    }
    await payload.updateGlobal({
      slug: 'alert-banner',
      data: { ...window, message: 'Das Büro ist geschlossen.' },
      locale: 'de',
      user: editor,
      overrideAccess: false,
    })
    await payload.updateGlobal({
      slug: 'alert-banner',
      data: { message: 'The office is closed.' },
      locale: 'en',
      user: editor,
      overrideAccess: false,
    })
    const german = await payload.findGlobal({ slug: 'alert-banner', locale: 'de', depth: 0, overrideAccess: false })
    const english = await payload.findGlobal({ slug: 'alert-banner', locale: 'en', depth: 0, overrideAccess: false })
    expect([german.active, german.priority, german.message, english.message, english.endsAt]).toEqual([
      true,
      'urgent',
      'Das Büro ist geschlossen.',
      'The office is closed.',
      '2026-12-27T00:00:00.000Z',
    ])
  })
})
