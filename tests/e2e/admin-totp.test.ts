/**
 * Zwei-Faktor-Anmeldung in the admin, as an editor meets it: set up in "Mein Konto" with the QR code's key, confirm
 * with a code, see the recovery codes; log out; the login form then wants the code, refuses a missing or wrong one in
 * German without a session, and signs in with the current one.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CODE_MISSING, CODE_WRONG } from '../../cms/src/auth/totp/login'
import { base32Decode, totp } from '../../cms/src/auth/totp/rfc6238'
import { adminToken, ADMIN_WAIT, CMS_URL, launchBrowser, requireServers } from './browser'
import { cmsApi, loginAnswer, loginFormReady, signedIn, type Account, type LoginAnswer } from './helpers/admin'

let browser: Browser
const account: Account = { email: `zwei-faktor-${Date.now()}@example.org`, password: 'Kanal Brücke Apfel 7 Zwei' }

beforeAll(async () => {
  requireServers()
  browser = await launchBrowser()
  const created = await cmsApi(await adminToken(), '/api/users', {
    method: 'POST',
    body: JSON.stringify({ ...account, name: 'Zwei-Faktor Test', roles: ['editor'] }),
  })
  expect(created.status).toBe(201)
})
afterAll(async () => {
  await browser?.close()
})

const hasSessionCookie = async (page: Page) =>
  (await page.context().cookies()).some((cookie) => cookie.name === 'payload-token' && cookie.value !== '')

/**
 * Fills and sends the login form once Payload says it is ready (`data-form-ready`: not still busy with the last
 * answer), and returns the CMS's answer to that login. The fields are read back first: a click that raced React's
 * update of the form would otherwise send the previous code.
 */
async function submitLogin(page: Page, code: string): Promise<LoginAnswer> {
  await loginFormReady(page)
  await page.locator('form[data-form-ready="true"]').waitFor(ADMIN_WAIT)
  const fields = {
    email: page.locator('input[name="email"]'),
    password: page.locator('input[name="password"]'),
    code: page.getByLabel('Code der Zwei-Faktor-Anmeldung'),
  }
  await fields.email.fill(account.email)
  await fields.password.fill(account.password)
  await fields.code.fill(code)
  for (const [field, value] of [
    [fields.email, account.email],
    [fields.password, account.password],
    [fields.code, code],
  ] as const)
    await expect.poll(() => field.inputValue()).toBe(value)
  return loginAnswer(page, () => page.locator('button[type="submit"]').click())
}

/** A six-digit code that is none of the account's codes from one step before `unixMs` to two steps after it. */
function codeOfNoStep(key: Uint8Array, unixMs: number): string {
  const valid = new Set([-1, 0, 1, 2].map((offset) => totp(key, unixMs + offset * 30_000)))
  let candidate = (Number(totp(key, unixMs)) + 500_000) % 1_000_000
  while (valid.has(String(candidate).padStart(6, '0'))) candidate = (candidate + 1) % 1_000_000
  return String(candidate).padStart(6, '0')
}

describe('Zwei-Faktor-Anmeldung in the admin', () => {
  it('an editor sets it up in the account, and from then on the login needs the current code', async () => {
    // Its own client address: the two refused sign-ins below count against it, not against the other tests.
    const page = await signedIn(browser, account, undefined, `198.18.${process.pid % 250}.${Date.now() % 250}`)
    const hosts = new Set<string>()
    page.on('request', (request) => hosts.add(new URL(request.url()).host))

    await page.goto(`${CMS_URL}/admin/account`)
    await expect.poll(() => page.getByText('Ausgeschaltet: Die Anmeldung verlangt nur das Passwort.').count()).toBe(1)
    await page.getByRole('button', { name: 'Zwei-Faktor-Anmeldung einrichten' }).click()
    const qr = page.getByAltText('QR-Code zum Einrichten der Authenticator-App')
    await qr.waitFor()
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/)
    const secret = (await page.locator('.two-factor__secret').textContent()) ?? ''
    expect(secret).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/)
    const key = base32Decode(secret)

    await page.getByLabel('2. Geben Sie den sechsstelligen Code ein').fill(totp(key, Date.now()))
    await page.getByRole('button', { name: 'Bestätigen und einschalten' }).click()
    await page.getByText('Die Zwei-Faktor-Anmeldung ist eingeschaltet.').waitFor()
    const recoveryCodes = await page.locator('.two-factor__recovery-codes li').allTextContents()
    expect(recoveryCodes).toHaveLength(10)
    for (const code of recoveryCodes) expect(code).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$/)
    await page.getByRole('button', { name: 'Ich habe die Codes gespeichert' }).click()
    await page.getByText('Eingeschaltet: Die Anmeldung verlangt außer dem Passwort').waitFor()
    // Reloaded, the account shows it on, and neither the key nor the codes again.
    await page.reload()
    await page.getByText('Eingeschaltet: Die Anmeldung verlangt außer dem Passwort').waitFor()
    expect(await page.content()).not.toContain(secret)
    expect([...hosts]).toEqual([new URL(CMS_URL).host])

    await page.goto(`${CMS_URL}/admin/logout`)
    await page.waitForURL((url) => url.pathname === '/admin/login', ADMIN_WAIT)
    expect(await hasSessionCookie(page)).toBe(false)

    expect(await submitLogin(page, '')).toEqual({ status: 401, message: CODE_MISSING })
    await page.getByText(CODE_MISSING).first().waitFor()
    expect(new URL(page.url()).pathname).toBe('/admin/login')
    expect(await hasSessionCookie(page)).toBe(false)

    expect(await submitLogin(page, codeOfNoStep(key, Date.now()))).toEqual({ status: 401, message: CODE_WRONG })
    await page.getByText(CODE_WRONG).first().waitFor()
    expect(await hasSessionCookie(page)).toBe(false)

    // The step of the confirmation is used up: the next step's code (within the ±30 s the CMS allows) signs in.
    expect(await submitLogin(page, totp(key, Date.now() + 30_000))).toMatchObject({ status: 200 })
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', ADMIN_WAIT)
    expect(await hasSessionCookie(page)).toBe(true)
    await page.context().close()
  })
})
