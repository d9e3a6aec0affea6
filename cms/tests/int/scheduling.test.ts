import { createLocalReq, getAccessResults, getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { schedulePublishOrRefuse } from '../../src/scheduling/schedulePublish'
import { createUser, seedEntry, type TestUser } from './fixtures'
import { startTestCms, type TestCms } from './payload'

let cms: TestCms
let admin: TestUser

beforeAll(async () => {
  cms = await startTestCms()
  // What every request to the CMS server does (Payload's REST handler, the admin): start the jobs queue's cron.
  // The config is imported after startTestCms has pointed DATABASE_URI at the test database.
  const { default: config } = await import('../../src/payload.config')
  await getPayload({ config, cron: true })
  admin = await createUser(cms.payload, 'admin@example.org', ['admin'])
})
afterAll(async () => {
  await cms?.close()
})

/** Payload's answer when a change is planned ("general:success" in German). */
const planned = { message: 'Erfolg' }

const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000)

/** What the admin's "Veröffentlichung planen" does (the server function), as the admin account. */
async function schedule(payload: Payload, type: 'publish' | 'unpublish', id: number, date: Date) {
  const req = await createLocalReq({ user: admin }, payload)
  return schedulePublishOrRefuse({
    type,
    date,
    doc: { relationTo: 'pages', value: String(id) },
    req,
    user: admin,
    permissions: await getAccessResults({ req }),
    cookies: new Map(),
    importMap: {},
  })
}

async function statusOf(payload: Payload, id: number) {
  const page = await payload.findByID({ collection: 'pages', id, draft: false, depth: 0, overrideAccess: true })
  return page._status
}

async function waitFor(check: () => Promise<boolean>, seconds: number): Promise<boolean> {
  const until = Date.now() + seconds * 1000
  while (Date.now() < until) {
    if (await check()) return true
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return check()
}

async function changesFor(payload: Payload, id: number) {
  const { docs } = await payload.find({
    collection: 'site-changes',
    where: { and: [{ target: { equals: 'pages' } }, { entryId: { equals: String(id) } }] },
    sort: 'createdAt',
    depth: 0,
    overrideAccess: true,
  })
  return docs.map(({ operation, entryTitle, user }) => ({ operation, entryTitle, user }))
}

async function plannedJobs(payload: Payload, id: number) {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ 'input.doc.value': { equals: String(id) } }, { completedAt: { exists: false } }] },
    depth: 0,
    overrideAccess: true,
  })
  return docs.map((job) => (job.input as { type?: string }).type)
}

describe('scheduled publishing', () => {
  it('a publish scheduled a few seconds ahead puts the page live by itself and tells the publisher', async () => {
    const { payload } = cms
    const page = await seedEntry(payload, 'pages', 'geplant', { _status: 'draft' })
    expect(await statusOf(payload, page.id)).toBe('draft')

    expect(await schedule(payload, 'publish', page.id, inSeconds(2))).toEqual(planned)
    expect(await plannedJobs(payload, page.id)).toEqual(['publish'])

    expect(await waitFor(async () => (await statusOf(payload, page.id)) === 'published', 20)).toBe(true)
    expect(await plannedJobs(payload, page.id)).toEqual([])
    expect(await changesFor(payload, page.id)).toEqual([
      { operation: 'published', entryTitle: page.title, user: admin.id },
    ])
  }, 40_000)

  it('an unpublish scheduled a few seconds ahead takes the page off the site by itself', async () => {
    const { payload } = cms
    const page = await seedEntry(payload, 'pages', 'auslaufend')
    expect(await statusOf(payload, page.id)).toBe('published')

    expect(await schedule(payload, 'unpublish', page.id, inSeconds(2))).toEqual(planned)

    expect(await waitFor(async () => (await statusOf(payload, page.id)) === 'draft', 20)).toBe(true)
    // The first change is the seeding's own publish.
    expect(await changesFor(payload, page.id)).toEqual([
      { operation: 'published', entryTitle: page.title, user: null },
      { operation: 'unpublished', entryTitle: page.title, user: admin.id },
    ])
  }, 40_000)

  it('a time in the past is refused in German and nothing is planned', async () => {
    const { payload } = cms
    const page = await seedEntry(payload, 'pages', 'vergangen', { _status: 'draft' })
    const answer = await schedule(payload, 'publish', page.id, new Date('2026-01-05T09:30:00.000Z'))
    expect(answer).toEqual({
      error:
        'Der gewählte Zeitpunkt (05.01.26, 10:30) liegt in der Vergangenheit. Bitte wählen Sie einen Zeitpunkt in der Zukunft.',
    })
    expect(await plannedJobs(payload, page.id)).toEqual([])
  })

  it('an unpublish before the planned publish is refused in German; one after it is planned', async () => {
    const { payload } = cms
    const page = await seedEntry(payload, 'pages', 'reihenfolge', { _status: 'draft' })
    const publishAt = new Date('2031-03-10T08:00:00.000Z')
    expect(await schedule(payload, 'publish', page.id, publishAt)).toEqual(planned)

    const tooEarly = await schedule(payload, 'unpublish', page.id, new Date('2031-03-09T08:00:00.000Z'))
    expect(tooEarly).toEqual({
      error:
        'Das Zurückziehen (09.03.31, 09:00) läge vor der geplanten Veröffentlichung (10.03.31, 09:00). Bitte wählen Sie einen Zeitpunkt nach der Veröffentlichung.',
    })
    expect(await plannedJobs(payload, page.id)).toEqual(['publish'])

    const after = await schedule(payload, 'unpublish', page.id, new Date('2031-04-10T08:00:00.000Z'))
    expect(after).toEqual(planned)
    expect((await plannedJobs(payload, page.id)).sort()).toEqual(['publish', 'unpublish'])
  })

  it('an unpublish of a page that is not published and has no publish planned is refused', async () => {
    const { payload } = cms
    const page = await seedEntry(payload, 'pages', 'nie-veroeffentlicht', { _status: 'draft' })
    const answer = await schedule(payload, 'unpublish', page.id, inSeconds(3600))
    expect(answer).toEqual({
      error:
        'Dieser Eintrag ist zu diesem Zeitpunkt nicht veröffentlicht: Es gibt nichts zurückzuziehen. Bitte planen Sie zuerst eine Veröffentlichung.',
    })
    expect(await plannedJobs(payload, page.id)).toEqual([])
  })
})
