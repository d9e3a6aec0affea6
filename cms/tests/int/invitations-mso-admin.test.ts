import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createUser, graphql, login, rest } from './fixtures'
import { startTestCms, type TestCms } from './payload'

let cms: TestCms
let own: number
let other: number
let token: string

const organisation = async (name: string, slug: string) =>
  (
    await cms.payload.create({
      collection: 'organisations',
      data: { name, slug, district: 'sterkrade', _status: 'published' },
      locale: 'de',
      depth: 0,
      overrideAccess: true,
    })
  ).id

beforeAll(async () => {
  cms = await startTestCms()
  own = await organisation('Eigener Verein', 'eigener-verein')
  other = await organisation('Anderer Verein', 'anderer-verein')
  await cms.payload.update({
    collection: 'organisations',
    id: other,
    data: { description: 'Noch nicht veröffentlicht' },
    draft: true,
    locale: 'de',
    depth: 0,
    overrideAccess: true,
  })
  await createUser(cms.payload, 'verein@example.org', ['mso'], own)
  token = await login('verein@example.org')
})
afterAll(async () => {
  await cms?.close()
})

describe("an organisation account's own data", () => {
  it('creates an event as a draft of its own organisation (never for another one) and reads it back, as the admin does after saving', async () => {
    const created = await rest('POST', '/api/events?locale=de', {
      token,
      json: {
        title: 'Offenes Café',
        slug: 'offenes-cafe',
        start: '2026-12-10T17:00:00.000Z',
        start_tz: 'Europe/Berlin',
        place: { name: 'Vereinsheim' },
        _status: 'published',
      },
    })
    expect(created.status).toBe(201)
    const doc = created.body.doc as { id: number; organiser: number | { id: number }; _status: string }
    const organiser = typeof doc.organiser === 'object' ? doc.organiser.id : doc.organiser
    expect([organiser, doc._status]).toEqual([own, 'draft'])
    const again = await rest('GET', `/api/events/${doc.id}?draft=true&locale=de&depth=0`, { token })
    expect([again.status, again.body.title]).toEqual([200, 'Offenes Café'])
    const forOther = await rest('POST', '/api/events?locale=de&depth=0', {
      token,
      json: {
        title: 'Fremd',
        slug: 'fremd',
        start: '2026-12-11T17:00:00.000Z',
        start_tz: 'Europe/Berlin',
        place: { name: 'Vereinsheim' },
        organiser: other,
      },
    })
    const forOtherDoc = forOther.body.doc as { organiser: number }
    expect([forOther.status, forOtherDoc.organiser]).toEqual([201, own])
  })

  it('sees only its own organisation, through REST and GraphQL; another one shows no data', async () => {
    const list = await rest('GET', '/api/organisations?depth=0&draft=true&locale=de', { token })
    expect((list.body.docs as { name: string }[]).map(({ name }) => name)).toEqual(['Eigener Verein'])
    const direct = await rest('GET', `/api/organisations/${other}?draft=true&locale=de&depth=0`, { token })
    expect(direct.status).toBe(404)
    const viaGraphql = await graphql(
      `{ Organisations(draft: true, locale: de) { docs { name description } } Organisation(id: ${other}, draft: true) { name description } }`,
      token,
    )
    expect(viaGraphql.data?.Organisations).toEqual({ docs: [{ name: 'Eigener Verein', description: null }] })
    expect(viaGraphql.data?.Organisation ?? null).toBeNull()
    const changed = await rest('PATCH', `/api/organisations/${other}`, { token, json: { name: 'Übernommen' } })
    expect(changed.status).toBe(403)
  })

  it('cannot read users or change settings', async () => {
    expect((await rest('GET', '/api/users?depth=0', { token })).body.docs).toEqual([
      expect.objectContaining({ email: 'verein@example.org' }),
    ])
    const settings = await rest('POST', '/api/globals/site-settings', { token, json: { siteName: 'Übernommen' } })
    expect(settings.status).toBe(403)
  })
})
