import type { Browser, Page } from 'playwright-core'

import { ADMIN_WAIT, CMS_URL } from '../browser'

export type Account = { email: string; password: string }

/**
 * Waits until React runs the admin's login form. Its HTML arrives first: a click before React has taken it over
 * (a loaded machine takes seconds) posts the form natively to /api/users/login, and the browser lands on that
 * answer instead of the dashboard. React marks each element it has taken over with a `__reactProps$…` property.
 */
export async function loginFormReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const button = document.querySelector('form button[type="submit"]')
      return button !== null && Object.keys(button).some((key) => key.startsWith('__reactProps$'))
    },
    undefined,
    ADMIN_WAIT,
  )
}

/** Fills the admin's login form on the current page, once React runs it, and submits it. */
export async function submitLoginForm(page: Page, account: Account): Promise<void> {
  await loginFormReady(page)
  await page.locator('input[name="email"]').fill(account.email)
  await page.locator('input[name="password"]').fill(account.password)
  await page.locator('button[type="submit"]').click()
}

/** The CMS's answer to a login: its status and, for a refusal, its (German) message. */
export type LoginAnswer = { status: number; message: string }

/** Runs `submit` and returns the CMS's answer to the login it sends (POST /api/users/login). */
export async function loginAnswer(page: Page, submit: () => Promise<void>): Promise<LoginAnswer> {
  const answer = page.waitForResponse(
    (response) => new URL(response.url()).pathname === '/api/users/login' && response.request().method() === 'POST',
    ADMIN_WAIT,
  )
  await submit()
  const response = await answer
  const body = (await response.json().catch(() => ({}))) as { errors?: { message?: string }[]; message?: string }
  return { status: response.status(), message: body.errors?.[0]?.message ?? body.message ?? '' }
}

/**
 * Opens the admin's login page, signs in through its form and waits for the dashboard. A login the CMS refused (a
 * limit of failed sign-ins answers 429) fails with its status and message instead of a time-out on the login page.
 */
export async function signInOn(page: Page, account: Account): Promise<void> {
  await page.goto(`${CMS_URL}/admin/login`)
  const { status, message } = await loginAnswer(page, () => submitLoginForm(page, account))
  if (status >= 400) throw new Error(`login of ${account.email} refused: ${status} ${message}`)
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', ADMIN_WAIT)
}

/** The seeded admin account of the test stack (ADMIN_EMAIL, ADMIN_PASSWORD). */
export const seededAdmin = (): Account => ({
  email: process.env.ADMIN_EMAIL ?? '',
  password: process.env.ADMIN_PASSWORD ?? '',
})

/**
 * A fresh German browser context signed in to the admin through its login form, on the dashboard. `client` is the
 * address the CMS counts its sign-ins under (`X-Forwarded-For`, as the reverse proxy sends it): a test that makes
 * failed sign-ins on purpose uses its own, so it neither meets nor leaves behind the limit of failed sign-ins per
 * client that all other tests share.
 */
export async function signedIn(
  browser: Browser,
  account: Account,
  viewport: { width: number; height: number } = { width: 1280, height: 900 },
  client?: string,
): Promise<Page> {
  const context = await browser.newContext({
    locale: 'de-DE',
    viewport,
    ...(client ? { extraHTTPHeaders: { 'X-Forwarded-For': client } } : {}),
  })
  const page = await context.newPage()
  await signInOn(page, account)
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
