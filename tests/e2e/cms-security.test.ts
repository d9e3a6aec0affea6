/**
 * The CMS as the internet sees it: security headers on the admin and the API, an admin that works under its
 * Content-Security-Policy without contacting another host, and a listener on loopback only (CMS_HOST unset).
 */
import { networkInterfaces } from 'node:os'
import { connect } from 'node:net'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CMS_URL, launchBrowser, newReader, requireServers } from './browser'
import { seededAdmin, signInOn } from './helpers/admin'

let browser: Browser

beforeAll(async () => {
  requireServers()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('the CMS sends security headers', () => {
  for (const path of ['/admin/login', '/api/pages?limit=1']) {
    it(`on ${path}: no framing, no sniffing, a CSP, no X-Powered-By`, async () => {
      const response = await fetch(`${CMS_URL}${path}`)
      expect(response.status).toBe(200)
      const csp = response.headers.get('content-security-policy') ?? ''
      expect(csp.split('; ')).toEqual(
        expect.arrayContaining(["default-src 'self'", "frame-ancestors 'none'", "connect-src 'self'"]),
      )
      expect(response.headers.get('x-frame-options')).toBe('DENY')
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('referrer-policy')).toBe('same-origin')
      expect(response.headers.get('x-powered-by')).toBeNull()
    })
  }
})

describe('the admin works under its Content-Security-Policy', () => {
  it('an editor logs in and sees the dashboard; nothing is refused and no other host is asked', async () => {
    const { context, requests } = await newReader(browser)
    const page = await context.newPage()
    const refused: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text())
    })
    await signInOn(page, seededAdmin())
    await page.locator('.dashboard').waitFor()
    const origin = new URL(CMS_URL).origin
    expect(refused).toEqual([])
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([])
    await context.close()
  })
})

describe('the CMS listens on loopback only unless CMS_HOST says otherwise', () => {
  const port = Number(new URL(CMS_URL || 'http://localhost:0').port)
  const outside = Object.values(networkInterfaces())
    .flat()
    .find((address) => address && address.family === 'IPv4' && !address.internal)?.address

  it.skipIf(!outside)(`refuses a connection on this machine's own network address (${outside})`, async () => {
    const outcome = await new Promise<string>((resolve) => {
      const socket = connect({ host: outside, port, timeout: 3000 })
      socket.once('connect', () => {
        socket.destroy()
        resolve('connected')
      })
      socket.once('timeout', () => {
        socket.destroy()
        resolve('timeout')
      })
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'))
    })
    expect(outcome).toBe('ECONNREFUSED')
  })
})
