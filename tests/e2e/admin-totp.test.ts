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
import { cmsApi, loginFormReady, signedIn, type Account } from './helpers/admin'

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

async function submitLogin(page: Page, code: string) {
  await loginFormReady(page)
  await page.locator('input[name="email"]').fill(account.email)
  await page.locator('input[name="password"]').fill(account.password)
  await page.getByLabel('Code der Zwei-Faktor-Anmeldung').fill(code)
  await page.locator('button[type="submit"]').click()
}

describe('Zwei-Faktor-Anmeldung in the admin', () => {
  it('an editor sets it up in the account, and from then on the login needs the current code', async () => {
    const page = await signedIn(browser, account)
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

    await submitLogin(page, '')
    await page.getByText(CODE_MISSING).first().waitFor()
    expect(new URL(page.url()).pathname).toBe('/admin/login')
    expect(await hasSessionCookie(page)).toBe(false)

    const current = totp(key, Date.now())
    const wrong = String((Number(current) + 500_000) % 1_000_000).padStart(6, '0')
    await submitLogin(page, wrong)
    await page.getByText(CODE_WRONG).first().waitFor()
    expect(await hasSessionCookie(page)).toBe(false)

    // The step of the confirmation is used up: the next step's code (within the ±30 s the CMS allows) signs in.
    await submitLogin(page, totp(key, Date.now() + 30_000))
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', ADMIN_WAIT)
    expect(await hasSessionCookie(page)).toBe(true)
    await page.context().close()
  })
})
