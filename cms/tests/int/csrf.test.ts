import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createUser, login } from './fixtures'
import { startTestCms, type TestCms } from './payload'

let cms: TestCms
let token: string

beforeAll(async () => {
  delete process.env.CMS_PUBLIC_URL
  delete process.env.CMS_URL
  delete process.env.CMS_PORT
  delete process.env.PORT
  cms = await startTestCms()
  await createUser(cms.payload, 'redaktion@example.org', ['editor'])
  token = await login('redaktion@example.org')
})
afterAll(async () => {
  await cms?.close()
})

/** A form post as a browser sends it with the editor's session cookie, from `origin`. */
async function formPost(origin: string | undefined, title: string): Promise<number> {
  const { default: config } = await import('../../src/payload.config')
  const form = new FormData()
  form.set('_payload', JSON.stringify({ title, slug: title.toLowerCase() }))
  // Encoded up front, as a browser sends an HTML form with enctype="multipart/form-data" (no preflight).
  const encoded = new Response(form)
  const headers = new Headers({
    Cookie: `payload-token=${token}`,
    'Content-Type': encoded.headers.get('Content-Type') ?? 'multipart/form-data',
  })
  if (origin) headers.set('Origin', origin)
  else headers.set('Sec-Fetch-Site', 'cross-site')
  const body = Buffer.from(await encoded.arrayBuffer())
  const request = new Request('http://localhost:3000/api/topics', { method: 'POST', headers, body })
  return (await handleEndpoints({ config, request })).status
}

const titles = async () =>
  (await cms.payload.find({ collection: 'topics', depth: 0, overrideAccess: true, sort: 'title' })).docs.map(
    (doc) => doc.title,
  )

describe('requests from other sites', () => {
  it('a form on another port of the same host writes nothing with the editor’s cookie', async () => {
    expect(await formPost('http://localhost:3999', 'Fremd')).toBe(403)
    expect(await formPost('https://evil.example', 'Boese')).toBe(403)
    expect(await formPost(undefined, 'Ohne')).toBe(403)
    expect(await titles()).toEqual([])
  })

  it('the admin on its own origin still writes with its cookie', async () => {
    expect(await formPost('http://localhost:3000', 'Bildung')).toBe(201)
    expect(await titles()).toEqual(['Bildung'])
  })
})
