import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Event, Page } from '@ki/contract/payload-types'

import type { TranslationLedger } from '../../src/fields/translationStatus'
import { startTestCms, type TestCms } from './payload'
import { createUser, login, rest, seedEntry, type TestUser } from './fixtures'

let cms: TestCms
let editor: TestUser
let translator: TestUser

beforeAll(async () => {
  cms = await startTestCms()
  editor = await createUser(cms.payload, 'redaktion@example.org', ['editor'])
  translator = await createUser(cms.payload, 'tuerkisch@example.org', ['translator'])
})
afterAll(async () => {
  await cms?.close()
})

const paragraph = (text: string): NonNullable<Event['description']> => ({
  root: {
    type: 'root',
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text, version: 1 }] }],
  },
})

/** An event as an anonymous reader gets it from the REST API (published only). */
async function publicEvent(id: number, locale: string) {
  const { body } = await rest('GET', `/api/events/${id}?locale=${locale}&depth=0&fallback-locale=none`)
  return body as Partial<Event> & { translationStatus?: Record<string, string> }
}

async function ledgerOf(collection: 'events' | 'pages', id: number, draft: boolean): Promise<TranslationLedger> {
  const doc = await cms.payload.findByID({ collection, id, draft, locale: 'de', depth: 0, overrideAccess: true })
  return doc.translationLedger as TranslationLedger
}

describe('a translator finishes a translation', () => {
  it('publishes Turkish through REST as the admin does (autosave, then publish) while a German draft waits', async () => {
    const event = await seedEntry(cms.payload, 'events', 'tr-yayin', { description: paragraph('Offenes Treffen') })
    await cms.payload.update({
      collection: 'events',
      id: event.id,
      data: { title: 'Treffen (neuer Entwurf der Redaktion)' },
      draft: true,
      locale: 'de',
      user: editor,
      overrideAccess: false,
    })
    const token = await login(translator.email)
    const turkish = { title: 'Açık buluşma', description: paragraph('Herkese açık buluşma') }
    const autosave = await rest('PATCH', `/api/events/${event.id}?depth=0&draft=true&autosave=true&locale=tr`, {
      token,
      json: { ...turkish, _status: 'draft' },
    })
    const publish = await rest('PATCH', `/api/events/${event.id}?depth=0&locale=tr`, {
      token,
      json: { ...turkish, _status: 'published' },
    })
    const [publicTurkish, publicGerman, germanDraft] = await Promise.all([
      publicEvent(event.id, 'tr'),
      publicEvent(event.id, 'de'),
      cms.payload.findByID({
        collection: 'events',
        id: event.id,
        draft: true,
        locale: 'de',
        depth: 0,
        overrideAccess: true,
      }),
    ])
    expect([autosave.status, publish.status]).toEqual([200, 200])
    expect([publicTurkish.title, publicTurkish.translationStatus?.tr]).toEqual(['Açık buluşma', 'current'])
    expect([publicGerman.title, publicGerman._status]).toEqual(['Treffen tr-yayin', 'published'])
    expect([germanDraft.title, germanDraft._status]).toEqual(['Treffen (neuer Entwurf der Redaktion)', 'draft'])
  })

  it('a second locale published later keeps the first one current on the public site', async () => {
    const event = await seedEntry(cms.payload, 'events', 'zwei-sprachen')
    const asTranslator = { collection: 'events', id: event.id, user: translator, overrideAccess: false } as const
    await cms.payload.update({ ...asTranslator, locale: 'tr', data: { title: 'Buluşma', _status: 'published' } })
    await cms.payload.update({ ...asTranslator, locale: 'en', data: { title: 'Meeting', _status: 'published' } })
    const status = (await publicEvent(event.id, 'de')).translationStatus
    expect([status?.tr, status?.en, status?.ar]).toEqual(['current', 'current', 'missing'])
  })
})

describe('what "current" means', () => {
  it('an event with only its title translated is partly translated until its description is too', async () => {
    const event = await seedEntry(cms.payload, 'events', 'teilweise', { description: paragraph('Kochen mit Nachbarn') })
    const asTranslator = { collection: 'events', id: event.id, user: translator, overrideAccess: false } as const
    await cms.payload.update({
      ...asTranslator,
      locale: 'tr',
      data: { title: 'Komşularla yemek', _status: 'published' },
    })
    const partly = (await publicEvent(event.id, 'de')).translationStatus?.tr
    await cms.payload.update({
      ...asTranslator,
      locale: 'tr',
      data: { description: paragraph('Komşularla birlikte yemek pişirmek'), _status: 'published' },
    })
    const whole = (await publicEvent(event.id, 'de')).translationStatus?.tr
    expect([partly, whole]).toEqual(['partial', 'current'])
  })
})

describe('what makes a translation outdated', () => {
  it('moving the page and a German draft save leave it current; publishing changed German text outdates it', async () => {
    const { payload } = cms
    const parent = await seedEntry(payload, 'pages', 'eltern')
    const page = await seedEntry(payload, 'pages', 'kita', { title: 'Kita-Platz finden' })
    const asEditor = { collection: 'pages', id: page.id, locale: 'de', user: editor, overrideAccess: false } as const
    await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'en',
      data: { title: 'Finding a day-care place', _status: 'published' },
      user: translator,
      overrideAccess: false,
    })
    const status = async () => {
      const doc = await payload.findByID({ collection: 'pages', id: page.id, draft: true, locale: 'de', depth: 0 })
      return (doc.translationStatus as Record<string, string>).en
    }
    await payload.update({ ...asEditor, data: { parent: parent.id, order: 7, _status: 'published' } })
    const afterMove = await status()
    await payload.update({ ...asEditor, data: { title: 'Kita-Platz schnell finden' }, draft: true })
    const afterDraft = await status()
    // Publishing the German draft publishes its changed title.
    await payload.update({ ...asEditor, data: { _status: 'published' } })
    const afterGermanChange = await status()
    const ledger = await ledgerOf('pages', page.id, false)
    expect([afterMove, afterDraft, afterGermanChange]).toEqual(['current', 'current', 'outdated'])
    expect([ledger.locales?.en?.sourceText?.title, ledger.sourceText?.title]).toEqual([
      'Kita-Platz finden',
      'Kita-Platz schnell finden',
    ])
  })
})

describe('a person checks a translation or a Leichte Sprache text', () => {
  it('the Prüfgruppe’s check holds for the checked text and is undone when that text changes', async () => {
    const page = await seedEntry(cms.payload, 'pages', 'leicht', { title: 'Hilfe bei der Kita-Suche' })
    const asEditor = {
      collection: 'pages',
      id: page.id,
      locale: 'de-x-ls',
      user: editor,
      overrideAccess: false,
    } as const
    const check = {
      languageReviewedBy: 'Prüfgruppe Lebenshilfe Oberhausen',
      languageReviewedOn: '2026-11-20T12:00:00.000Z',
    }
    await cms.payload.update({
      ...asEditor,
      data: { title: 'Hilfe bei der Suche nach einer Kita', ...check, _status: 'published' },
    })
    const review = async () => {
      const { languageReviewedBy, languageReviewedOn } = await publicPage(page.id, 'de-x-ls')
      return { languageReviewedBy, languageReviewedOn }
    }
    const checked = await review()
    // A change to something that is not the Leichte Sprache text (the order) keeps the check.
    await cms.payload.update({ ...asEditor, data: { order: 3, _status: 'published' } })
    const afterOrder = await review()
    await cms.payload.update({ ...asEditor, data: { title: 'Hilfe beim Suchen von einer Kita', _status: 'published' } })
    const afterChange = await review()
    expect(checked).toEqual(check)
    expect(afterOrder).toEqual(check)
    expect(afterChange).toEqual({ languageReviewedBy: null, languageReviewedOn: null })
  })

  it('a check without a name, in the future, or for a language with no text is refused at the field in German', async () => {
    const page = await seedEntry(cms.payload, 'pages', 'ungeprueft')
    // Leichte Sprache with its own title; Arabic as a draft with no text at all.
    const text = { 'de-x-ls': { title: 'Kita finden', slug: 'kita-finden' }, ar: {} }
    const attempt = (locale: 'de-x-ls' | 'ar', check: { languageReviewedBy?: string; languageReviewedOn?: string }) =>
      cms.payload
        .update({
          collection: 'pages',
          id: page.id,
          locale,
          draft: locale === 'ar',
          data: { ...text[locale], ...check },
          user: editor,
          overrideAccess: false,
        })
        .then(
          () => 'saved',
          (error: { data?: { errors?: { path: string; message: string }[] } }) =>
            error.data?.errors?.map((each) => `${each.path}: ${each.message}`).join(' | '),
        )
    const [noName, future, noText] = await Promise.all([
      attempt('de-x-ls', { languageReviewedOn: '2026-11-20T12:00:00.000Z' }),
      attempt('de-x-ls', { languageReviewedBy: 'Prüfgruppe', languageReviewedOn: '2099-01-01T12:00:00.000Z' }),
      attempt('ar', { languageReviewedBy: 'Muttersprachler', languageReviewedOn: '2026-11-20T12:00:00.000Z' }),
    ])
    expect(noName).toBe(
      'languageReviewedBy: Bitte geben Sie an, wer den Text geprüft hat (bei Leichter Sprache: die Prüfgruppe).',
    )
    expect(future).toBe('languageReviewedOn: Das Datum der Prüfung darf nicht in der Zukunft liegen.')
    expect(noText).toBe(
      'languageReviewedBy: In dieser Sprache gibt es noch keinen Text, der geprüft sein könnte. Bitte lassen Sie die Prüfung leer.',
    )
    const stored = await cms.payload.findByID({ collection: 'pages', id: page.id, locale: 'ar', depth: 0 })
    expect([stored.languageReviewedBy ?? null, stored.languageReviewedOn ?? null]).toEqual([null, null])
  })
})

describe('a new entry starts in German', () => {
  it('an event created in Arabic (the last language the admin remembered) is refused in German, nothing stored', async () => {
    const token = await login(editor.email)
    const before = await cms.payload.count({ collection: 'events', overrideAccess: true })
    const { status, body } = await rest('POST', '/api/events?locale=ar&depth=0', {
      token,
      json: { title: 'لقاء الجيران', startsAt: '2027-03-01T16:00:00.000Z', _status: 'draft' },
    })
    const after = await cms.payload.count({ collection: 'events', overrideAccess: true })
    expect([status, (body as { errors?: { message: string }[] }).errors?.[0]?.message]).toEqual([
      400,
      'Neue Einträge legen Sie zuerst auf Deutsch an: Bitte wählen Sie oben die Sprache „Deutsch“. Übersetzungen ' +
        'können Sie danach ergänzen.',
    ])
    expect(after.totalDocs).toBe(before.totalDocs)
  })
})

/** A page as an anonymous reader gets it from the REST API (published only). */
async function publicPage(id: number, locale: string) {
  const { body } = await rest('GET', `/api/pages/${id}?locale=${locale}&depth=0&fallback-locale=none`)
  return body as Partial<Page>
}
