import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { transition } from '../../src/hooks/workflow/transition'
import { createUser, login, rejection, rest, type TestUser } from './fixtures'
import { startTestCms, type TestCms } from './payload'

let cms: TestCms
let author: TestUser
let reviewer: TestUser
let admin: TestUser

beforeAll(async () => {
  cms = await startTestCms({ reviewRequired: true })
  author = await createUser(cms.payload, 'autorin@example.org', ['editor'])
  reviewer = await createUser(cms.payload, 'pruefer@example.org', ['editor'])
  admin = await createUser(cms.payload, 'admin@example.org', ['admin'])
})
afterAll(async () => {
  await cms?.close()
})
afterEach(() => {
  delete process.env.REVIEW_REQUIRED
})

let counter = 0

/** A draft event written by `user` through the Local API with their access. */
async function draftEvent(user: TestUser) {
  counter += 1
  return cms.payload.create({
    collection: 'events',
    data: {
      title: `Sprachcafé ${counter}`,
      slug: `sprachcafe-${counter}`,
      start: '2027-03-02T17:00:00.000Z',
      start_tz: 'Europe/Berlin',
      end: '2027-03-02T19:00:00.000Z',
      end_tz: 'Europe/Berlin',
      place: { name: 'Bert-Brecht-Haus' },
      _status: 'draft',
    },
    draft: true,
    locale: 'de',
    depth: 0,
    user,
    overrideAccess: false,
  })
}

/** What readers (anonymous) and staff (newest version) see of an event. */
async function stateOf(id: number) {
  const newest = await cms.payload.findByID({
    collection: 'events',
    id,
    draft: true,
    locale: 'de',
    depth: 0,
    user: admin,
    overrideAccess: false,
  })
  const public_ = await cms.payload.find({
    collection: 'events',
    where: { id: { equals: id } },
    locale: 'de',
    depth: 0,
    overrideAccess: false,
  })
  return { state: newest.workflow?.state, live: public_.docs.length === 1, newest }
}

const events = (id: number) => ({ collection: 'events' as const, id })

describe('review workflow through the Local API (with the editors’ own access)', () => {
  it('an event submitted by one editor and approved by another goes live, with a review-by date a year later', async () => {
    const event = await draftEvent(author)
    expect((await stateOf(event.id)).state).toBe('draft')

    await transition(cms.payload, { ...events(event.id), action: 'submit', user: author })
    const submitted = await stateOf(event.id)
    expect([submitted.state, submitted.live]).toEqual(['review', false])
    expect(submitted.newest.workflow?.submittedBy).toBe(author.id)

    const before = Date.now()
    await transition(cms.payload, { ...events(event.id), action: 'approve', user: reviewer })
    const approved = await stateOf(event.id)
    expect([approved.state, approved.live, approved.newest._status]).toEqual(['published', true, 'published'])
    expect(approved.newest.workflow?.reviewer).toBe(reviewer.id)
    const reviewBy = new Date(approved.newest.reviewBy ?? '')
    const aYearLater = new Date(before)
    aYearLater.setUTCMonth(aYearLater.getUTCMonth() + 12)
    expect(Math.abs(reviewBy.getTime() - aYearLater.getTime())).toBeLessThan(60_000)
  })

  it('an editor cannot approve their own submission, and nothing changes', async () => {
    const event = await draftEvent(author)
    await transition(cms.payload, { ...events(event.id), action: 'submit', user: author })
    const refused = await rejection(transition(cms.payload, { ...events(event.id), action: 'approve', user: author }))
    expect(refused).toEqual({
      status: 403,
      messages: [
        'Sie können Ihre eigene Einreichung nicht freigeben. Bitte bitten Sie eine andere Person aus der Redaktion um die Prüfung.',
      ],
    })
    const after = await stateOf(event.id)
    expect([after.state, after.live]).toEqual(['review', false])
  })

  it('an admin may approve their own submission', async () => {
    const event = await draftEvent(admin)
    await transition(cms.payload, { ...events(event.id), action: 'submit', user: admin })
    await transition(cms.payload, { ...events(event.id), action: 'approve', user: admin })
    expect((await stateOf(event.id)).live).toBe(true)
  })

  it('sending back needs a comment, which the author then sees', async () => {
    const event = await draftEvent(author)
    await transition(cms.payload, { ...events(event.id), action: 'submit', user: author })
    const refused = await rejection(
      transition(cms.payload, { ...events(event.id), action: 'sendBack', comment: '  ', user: reviewer }),
    )
    expect(refused).toEqual({
      status: 400,
      messages: ['Bitte schreiben Sie der Autorin oder dem Autor in einem Hinweis, was zu ändern ist.'],
    })
    expect((await stateOf(event.id)).state).toBe('review')

    await transition(cms.payload, {
      ...events(event.id),
      action: 'sendBack',
      comment: 'Bitte den Raum ergänzen.',
      user: reviewer,
    })
    const back = await stateOf(event.id)
    expect([back.state, back.live, back.newest.workflow?.reviewComment]).toEqual([
      'draft',
      false,
      'Bitte den Raum ergänzen.',
    ])
  })

  it('a review of an entry without changes since its last publish is refused', async () => {
    const event = await draftEvent(author)
    await transition(cms.payload, { ...events(event.id), action: 'submit', user: author })
    await transition(cms.payload, { ...events(event.id), action: 'approve', user: reviewer })
    const refused = await rejection(transition(cms.payload, { ...events(event.id), action: 'submit', user: author }))
    expect(refused.status).toBe(409)
    expect(refused.messages).toEqual([
      'Seit der letzten Veröffentlichung wurde nichts geändert. Bitte speichern Sie zuerst Ihre Änderungen und reichen Sie dann ein.',
    ])
    expect((await stateOf(event.id)).state).toBe('published')
  })

  it('a plain editor cannot publish past the review by saving with “Veröffentlichen”; an admin can', async () => {
    const event = await draftEvent(author)
    const refused = await rejection(
      cms.payload.update({
        ...events(event.id),
        data: { _status: 'published' },
        locale: 'de',
        user: author,
        overrideAccess: false,
      }),
    )
    expect(refused.status).toBe(403)
    expect(refused.messages[0]).toMatch(/^Veröffentlichen ist erst nach einer Prüfung möglich/)
    expect((await stateOf(event.id)).live).toBe(false)

    await cms.payload.update({
      ...events(event.id),
      data: { _status: 'published' },
      locale: 'de',
      user: admin,
      overrideAccess: false,
    })
    const published = await stateOf(event.id)
    expect([published.state, published.live]).toEqual(['published', true])
  })

  it('an installation without review (REVIEW_REQUIRED=false) lets editors publish and approve their own work', async () => {
    process.env.REVIEW_REQUIRED = 'false'
    const direct = await draftEvent(author)
    await cms.payload.update({
      ...events(direct.id),
      data: { _status: 'published' },
      locale: 'de',
      user: author,
      overrideAccess: false,
    })
    expect((await stateOf(direct.id)).live).toBe(true)

    const own = await draftEvent(author)
    await transition(cms.payload, { ...events(own.id), action: 'submit', user: author })
    await transition(cms.payload, { ...events(own.id), action: 'approve', user: author })
    expect((await stateOf(own.id)).live).toBe(true)
  })

  it('an archived entry leaves the site and is still found in the admin with the “Archiviert” filter', async () => {
    const event = await draftEvent(author)
    await transition(cms.payload, { ...events(event.id), action: 'submit', user: author })
    await transition(cms.payload, { ...events(event.id), action: 'approve', user: reviewer })
    await transition(cms.payload, { ...events(event.id), action: 'archive', user: reviewer })
    const archived = await stateOf(event.id)
    expect([archived.state, archived.live]).toEqual(['archived', false])
    const listed = await cms.payload.find({
      collection: 'events',
      where: { 'workflow.state': { equals: 'archived' } },
      draft: true,
      locale: 'de',
      depth: 0,
      user: reviewer,
      overrideAccess: false,
    })
    expect(listed.docs.map((doc) => doc.id)).toEqual([event.id])
  })

  it('an organisation account’s change waits “In Prüfung”; an editor’s “Veröffentlichen” approves it', async () => {
    const organisation = await cms.payload.create({
      collection: 'organisations',
      data: { name: 'Verein Brücke', slug: 'verein-bruecke', district: 'sterkrade', _status: 'published' },
      locale: 'de',
      depth: 0,
      overrideAccess: true,
    })
    const mso = await createUser(cms.payload, 'verein-bruecke@example.org', ['mso'], organisation.id)
    await cms.payload.update({
      collection: 'organisations',
      id: organisation.id,
      data: { description: 'Hausaufgabenhilfe montags.' },
      locale: 'de',
      depth: 0,
      user: mso,
      overrideAccess: false,
    })
    const read = (draft: boolean) =>
      cms.payload.findByID({
        collection: 'organisations',
        id: organisation.id,
        draft,
        locale: 'de',
        depth: 0,
        user: admin,
        overrideAccess: false,
      })
    const submitted = await read(true)
    expect([submitted.workflow?.state, submitted.workflow?.submittedBy]).toEqual(['review', mso.id])

    await cms.payload.update({
      collection: 'organisations',
      id: organisation.id,
      data: { _status: 'published' },
      locale: 'de',
      depth: 0,
      user: reviewer,
      overrideAccess: false,
    })
    const live = await read(false)
    expect([live.description, live.workflow?.state, live.workflow?.reviewer]).toEqual([
      'Hausaufgabenhilfe montags.',
      'published',
      reviewer.id,
    ])
  })

  it('“Veröffentlichen” on one’s own submission is refused like approving it', async () => {
    const event = await draftEvent(author)
    await transition(cms.payload, { ...events(event.id), action: 'submit', user: author })
    const refused = await rejection(
      cms.payload.update({
        ...events(event.id),
        data: { _status: 'published' },
        locale: 'de',
        user: author,
        overrideAccess: false,
      }),
    )
    expect(refused.messages).toEqual([
      'Sie können Ihre eigene Einreichung nicht freigeben. Bitte bitten Sie eine andere Person aus der Redaktion um die Prüfung.',
    ])
    expect((await stateOf(event.id)).live).toBe(false)
  })

  it('approving records a site change, so the publisher builds the site', async () => {
    const event = await draftEvent(author)
    await transition(cms.payload, { ...events(event.id), action: 'submit', user: author })
    const before = await cms.payload.count({ collection: 'site-changes', overrideAccess: true })
    await transition(cms.payload, { ...events(event.id), action: 'approve', user: reviewer })
    const changes = await cms.payload.find({
      collection: 'site-changes',
      sort: '-createdAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    expect(changes.totalDocs).toBe(before.totalDocs + 1)
    expect([changes.docs[0]?.operation, changes.docs[0]?.entryId, changes.docs[0]?.user]).toEqual([
      'published',
      String(event.id),
      reviewer.id,
    ])
  })

  it('a client cannot write the workflow fields itself', async () => {
    const event = await draftEvent(author)
    await cms.payload.update({
      ...events(event.id),
      data: { workflow: { state: 'published', reviewer: author.id } },
      draft: true,
      locale: 'de',
      user: author,
      overrideAccess: false,
    })
    const after = await stateOf(event.id)
    expect([after.state, after.newest.workflow?.reviewer ?? null, after.live]).toEqual(['draft', null, false])
  })
})

describe('review workflow through REST', () => {
  it('submit, a refused self-approval, approval by a second editor, each answered in German', async () => {
    const event = await draftEvent(author)
    const authorToken = await login(author.email)
    const reviewerToken = await login(reviewer.email)
    const step = (token: string, action: string, comment?: string) =>
      rest('POST', `/api/events/${event.id}/workflow`, { token, json: { action, comment } })

    expect((await step(authorToken, 'submit')).body).toMatchObject({ workflow: { state: 'review' }, _status: 'draft' })
    expect(await step(authorToken, 'approve')).toEqual({
      status: 403,
      body: {
        errors: [
          expect.objectContaining({
            message:
              'Sie können Ihre eigene Einreichung nicht freigeben. Bitte bitten Sie eine andere Person aus der Redaktion um die Prüfung.',
          }),
        ],
      },
    })
    expect(await step(reviewerToken, 'sendBack')).toMatchObject({
      status: 400,
      body: {
        errors: [{ message: 'Bitte schreiben Sie der Autorin oder dem Autor in einem Hinweis, was zu ändern ist.' }],
      },
    })
    const approved = await step(reviewerToken, 'approve')
    expect([approved.status, approved.body._status]).toEqual([200, 'published'])

    const publicRead = await rest('GET', `/api/events/${event.id}?locale=de&depth=0`)
    expect([publicRead.status, publicRead.body.title, publicRead.body.workflow]).toEqual([200, event.title, undefined])
  })

  it('a plain PATCH with _status published by an editor is refused in German and publishes nothing', async () => {
    const event = await draftEvent(author)
    const token = await login(author.email)
    const refused = await rest('PATCH', `/api/events/${event.id}?locale=de`, {
      token,
      json: { title: 'Schnell live', _status: 'published' },
    })
    expect(refused.status).toBe(403)
    expect(JSON.stringify(refused.body)).toContain('Veröffentlichen ist erst nach einer Prüfung möglich')
    expect((await rest('GET', `/api/events/${event.id}?locale=de&depth=0`)).status).toBe(404)
  })

  it('an anonymous request for a step is refused', async () => {
    const event = await draftEvent(author)
    const answer = await rest('POST', `/api/events/${event.id}/workflow`, { json: { action: 'approve' } })
    expect(answer.status).toBe(401)
  })
})
