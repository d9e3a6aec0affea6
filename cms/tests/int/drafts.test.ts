import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from './payload'

let cms: TestCms

beforeAll(async () => {
  cms = await startTestCms()
})
afterAll(async () => {
  await cms?.close()
})

describe('drafts', () => {
  it('an anonymous reader never sees a draft page', async () => {
    const { payload } = cms
    await payload.create({
      collection: 'pages',
      data: { title: 'Öffentlich', slug: 'oeffentlich', _status: 'published' },
      locale: 'de',
      overrideAccess: true,
    })
    await payload.create({
      collection: 'pages',
      data: { title: 'Entwurf', slug: 'entwurf', _status: 'draft' },
      locale: 'de',
      overrideAccess: true,
      draft: true,
    })
    const anonymous = await payload.find({ collection: 'pages', overrideAccess: false, locale: 'de', depth: 0 })
    expect(anonymous.docs.map((doc) => doc.title)).toEqual(['Öffentlich'])
    const staff = await payload.find({
      collection: 'pages',
      overrideAccess: true,
      draft: true,
      locale: 'de',
      depth: 0,
      sort: 'title',
    })
    expect(staff.docs.map((doc) => doc.title)).toEqual(['Entwurf', 'Öffentlich'])
  })
})
