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

  it('asks again when a connection is reset, and gives up after three tries naming them', async () => {
    // A CMS that resets the first `resets` connections (a kept-alive one closed just as a read went out), then answers.
    let resets = 2
    let requests = 0
    const flaky = createServer((request, response) => {
      requests++
      if (resets-- > 0) return request.socket.destroy()
      response.setHeader('content-type', 'application/json')
      response.end(JSON.stringify({ docs: [{ id: 7 }], hasNextPage: false }))
    })
    await new Promise<void>((resolve) => flaky.listen(0, '127.0.0.1', resolve))
    const saved = process.env.CMS_URL
    process.env.CMS_URL = `http://127.0.0.1:${(flaky.address() as AddressInfo).port}`
    try {
      expect(await fetchCollection('pages')).toEqual([{ id: 7 }])
      expect(requests).toBe(3)
      resets = 3
      requests = 0
      await expect(fetchCollection('pages')).rejects.toThrow(
        /^CMS unreachable while loading collection "pages" from http:\/\/127\.0\.0\.1:\d+\/api\/pages\?.* \(3 tries\): /,
      )
      expect(requests).toBe(3)
    } finally {
      if (saved === undefined) delete process.env.CMS_URL
      else process.env.CMS_URL = saved
      flaky.closeAllConnections()
      await new Promise((resolve) => flaky.close(resolve))
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
