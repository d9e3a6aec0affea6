import { chromium, type Browser, type BrowserContext } from 'playwright-core'

export const SITE_URL = process.env.SITE_URL ?? ''
export const CMS_URL = process.env.CMS_URL ?? ''

/**
 * How long an admin navigation or step may take: in npm test the admin shares the two cores with the publisher's
 * builds, and a login or a save has taken more than Playwright's 30 s there.
 */
export const ADMIN_WAIT = { timeout: 60_000 }

/** Fails loudly when the suite runs without the site and CMS that scripts/test.ts provides. */
export function requireServers(): void {
  if (!SITE_URL || !CMS_URL)
    throw new Error('SITE_URL and CMS_URL are not set: run the browser tests through `npm test`.')
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

/** A fresh context (axe-core needs one) that records every request the page makes. */
export async function newReader(
  browser: Browser,
  options: { viewport?: { width: number; height: number }; reducedMotion?: 'reduce' | 'no-preference' } = {},
): Promise<{ context: BrowserContext; requests: string[] }> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
  })
  const requests: string[] = []
  context.on('request', (request) => requests.push(request.url()))
  return { context, requests }
}

/** A token of the admin account npm test seeds (ADMIN_EMAIL / ADMIN_PASSWORD). */
export async function adminToken(): Promise<string> {
  const response = await fetch(`${CMS_URL}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD }),
  })
  const body = (await response.json()) as { token?: string }
  if (!body.token)
    throw new Error(`admin login failed (${response.status}): set ADMIN_EMAIL/ADMIN_PASSWORD as npm test does`)
  return body.token
}
