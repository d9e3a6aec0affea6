import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publisherAuthorization, publisherToken } from '../../src/collections/SiteBuilds/publisherToken'
import { isPreviewToken } from '../../src/collections/SitePreviews/token'
import { createUser, login, seedEntry, restRaw } from './fixtures'
import { startTestCms, type TestCms } from './payload'

let cms: TestCms
let editorToken: string
let msoToken: string
let ownEvent: { id: number }
let otherEvent: { id: number }

beforeAll(async () => {
  process.env.SITE_URL = 'http://site.example'
  cms = await startTestCms()
  await createUser(cms.payload, 'redaktion@example.org', ['editor'])
  const organisation = await seedEntry(cms.payload, 'organisations', 'verein')
  const other = await seedEntry(cms.payload, 'organisations', 'anderer')
  await createUser(cms.payload, 'verein@example.org', ['mso'], organisation.id)
  ownEvent = await seedEntry(cms.payload, 'events', 'eigen', { organiser: organisation.id })
  otherEvent = await seedEntry(cms.payload, 'events', 'fremd', { organiser: other.id })
  editorToken = await login('redaktion@example.org')
  msoToken = await login('verein@example.org')
})
afterAll(async () => {
  await cms?.close()
})

/** A REST call through Payload's own handler, with the given Authorization header. */
const call = (method: 'GET' | 'POST', path: string, authorization?: string, json?: unknown) =>
  restRaw(method, path, { authorization, json })

const asPublisher = () => publisherAuthorization(publisherToken())
/** The button on the page the admin's "Vorschau" link shows: a POST that records the preview. */
const open = (collection: string, id: number, locale: string, authorization?: string) =>
  call('POST', `/api/site-previews/open?collection=${collection}&id=${id}&locale=${locale}`, authorization)
const tokenOf = (location: string | null) => /\/vorschau\/([^/]+)\//.exec(location ?? '')?.[1] ?? ''
const claim = () => call('POST', '/api/site-previews/claim', asPublisher(), { publisher: 'test' })

async function previewRow(token: string) {
  const { docs } = await cms.payload.find({
    collection: 'site-previews',
    where: { token: { equals: token } },
    overrideAccess: true,
    depth: 0,
  })
  return docs[0]
}

describe('requesting a preview', () => {
  it('sends an editor to an unguessable address on the site, in the language asked for, valid for 24 hours', async () => {
    const before = Date.now()
    const answer = await open('events', ownEvent.id, 'ar', `JWT ${editorToken}`)
    expect(answer.status).toBe(201)
    const token = tokenOf(answer.location)
    expect(isPreviewToken(token)).toBe(true)
    expect(answer.location).toBe(`http://site.example/vorschau/${token}/ar/`)
    const row = await previewRow(token)
    expect([row.collection, row.entryId, row.status, row.entryTitle]).toEqual([
      'events',
      String(ownEvent.id),
      'pending',
      'Treffen eigen',
    ])
    const hours = (Date.parse(row.expiresAt) - before) / 3_600_000
    expect(hours).toBeGreaterThan(23.99)
    expect(hours).toBeLessThan(24.01)
  })

  it('the link behind the "Vorschau" button records nothing: it shows a German page whose button asks with a POST', async () => {
    const before = await cms.payload.count({ collection: 'site-previews', overrideAccess: true })
    const path = `/api/site-previews/open?collection=events&id=${ownEvent.id}&locale=ar`
    const answer = await call('GET', path, `JWT ${editorToken}`)
    expect(answer.status).toBe(200)
    expect(answer.text).toContain('<h1>Vorschau erstellen</h1>')
    expect(answer.text).toContain('Die Vorschau zeigt den Entwurf „Treffen eigen“ (Sprache: Arabisch)')
    expect(answer.text).toContain(
      `<form method="post" action="${path.replace(/&/g, '&#38;')}"><button type="submit" style="font:inherit;padding:.5rem 1rem">Vorschau erstellen</button></form>`,
    )
    await call('GET', path, `JWT ${editorToken}`)
    expect(await cms.payload.count({ collection: 'site-previews', overrideAccess: true })).toEqual(before)
  })

  it('the POST answers a page that moves on to the preview by itself', async () => {
    const answer = await open('events', ownEvent.id, 'de', `JWT ${editorToken}`)
    expect(answer.status).toBe(201)
    expect(answer.text).toContain(`<meta http-equiv="refresh" content="0; url=${answer.location}">`)
    expect(answer.text).toContain(`<a href="${answer.location}">Zur Vorschau</a>`)
  })

  it('Leichte Sprache goes to its own address on the site', async () => {
    const answer = await open('events', ownEvent.id, 'de-x-ls', `JWT ${editorToken}`)
    expect(answer.location).toMatch(/\/vorschau\/[A-Za-z0-9_-]{43}\/leichte-sprache\/$/)
  })

  it('asks anonymous visitors to sign in, in German', async () => {
    const answer = await open('events', ownEvent.id, 'de')
    expect(answer.status).toBe(401)
    expect(answer.text).toContain('Bitte melden Sie sich an')
  })

  it('lets an organisation account preview its own events only', async () => {
    expect((await open('events', ownEvent.id, 'de', `JWT ${msoToken}`)).status).toBe(201)
    const refused = await open('events', otherEvent.id, 'de', `JWT ${msoToken}`)
    expect(refused.status).toBe(403)
    expect(refused.text).toContain('Sie dürfen die Vorschau dieses Eintrags nicht ansehen.')
  })

  it('names an entry that does not exist in German', async () => {
    const answer = await open('events', 999_999, 'de', `JWT ${editorToken}`)
    expect(answer.status).toBe(404)
    expect(answer.text).toContain('Eintrag nicht gefunden')
  })
})

describe('the publisher and the preview', () => {
  it('claims each preview once and reads the draft, not the published entry', async () => {
    await cms.payload.delete({ collection: 'site-previews', where: { id: { exists: true } }, overrideAccess: true })
    await cms.payload.update({
      collection: 'events',
      id: ownEvent.id,
      data: { title: 'Treffen eigen (Entwurf)' },
      draft: true,
      locale: 'de',
      overrideAccess: true,
    })
    const token = tokenOf((await open('events', ownEvent.id, 'de', `JWT ${editorToken}`)).location)
    expect((await call('GET', `/api/site-previews/${token}/state`)).body.state).toBe('pending')

    const first = await claim()
    expect(first.body).toMatchObject({ state: 'claimed', preview: { token, collection: 'events' } })
    expect((await claim()).body).toEqual({ state: 'idle' })
    expect((await call('GET', `/api/site-previews/${token}/state`)).body.state).toBe('building')

    const draft = await call('GET', `/api/site-previews/${token}/draft`, asPublisher())
    expect(draft.body.title).toEqual({ de: 'Treffen eigen (Entwurf)' })
    const published = await cms.payload.findByID({ collection: 'events', id: ownEvent.id, locale: 'de', depth: 0 })
    expect(published.title).toBe('Treffen eigen')

    expect((await call('GET', `/api/site-previews/${token}/draft`, `JWT ${editorToken}`)).status).toBe(403)
    const report = await call('POST', `/api/site-previews/${token}/report`, asPublisher(), { status: 'ready' })
    expect(report.status).toBe(200)
    expect((await call('GET', `/api/site-previews/${token}/state`)).body.state).toBe('ready')
  })

  it('leaves out contact details an organisation has not agreed to publish', async () => {
    const organisation = await seedEntry(cms.payload, 'organisations', 'kontakt', {
      contact: { consent: false, person: 'Frau Geheim', email: 'geheim@example.org' },
    })
    const token = tokenOf((await open('organisations', organisation.id, 'de', `JWT ${editorToken}`)).location)
    const draft = await call('GET', `/api/site-previews/${token}/draft`, asPublisher())
    expect(draft.body.name).toBe('Verein kontakt')
    expect(draft.body.contact).toEqual({ consent: false })
  })

  it('answers 404 for an unknown token and 410 for an expired one, and deletes expired previews', async () => {
    expect((await call('GET', `/api/site-previews/${'x'.repeat(43)}/state`)).status).toBe(404)
    const token = tokenOf((await open('events', ownEvent.id, 'de', `JWT ${editorToken}`)).location)
    const row = await previewRow(token)
    await cms.payload.update({
      collection: 'site-previews',
      id: row.id,
      data: { expiresAt: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
    })
    expect((await call('GET', `/api/site-previews/${token}/state`)).status).toBe(410)
    expect((await call('GET', `/api/site-previews/${token}/draft`, asPublisher())).status).toBe(404)
    await claim()
    expect(await previewRow(token)).toBeUndefined()
  })
})
