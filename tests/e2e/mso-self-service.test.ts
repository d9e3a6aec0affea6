/**
 * Issue 13's whole way, in the built admin and on the built site: an editor invites an organisation's contact person
 * from its entry; the invitation arrives (the test stack has no SMTP server: the CMS's outbox folder); the contact
 * person sets a password on a phone-sized screen, signs in, changes the organisation's description and submits it,
 * and submits an event; the organisation sees its pending changes and their state; an editor compares and approves
 * both; without any command the public directory shows the new description and the event. The same account is
 * refused on another organisation.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminToken, CMS_URL, launchBrowser, requireServers, SITE_URL } from './browser'
import { cmsApi, signedIn, tokenOf } from './helpers/admin'
import { outboxMail, recipientsOf } from './helpers/outbox'

const SHOTS = join(process.env.DATA_DIR ?? '/tmp', 'screenshots', 'mso-self-service')
const PHONE = { width: 390, height: 844 }

type Organisation = { id: number; slug: string; name: string; description?: string | null }

let browser: Browser
let admin: string
const stamp = Date.now().toString(36)
const editor = { email: `redaktion-mso-${stamp}@ki-oberhausen.example`, password: 'Kanal Brücke Apfel e2e 8' }
const contact = { email: `kontakt-${stamp}@verein.example`, password: 'Seerose Laterne Kompass 4' }
const description = `Wir beraten jetzt auch samstags (${stamp}).`
const eventTitle = `Offener Nachmittag ${stamp}`
let own: Organisation
let other: Organisation

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true })
const stateShown = (page: Page) => page.locator('[data-workflow-label]').innerText()
const publicPage = async (slug: string) => (await fetch(`${SITE_URL}/de/organisationen/${slug}/`)).text()

beforeAll(async () => {
  requireServers()
  mkdirSync(SHOTS, { recursive: true })
  browser = await launchBrowser()
  admin = await adminToken()
  // The last two published organisations by name: organisation-review.test.ts works on the first one.
  const found = await cmsApi<{ docs: Organisation[] }>(
    admin,
    '/api/organisations?locale=de&depth=0&limit=2&sort=-name&where[_status][equals]=published',
  )
  ;[own, other] = found.body.docs
  const created = await cmsApi(admin, '/api/users', {
    method: 'POST',
    body: JSON.stringify({ ...editor, name: 'Redaktion (Test)', roles: ['editor'] }),
  })
  expect(created.status).toBe(201)
})
afterAll(async () => {
  await browser?.close()
})

describe('an organisation keeps its entry current itself', () => {
  it('invited by an editor, it changes its description and submits an event; both go live once approved', async () => {
    const staff = await signedIn(browser, editor)
    await staff.goto(`${CMS_URL}/admin/collections/organisations/${own.id}`)
    // The sidebar's status is fetched once the form is interactive; typing before that would be lost.
    await expect
      .poll(() => staff.locator('.invite-access').innerText(), { timeout: 30_000 })
      .toContain('Noch kein Zugang.')
    await staff.getByLabel('E-Mail der Ansprechperson').fill(contact.email)
    await staff.getByRole('button', { name: 'Zugang einladen' }).click()
    await expect
      .poll(() => staff.getByRole('status').filter({ hasText: 'Einladung' }).innerText(), { timeout: 30_000 })
      .toMatch(new RegExp(`^Die Einladung an ${contact.email} ist versendet\\. Der Link gilt bis `))

    const invitation = await outboxMail((mail) => recipientsOf(mail).includes(contact.email))
    expect(invitation.subject).toBe(`Einladung: Zugang für ${own.name}`)
    const link = /href="([^"]+\/api\/invitations\/accept\?token=[^"]+)"/.exec(invitation.html || '')?.[1] ?? ''
    expect(link).toMatch(/^http/)

    const phone = await (await browser.newContext({ locale: 'de-DE', viewport: PHONE })).newPage()
    await phone.goto(link.replace(/&amp;/g, '&'))
    expect(await phone.locator('h1').innerText()).toBe('Zugang einrichten')
    await shot(phone, '01-invitation')
    await phone.locator('#password').fill(contact.password)
    await phone.locator('#repeat').fill(contact.password)
    await phone.getByRole('button', { name: 'Zugang einrichten' }).click()
    await phone.waitForLoadState('load')
    expect(await phone.locator('h1').innerText()).toBe('Ihr Zugang ist eingerichtet')

    const mso = await signedIn(browser, contact, PHONE)
    await shot(mso, '02-dashboard')
    await mso.goto(`${CMS_URL}/admin/collections/organisations/${own.id}`)
    await mso.waitForLoadState('networkidle')
    await mso.locator('textarea[name="description"]').fill(description)
    // Every save of an organisation account is its submission: its one save button says so.
    expect(await mso.locator('.workflow-actions').innerText()).toContain(
      'Mit „Zur Prüfung einreichen“ speichern Sie Ihre Änderung; die Redaktion prüft sie und gibt sie frei.',
    )
    expect(await mso.getByRole('button', { name: 'Entwurf speichern' }).count()).toBe(0)
    expect(await mso.getByRole('button', { name: 'Veröffentlichen' }).count()).toBe(0)
    await mso.getByRole('button', { name: 'Zur Prüfung einreichen' }).click()
    await expect.poll(() => stateShown(mso), { timeout: 30_000 }).toBe('In Prüfung')
    await expect
      .poll(() => mso.locator('[data-pending-change] [data-decision]').innerText(), { timeout: 30_000 })
      .toMatch(/^Eingereicht am .+ – wartet auf die Freigabe durch die Redaktion\.$/)
    await shot(mso, '03-submitted')

    // An event, created in the admin on the phone: saving it is its submission too.
    await mso.goto(`${CMS_URL}/admin/collections/events/create?locale=de`)
    await mso.locator('input[name="title"]').fill(eventTitle)
    const inTwoWeeks = new Date(Date.now() + 14 * 24 * 60 * 60 * 1000)
    const day = new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric' }).format(
      inTwoWeeks,
    )
    const dates = mso.locator('.react-datepicker__input-container input')
    await dates.nth(0).fill(`${day} 15:00`)
    await dates.nth(0).press('Enter')
    await dates.nth(1).fill(`${day} 18:00`)
    await dates.nth(1).press('Enter')
    await mso.locator('input[name="place.name"]').fill('Vereinsheim')
    expect(await mso.locator('body').innerText()).toContain(
      'Mit „Zur Prüfung einreichen“ speichern Sie den Eintrag; die Redaktion prüft ihn und gibt ihn frei.',
    )
    // The rich-text editor's placeholder says "Sie" too (Lexical's own German text says "du").
    expect(
      await mso.locator('[contenteditable="true"][aria-placeholder]').first().getAttribute('aria-placeholder'),
    ).toBe('Beginnen Sie zu tippen oder drücken Sie „/“ für Befehle …')
    await shot(mso, '03b-new-event')
    await mso.getByRole('button', { name: 'Zur Prüfung einreichen' }).click()
    await mso.waitForURL(/\/admin\/collections\/events\/\d+/, { timeout: 30_000 })
    const eventId = Number(/\/events\/(\d+)/.exec(mso.url())?.[1])
    await expect.poll(() => stateShown(mso), { timeout: 30_000 }).toBe('In Prüfung')
    const msoToken = await tokenOf(contact)
    const ownEvent = await cmsApi<{ organiser: number | null; title: string }>(
      msoToken,
      `/api/events/${eventId}?draft=true&locale=de&depth=0`,
    )
    expect([ownEvent.status, ownEvent.body.title, ownEvent.body.organiser]).toEqual([200, eventTitle, own.id])

    // Another organisation: neither its entry nor its admin page.
    const refused = await cmsApi(msoToken, `/api/organisations/${other.id}?locale=de`, {
      method: 'PATCH',
      body: JSON.stringify({ description: 'Fremd' }),
    })
    expect([403, 404]).toContain(refused.status)
    await mso.goto(`${CMS_URL}/admin/collections/organisations/${other.id}`)
    await expect.poll(() => mso.locator('textarea[name="description"]').count(), { timeout: 10_000 }).toBe(0)

    await mso.goto(`${CMS_URL}/admin`)
    const ownChanges = mso.locator('[data-own-changes]')
    await expect
      .poll(() => ownChanges.innerText(), { timeout: 30_000 })
      .toContain(`${eventTitle} (Veranstaltung): Eingereicht am `)
    expect(await ownChanges.innerText()).toContain(`${own.name} (Organisation): Eingereicht am `)
    // Its navigation: its organisation and its events, nothing of the staff's (users, settings, translations).
    const navigation = (await mso.locator('nav').allInnerTexts()).join(' ')
    expect(navigation).toContain('Veranstaltungen')
    expect(navigation).toContain('Organisationen')
    for (const staffOnly of ['Benutzer', 'Seiten', 'Übersetzungen', 'Einstellungen', 'Website'])
      expect(navigation).not.toContain(staffOnly)
    await shot(mso, '04-own-changes')

    await staff.goto(`${CMS_URL}/admin/collections/organisations/${own.id}`)
    const row = staff.locator('[data-comparison] tr[data-field="description"]')
    await expect.poll(() => row.locator('[data-after]').innerText(), { timeout: 30_000 }).toBe(description)
    expect(await row.locator('[data-before]').innerText()).toBe(own.description || 'leer')
    await staff.getByRole('button', { name: 'Freigeben und veröffentlichen' }).click()
    await expect.poll(() => stateShown(staff), { timeout: 30_000 }).toBe('Veröffentlicht')
    await staff.goto(`${CMS_URL}/admin/collections/events/${eventId}`)
    await expect.poll(() => stateShown(staff), { timeout: 30_000 }).toBe('In Prüfung')
    await staff.getByRole('button', { name: 'Freigeben und veröffentlichen' }).click()
    await expect.poll(() => stateShown(staff), { timeout: 30_000 }).toBe('Veröffentlicht')

    await expect
      .poll(
        async () => {
          const html = await publicPage(own.slug)
          return [html.includes(description), html.includes(eventTitle)]
        },
        { timeout: 240_000, interval: 3_000 },
      )
      .toEqual([true, true])

    await mso.goto(`${CMS_URL}/admin/collections/organisations/${own.id}`)
    await expect
      .poll(() => mso.locator('[data-pending-change] [data-decision]').innerText(), { timeout: 30_000 })
      .toMatch(/^Freigegeben am .+ und veröffentlicht\.$/)
    await shot(mso, '05-approved')
  })
})
