import { createLocalReq, getAccessResults, getPayload, type Payload } from 'payload'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { schedulePublishOrRefuse } from '../../src/scheduling/schedulePublish'
import { transition } from '../../src/hooks/workflow/transition'
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

/** What the admin's "Veröffentlichung planen" does (the server function), as the admin account or `user`. */
async function schedule(payload: Payload, type: 'publish' | 'unpublish', id: number, date: Date, user = admin) {
  const req = await createLocalReq({ user }, payload)
  return schedulePublishOrRefuse({
    type,
    date,
    doc: { relationTo: 'pages', value: String(id) },
    req,
    user,
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

describe('scheduled publishing where review is required (REVIEW_REQUIRED=true)', () => {
  let author: TestUser
  let colleague: TestUser
  let organisationAccount: TestUser
  beforeAll(async () => {
    author = await createUser(cms.payload, 'autorin@example.org', ['editor'])
    colleague = await createUser(cms.payload, 'kollege@example.org', ['editor'])
    organisationAccount = await createUser(cms.payload, 'verein@example.org', ['mso'])
  })
  beforeEach(() => {
    delete process.env.REVIEW_REQUIRED
  })
  afterEach(() => {
    process.env.REVIEW_REQUIRED = 'false'
  })

  const submitted = async (n: string, by: TestUser) => {
    const page = await seedEntry(cms.payload, 'pages', n, { _status: 'draft' })
    await transition(cms.payload, { collection: 'pages', id: page.id, action: 'submit', user: by })
    return page
  }

  it('an editor cannot plan the publish of a draft nobody submitted: German reason, nothing queued', async () => {
    const page = await seedEntry(cms.payload, 'pages', 'ungeprueft', { _status: 'draft' })
    expect(await schedule(cms.payload, 'publish', page.id, inSeconds(3600), author)).toEqual({
      error:
        'Eine Veröffentlichung planen können Sie erst, wenn der Eintrag zur Prüfung eingereicht ist: Die geplante Veröffentlichung ist dann die Freigabe. Bitte klicken Sie auf „Zur Prüfung einreichen“; eine andere Person aus der Redaktion kann die Veröffentlichung dann planen.',
    })
    expect(await plannedJobs(cms.payload, page.id)).toEqual([])
  })

  it('an editor cannot plan the publish of their own submission', async () => {
    const page = await submitted('selbst-eingereicht', author)
    expect(await schedule(cms.payload, 'publish', page.id, inSeconds(3600), author)).toEqual({
      error:
        'Sie haben diesen Eintrag selbst eingereicht. Die Veröffentlichung planen kann eine andere Person aus der Redaktion; sie gibt ihn damit frei.',
    })
    expect(await plannedJobs(cms.payload, page.id)).toEqual([])
  })

  it('an organisation account cannot plan publishes at all', async () => {
    const page = await submitted('verein-plant', author)
    expect(await schedule(cms.payload, 'publish', page.id, inSeconds(3600), organisationAccount)).toEqual({
      error:
        'Veröffentlichungen planen kann nur die Redaktion. Bitte reichen Sie den Eintrag zur Prüfung ein und nennen Sie den gewünschten Zeitpunkt.',
    })
  })

  it('a colleague plans the publish of a submitted page: it goes live at that time, approved by the colleague', async () => {
    const page = await submitted('kollegial-geprueft', author)
    expect(await schedule(cms.payload, 'publish', page.id, inSeconds(2), colleague)).toEqual(planned)
    expect(await waitFor(async () => (await statusOf(cms.payload, page.id)) === 'published', 20)).toBe(true)
    const live = await cms.payload.findByID({ collection: 'pages', id: page.id, depth: 0, overrideAccess: true })
    expect([live.workflow?.state, live.workflow?.submittedBy, live.workflow?.reviewer]).toEqual([
      'published',
      author.id,
      colleague.id,
    ])
  }, 40_000)

  it('a page sent back after its publish was planned is not published when the time comes', async () => {
    const page = await submitted('zurueckgegeben', author)
    expect(await schedule(cms.payload, 'publish', page.id, inSeconds(3), colleague)).toEqual(planned)
    await transition(cms.payload, {
      collection: 'pages',
      id: page.id,
      action: 'sendBack',
      comment: 'Bitte die Öffnungszeiten ergänzen.',
      user: colleague,
    })
    const ran = async () => {
      const { totalDocs } = await cms.payload.count({
        collection: 'payload-jobs',
        where: {
          and: [
            { 'input.doc.value': { equals: String(page.id) } },
            { or: [{ completedAt: { exists: true } }, { hasError: { equals: true } }] },
          ],
        },
        overrideAccess: true,
      })
      return totalDocs > 0
    }
    expect(await waitFor(ran, 20)).toBe(true)
    expect(await statusOf(cms.payload, page.id)).toBe('draft')
  }, 40_000)

  it('an admin plans the publish of any draft', async () => {
    const page = await seedEntry(cms.payload, 'pages', 'admin-plant', { _status: 'draft' })
    expect(await schedule(cms.payload, 'publish', page.id, inSeconds(3600))).toEqual(planned)
    expect(await plannedJobs(cms.payload, page.id)).toEqual(['publish'])
  })
})
