import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { CalloutBlock } from '@ki/contract/payload-types'

import { startTestCms, type TestCms } from './payload'
import { createUser, type TestUser } from './fixtures'

let cms: TestCms
let editor: TestUser
let translator: TestUser

beforeAll(async () => {
  cms = await startTestCms()
  editor = await createUser(cms.payload, 'redaktion@example.org', ['editor'])
  translator = await createUser(cms.payload, 'uebersetzung@example.org', ['translator'])
})
afterAll(async () => {
  await cms?.close()
})

describe('locale fallback', () => {
  it('a page saved only in German is read in German by a Turkish reader, and is empty without fallback', async () => {
    const { payload } = cms
    const page = await payload.create({
      collection: 'pages',
      data: { title: 'Sprachkurse', summary: 'Kurse in der Stadt', slug: 'sprachkurse', _status: 'published' },
      locale: 'de',
      user: editor,
      overrideAccess: false,
    })
    const read = (fallbackLocale?: false | 'none') =>
      payload.findByID({
        collection: 'pages',
        id: page.id,
        locale: 'tr',
        fallbackLocale,
        depth: 0,
        overrideAccess: false,
      })
    const turkish = await read()
    expect([turkish.title, turkish.summary, turkish.slug]).toEqual(['Sprachkurse', 'Kurse in der Stadt', 'sprachkurse'])
    for (const none of [false, 'none'] as const) {
      const withoutFallback = await read(none)
      expect([withoutFallback.title ?? null, withoutFallback.summary ?? null]).toEqual([null, null])
    }
  })

  it('a translated title wins over the German one, untranslated fields still fall back', async () => {
    const { payload } = cms
    const page = await payload.create({
      collection: 'pages',
      data: { title: 'Beratung', summary: 'Beratung für Familien', slug: 'beratung', _status: 'published' },
      locale: 'de',
      user: editor,
      overrideAccess: false,
    })
    await payload.update({
      collection: 'pages',
      id: page.id,
      data: { title: 'Danışmanlık' },
      locale: 'tr',
      user: translator,
      overrideAccess: false,
    })
    const turkish = await payload.findByID({
      collection: 'pages',
      id: page.id,
      locale: 'tr',
      depth: 0,
      overrideAccess: false,
    })
    expect([turkish.title, turkish.summary]).toEqual(['Danışmanlık', 'Beratung für Familien'])
  })
})

describe('translation status', () => {
  async function statusOf(id: number): Promise<[unknown, unknown, unknown]> {
    const page = await cms.payload.findByID({
      collection: 'pages',
      id,
      locale: 'de',
      depth: 0,
      user: editor,
      overrideAccess: false,
    })
    const status = page.translationStatus as Record<string, string>
    return [status.en, status.tr, status.ar]
  }

  it('follows the German source: missing → current → outdated after a German edit → current again', async () => {
    const { payload } = cms
    const page = await payload.create({
      collection: 'pages',
      data: {
        title: 'Schule',
        summary: 'Schulanmeldung für neu zugewanderte Kinder',
        slug: 'schule',
        _status: 'published',
      },
      locale: 'de',
      user: editor,
      overrideAccess: false,
    })
    expect(await statusOf(page.id)).toEqual(['missing', 'missing', 'missing'])

    await payload.update({
      collection: 'pages',
      id: page.id,
      data: { title: 'School', summary: 'School enrolment for newly arrived children', slug: 'school' },
      locale: 'en',
      user: translator,
      overrideAccess: false,
    })
    expect(await statusOf(page.id)).toEqual(['current', 'missing', 'missing'])

    await payload.update({
      collection: 'pages',
      id: page.id,
      data: { title: 'Schule und Ausbildung' },
      locale: 'de',
      user: editor,
      overrideAccess: false,
    })
    expect(await statusOf(page.id)).toEqual(['outdated', 'missing', 'missing'])

    await payload.update({
      collection: 'pages',
      id: page.id,
      data: { title: 'School and training' },
      locale: 'en',
      user: translator,
      overrideAccess: false,
    })
    expect(await statusOf(page.id)).toEqual(['current', 'missing', 'missing'])
  })

  it('editing only a field that is not translated (the order) leaves translations current', async () => {
    const { payload } = cms
    const paragraph = (text: string): CalloutBlock['content'] => ({
      root: {
        type: 'root',
        direction: null,
        format: '',
        indent: 0,
        version: 1,
        children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text, version: 1 }] }],
      },
    })
    const page = await payload.create({
      collection: 'pages',
      data: {
        title: 'Sport',
        slug: 'sport',
        layout: [
          { blockType: 'callout', tone: 'info', title: 'Trainerkurse', content: paragraph('Anmeldung bis Mai') },
        ],
        _status: 'published',
      },
      locale: 'de',
      user: editor,
      overrideAccess: false,
    })
    await payload.update({
      collection: 'pages',
      id: page.id,
      data: {
        title: 'Sports',
        slug: 'sports',
        layout: [{ blockType: 'callout', tone: 'info', title: 'Coach courses', content: paragraph('Register by May') }],
      },
      locale: 'en',
      user: translator,
      overrideAccess: false,
    })
    await payload.update({
      collection: 'pages',
      id: page.id,
      data: { order: 5 },
      locale: 'de',
      user: editor,
      overrideAccess: false,
    })
    expect(await statusOf(page.id)).toEqual(['current', 'missing', 'missing'])
    // Saving the German page unchanged is no change either.
    await payload.update({
      collection: 'pages',
      id: page.id,
      data: {},
      locale: 'de',
      user: editor,
      overrideAccess: false,
    })
    expect(await statusOf(page.id)).toEqual(['current', 'missing', 'missing'])
  })

  it('works the same for collections without drafts (topics)', async () => {
    const { payload } = cms
    const topic = await payload.create({
      collection: 'topics',
      data: { title: 'Sport', slug: 'sport' },
      locale: 'de',
      user: editor,
      overrideAccess: false,
    })
    await payload.update({
      collection: 'topics',
      id: topic.id,
      data: { title: 'Sports' },
      locale: 'en',
      user: translator,
      overrideAccess: false,
    })
    await payload.update({
      collection: 'topics',
      id: topic.id,
      data: { order: 3 },
      locale: 'de',
      user: editor,
      overrideAccess: false,
    })
    const unchanged = await payload.findByID({
      collection: 'topics',
      id: topic.id,
      locale: 'de',
      depth: 0,
      overrideAccess: false,
    })
    expect((unchanged.translationStatus as Record<string, string>).en).toBe('current')
    await payload.update({
      collection: 'topics',
      id: topic.id,
      data: { summary: 'Trainerkurse für Zugewanderte' },
      locale: 'de',
      user: editor,
      overrideAccess: false,
    })
    const changed = await payload.findByID({
      collection: 'topics',
      id: topic.id,
      locale: 'de',
      depth: 0,
      overrideAccess: false,
    })
    expect((changed.translationStatus as Record<string, string>).en).toBe('outdated')
  })
})
