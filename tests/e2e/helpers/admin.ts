import type { Browser, Page } from 'playwright-core'

import { ADMIN_WAIT, CMS_URL } from '../browser'

export type Account = { email: string; password: string }

/** A fresh German browser context signed in to the admin through its login form, on the dashboard. */
export async function signedIn(
  browser: Browser,
  account: Account,
  viewport: { width: number; height: number } = { width: 1280, height: 900 },
): Promise<Page> {
  const context = await browser.newContext({ locale: 'de-DE', viewport })
  const page = await context.newPage()
  await page.goto(`${CMS_URL}/admin/login`)
  await page.locator('input[name="email"]').fill(account.email)
  await page.locator('input[name="password"]').fill(account.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', ADMIN_WAIT)
  return page
}

/** A JSON request to the CMS's REST API with an account's token; the status and the parsed answer. */
export async function cmsApi<T>(
  token: string,
  path: string,
  init: RequestInit = {},
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${CMS_URL}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}`, ...init.headers },
  })
  return { status: response.status, body: (await response.json()) as T }
}

/** A token for an account, signed in through the REST API. */
export async function tokenOf(account: Account): Promise<string> {
  const { status, body } = await cmsApi<{ token?: string }>('', '/api/users/login', {
    method: 'POST',
    body: JSON.stringify(account),
  })
  if (!body.token) throw new Error(`login of ${account.email} failed (${status})`)
  return body.token
}
