import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { publisherAuthorization, publisherToken } from '../../src/collections/SiteBuilds/publisherToken'
import { NIGHTLY_TITLE, nightlyBuildCron, nightlySiteBuildTask } from '../../src/collections/SiteChanges/nightly'
import { createUser, login, seedEntry, type EntryData, type TestUser, rest } from './fixtures'
import { startTestCms, type TestCms } from './payload'

let cms: TestCms
let editor: TestUser
let admin: TestUser
let mso: TestUser

beforeAll(async () => {
  cms = await startTestCms()
  editor = await createUser(cms.payload, 'redaktion@example.org', ['editor'])
  admin = await createUser(cms.payload, 'admin@example.org', ['admin'])
  const organisation = await seedEntry(cms.payload, 'organisations', 'verein')
  mso = await createUser(cms.payload, 'verein@example.org', ['mso'], organisation.id)
})
afterAll(async () => {
  await cms?.close()
})

/** Starts each test with no pending change and no running build. */
beforeEach(async () => {
  await cms.payload.delete({ collection: 'site-changes', where: { id: { exists: true } }, overrideAccess: true })
  await cms.payload.delete({ collection: 'site-builds', where: { id: { exists: true } }, overrideAccess: true })
})

/** A REST call through Payload's own handler, with the given Authorization header. */
const call = (method: 'GET' | 'POST', path: string, authorization?: string, json?: unknown) =>
  rest(method, path, { authorization, json })

/** Read after startTestCms has set PAYLOAD_SECRET, from which the token derives. */
const asPublisher = () => publisherAuthorization(publisherToken())
const claim = (publisher = 'test-publisher') =>
  call('POST', '/api/site-changes/claim', asPublisher(), { publisher, quietMs: 0 })

async function pendingChanges() {
  const { docs } = await cms.payload.find({
    collection: 'site-changes',
    where: { status: { equals: 'pending' } },
    sort: 'createdAt',
    depth: 0,
    overrideAccess: true,
  })
  return docs.map(({ operation, target, entryTitle, user }) => ({ operation, target, entryTitle, user }))
}

const eventData = (title: string, slug: string): EntryData<'events'> => ({
  title,
  slug,
  start: '2026-12-01T17:00:00.000Z',
  start_tz: 'Europe/Berlin',
  end: '2026-12-01T19:00:00.000Z',
  end_tz: 'Europe/Berlin',
  status: 'scheduled',
  accessibility: 'unknown',
  place: { name: 'Rathaus Oberhausen' },
})

describe('what tells the publisher to rebuild the site', () => {
  it('a draft and its autosaves start no build; publishing, unpublishing and deleting do, naming the editor', async () => {
    const { payload } = cms
    const asEditor = { user: editor, overrideAccess: false, locale: 'de', depth: 0 } as const
    const draft = await payload.create({
      collection: 'events',
      data: { ...eventData('Sprachcafé', 'sprachcafe'), _status: 'draft' },
      draft: true,
      ...asEditor,
    })
    await payload.update({
      collection: 'events',
      id: draft.id,
      data: { title: 'Sprachcafé am Dienstag' },
      draft: true,
      autosave: true,
      ...asEditor,
    })
    // Saved without `draft`, but as a draft: a never-published entry stays off the site.
    await payload.update({ collection: 'events', id: draft.id, data: { _status: 'draft' }, ...asEditor })
    expect(await pendingChanges()).toEqual([])

    await payload.update({ collection: 'events', id: draft.id, data: { _status: 'published' }, ...asEditor })
    // A draft on top of the published entry leaves the page as it is.
    await payload.update({
      collection: 'events',
      id: draft.id,
      data: { title: 'Noch nicht fertig' },
      draft: true,
      autosave: true,
      ...asEditor,
    })
    await payload.update({ collection: 'events', id: draft.id, data: { _status: 'draft' }, ...asEditor })
    await payload.update({ collection: 'events', id: draft.id, data: { _status: 'published' }, ...asEditor })
    await payload.delete({ collection: 'events', id: draft.id, ...asEditor })
    expect(await pendingChanges()).toEqual([
      { operation: 'published', target: 'events', entryTitle: 'Sprachcafé am Dienstag', user: editor.id },
      { operation: 'unpublished', target: 'events', entryTitle: 'Noch nicht fertig', user: editor.id },
      { operation: 'published', target: 'events', entryTitle: 'Noch nicht fertig', user: editor.id },
      { operation: 'deleted', target: 'events', entryTitle: 'Noch nicht fertig', user: editor.id },
    ])
  })

  it('a change to a collection without drafts or to a global counts; a search miss and a new account do not', async () => {
    const { payload } = cms
    await payload.create({
      collection: 'topics',
      data: { title: 'Sprache', slug: 'sprache' },
      user: editor,
      overrideAccess: false,
      locale: 'de',
    })
    await payload.updateGlobal({ slug: 'alert-banner', data: { active: false }, user: admin, overrideAccess: false })
    await createUser(payload, 'neu@example.org', ['editor'])
    await call('POST', '/api/search-misses/record', undefined, { query: 'kita', locale: 'de' })
    expect(await pendingChanges()).toEqual([
      { operation: 'changed', target: 'topics', entryTitle: 'Sprache', user: editor.id },
      { operation: 'changed', target: 'alert-banner', entryTitle: null, user: admin.id },
    ])
  })

  it('an MSO account saving its event (always a draft) starts no build', async () => {
    await cms.payload.create({
      collection: 'events',
      data: { ...eventData('Vereinsfest', 'vereinsfest'), _status: 'published' },
      user: mso,
      overrideAccess: false,
      locale: 'de',
    })
    expect(await pendingChanges()).toEqual([])
  })
})

describe('claiming changes for a build', () => {
  it('two publishers claiming at once: one gets every pending change, the other none, and nothing twice', async () => {
    await seedEntry(cms.payload, 'topics', 'a')
    await seedEntry(cms.payload, 'topics', 'b')
    const answers = await Promise.all([claim('publisher-1'), claim('publisher-2')])
    const claimed = answers.filter((answer) => answer.body.state === 'claimed')
    expect(claimed).toHaveLength(1)
    expect(claimed[0].body).toMatchObject({ changes: 2, build: { full: false } })
    // The other found the lock taken (busy), or arrived after the changes were gone (idle).
    expect(['busy', 'idle']).toContain(answers.find((answer) => answer !== claimed[0])?.body.state)
    // While that build runs, nobody else starts one.
    expect((await claim('publisher-2')).body).toEqual({ state: 'busy' })
    const build = claimed[0].body.build as { id: number }
    const publisher = answers.indexOf(claimed[0]) === 0 ? 'publisher-1' : 'publisher-2'
    const report = await call('POST', `/api/site-builds/${build.id}/report`, asPublisher(), {
      publisher,
      status: 'succeeded',
      kind: 'incremental',
      seconds: 4.2,
      pages: 120,
      entries: 2,
    })
    expect(report).toEqual({ status: 200, body: { id: build.id, status: 'succeeded' } })
    expect((await claim('publisher-2')).body).toEqual({ state: 'idle' })
    const stored = await cms.payload.findByID({
      collection: 'site-builds',
      id: build.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(stored).toMatchObject({ status: 'succeeded', kind: 'incremental', pages: 120, lock: null })
  })

  it('changes within the quiet window wait; the claim says how long', async () => {
    await seedEntry(cms.payload, 'topics', 'c')
    const answer = await call('POST', '/api/site-changes/claim', asPublisher(), { publisher: 'p', quietMs: 60_000 })
    expect(answer.body.state).toBe('waiting')
    expect(answer.body.retryInMs).toBeGreaterThan(50_000)
    expect(answer.body.retryInMs).toBeLessThanOrEqual(60_000)
  })

  it('a publisher restarted during a build gets the same changes again; the cut-off build shows as abandoned', async () => {
    await seedEntry(cms.payload, 'topics', 'd')
    const first = (await claim('restarted')).body as { state: string; build: { id: number } }
    expect(first.state).toBe('claimed')
    const second = (await claim('restarted')).body as { state: string; build: { id: number }; changes: number }
    expect(second).toMatchObject({ state: 'claimed', changes: 1 })
    const cutOff = await cms.payload.findByID({
      collection: 'site-builds',
      id: first.build.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(cutOff).toMatchObject({ status: 'abandoned', lock: null })
    expect(cutOff.error).toContain('während des Baus beendet')
  })

  it('a build whose publisher stopped confirming it is taken over by another; the one still confirmed is not', async () => {
    await seedEntry(cms.payload, 'topics', 'stale')
    const first = (await claim('gone-publisher')).body as { state: string; build: { id: number }; aliveEveryMs: number }
    expect(first).toMatchObject({ state: 'claimed', aliveEveryMs: 20_000 })
    const confirm = (publisher: string) =>
      call('POST', `/api/site-builds/${first.build.id}/alive`, asPublisher(), { publisher })
    expect((await confirm('gone-publisher')).status).toBe(200)
    expect((await confirm('another-publisher')).status).toBe(409)
    expect((await claim('another-publisher')).body).toEqual({ state: 'busy' })
    // Three minutes without a confirmation (the limit is two).
    await cms.payload.db.updateOne({
      collection: 'site-builds',
      id: first.build.id,
      data: { updatedAt: new Date(Date.now() - 3 * 60_000).toISOString() },
      returning: false,
    })
    const second = (await claim('another-publisher')).body as { state: string; build: { id: number } }
    expect(second).toMatchObject({ state: 'claimed', changes: 1 })
    const cutOff = await cms.payload.findByID({
      collection: 'site-builds',
      id: first.build.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(cutOff).toMatchObject({ status: 'abandoned', lock: null })
    expect(cutOff.error).toBe(
      'Abgebrochen: Der Publisher „gone-publisher“ hat sich seit 120 Sekunden nicht mehr gemeldet. Der nächste Bau holt ihn nach.',
    )
    // The publisher that was gone comes back: its build is no longer its own.
    expect((await confirm('gone-publisher')).status).toBe(409)
  })

  it('a failed build keeps its German reason and the dashboard state says "Fehler"', async () => {
    await seedEntry(cms.payload, 'topics', 'e')
    const claimed = (await claim()).body as { build: { id: number } }
    await call('POST', `/api/site-builds/${claimed.build.id}/report`, asPublisher(), {
      publisher: 'test-publisher',
      status: 'failed',
      error: 'CMS nicht erreichbar.',
    })
    const { siteState } = await import('../../src/collections/SiteBuilds/status')
    const state = await siteState(cms.payload)
    expect({ state: state.state, label: state.label, error: state.last?.error }).toEqual({
      state: 'failed',
      label: 'Fehler',
      error: 'CMS nicht erreichbar.',
    })
  })
})

describe('who may do what', () => {
  it('anonymous readers and MSO accounts can neither claim changes nor read builds; a wrong token cannot claim', async () => {
    await seedEntry(cms.payload, 'topics', 'f')
    const msoToken = `JWT ${await login('verein@example.org')}`
    expect((await call('POST', '/api/site-changes/claim', undefined, { quietMs: 0 })).status).toBe(403)
    expect((await call('POST', '/api/site-changes/claim', msoToken, { quietMs: 0 })).status).toBe(403)
    expect((await call('POST', '/api/site-changes/claim', 'Publisher falsch', { quietMs: 0 })).status).toBe(403)
    for (const path of ['/api/site-builds', '/api/site-changes']) {
      expect((await call('GET', path)).status).toBe(403)
      expect((await call('GET', path, msoToken)).status).toBe(403)
    }
    expect((await call('POST', '/api/site-builds/1/report', msoToken, { status: 'succeeded' })).status).toBe(403)
    expect(await pendingChanges()).toHaveLength(1)
  })

  it('editors ask for a rebuild, only admins for every page; MSO accounts for neither', async () => {
    const editorToken = `JWT ${await login('redaktion@example.org')}`
    const adminToken = `JWT ${await login('admin@example.org')}`
    const msoToken = `JWT ${await login('verein@example.org')}`
    expect((await call('POST', '/api/site-changes/request', editorToken, {})).status).toBe(201)
    const refused = await call('POST', '/api/site-changes/request', editorToken, { full: true })
    expect(refused).toEqual({
      status: 403,
      body: { errors: [{ message: 'Nur die Administration kann alle Seiten der Website neu bauen lassen.' }] },
    })
    expect((await call('POST', '/api/site-changes/request', msoToken, {})).status).toBe(403)
    expect((await call('POST', '/api/site-changes/request', undefined, {})).status).toBe(403)
    expect((await call('POST', '/api/site-changes/request', adminToken, { full: true })).status).toBe(201)
    const claimed = (await claim()).body
    expect(claimed).toMatchObject({ state: 'claimed', changes: 2, build: { full: true } })
    const builds = await call('GET', '/api/site-builds?depth=0', editorToken)
    expect(builds.status).toBe(200)
    expect((builds.body.docs as { requestedBy: number[] }[])[0].requestedBy.sort()).toEqual(
      [editor.id, admin.id].sort(),
    )
  })
})

describe('the nightly full build (pages that depend on the date change without a save)', () => {
  it('the nightly job asks for a full build once; the claim names it; SITE_NIGHTLY_BUILD sets its time or turns it off', async () => {
    const nightly = async () => {
      const { id } = await cms.payload.jobs.queue({ task: 'nightlySiteBuild', input: {} })
      await cms.payload.jobs.runByID({ id })
    }
    await nightly()
    await nightly()
    expect(await pendingChanges()).toEqual([
      { operation: 'requested', target: 'website', entryTitle: NIGHTLY_TITLE, user: null },
    ])
    const claimed = (await claim()).body
    expect(claimed).toMatchObject({
      state: 'claimed',
      changes: 1,
      build: { full: true, trigger: `Neubau angefordert (${NIGHTLY_TITLE})` },
    })
    expect([nightlyBuildCron({}), nightlyBuildCron({ SITE_NIGHTLY_BUILD: '3:45' })]).toEqual([
      '0 5 0 * * *',
      '0 45 3 * * *',
    ])
    expect(nightlySiteBuildTask({ SITE_NIGHTLY_BUILD: 'off' }).schedule).toBeUndefined()
    expect(() => nightlyBuildCron({ SITE_NIGHTLY_BUILD: '24:00' })).toThrow(
      'SITE_NIGHTLY_BUILD must be a time of day as HH:MM or "off", not "24:00".',
    )
  })
})
