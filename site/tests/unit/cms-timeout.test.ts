import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { cmsTimeoutMs, fetchCollection } from '#/loaders/cms.ts'

let paused: Server

beforeAll(async () => {
  // A CMS that accepts the connection and never answers (a paused process looks like this).
  paused = createServer(() => {})
  await new Promise<void>((resolve) => paused.listen(0, '127.0.0.1', resolve))
})
afterAll(async () => {
  paused.closeAllConnections()
  await new Promise((resolve) => paused.close(resolve))
})

describe('a site build against a CMS that does not answer', () => {
  it('fails after the configured time with "CMS nicht erreichbar", naming what it was loading', async () => {
    const { port } = paused.address() as AddressInfo
    const saved = { url: process.env.CMS_URL, timeout: process.env.CMS_TIMEOUT_SECONDS }
    Object.assign(process.env, { CMS_URL: `http://127.0.0.1:${port}`, CMS_TIMEOUT_SECONDS: '0.3' })
    try {
      const started = Date.now()
      await expect(fetchCollection('pages')).rejects.toThrow(
        /^CMS nicht erreichbar: keine Antwort in 0\.3 s beim Laden von collection "pages" von http:\/\/127\.0\.0\.1:\d+\/api\/pages\?.* \(Wartezeit: CMS_TIMEOUT_SECONDS\)\.$/,
      )
      expect(Date.now() - started).toBeLessThan(5_000)
    } finally {
      process.env.CMS_URL = saved.url
      process.env.CMS_TIMEOUT_SECONDS = saved.timeout
      if (saved.url === undefined) delete process.env.CMS_URL
      if (saved.timeout === undefined) delete process.env.CMS_TIMEOUT_SECONDS
    }
  })

  it('waits 30 seconds unless told otherwise, and refuses a timeout it cannot read', () => {
    expect(cmsTimeoutMs({})).toBe(30_000)
    expect(cmsTimeoutMs({ CMS_TIMEOUT_SECONDS: '120' })).toBe(120_000)
    expect(() => cmsTimeoutMs({ CMS_TIMEOUT_SECONDS: 'lang' })).toThrow(
      'CMS_TIMEOUT_SECONDS must be a positive number of seconds, not "lang".',
    )
  })
})
