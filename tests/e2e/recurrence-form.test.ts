/**
 * The recurrence form an editor meets in the admin (cms/src/admin/recurrence/): signed in as the admin, an editor
 * chooses "Monatlich, am ersten Montag, endet nach 5 Terminen", sees the German preview of the dates, publishes, and
 * the CMS stores the RFC 5545 rule; after the publisher's rebuild the site's event page lists those dates. axe checks
 * the form (WCAG 2.1 A/AA). A screenshot of the form goes to /tmp/a2-shots/ (SHOTS_DIR) for a person to look at.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminToken, CMS_URL, launchBrowser, newReader, requireServers, SITE_URL } from './browser'
import { openScheduleDrawer } from './helpers-schedule'

const SHOTS = process.env.SHOTS_DIR ?? '/tmp/a2-shots'

let browser: Browser
let token: string
let eventId: number | undefined

beforeAll(async () => {
  requireServers()
  browser = await launchBrowser()
  token = await adminToken()
})
afterAll(async () => {
  if (eventId !== undefined) await cms(`/api/events/${eventId}`, { method: 'DELETE' })
  await browser?.close()
})

async function cms<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${CMS_URL}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}`, ...init.headers },
  })
  const text = await response.text()
  expect(response.ok, `${path}: ${response.status} ${text}`).toBe(true)
  return JSON.parse(text) as T
}

/** The coming dates the site's event page lists (their datetime attributes), once it lists `count` of them. */
async function listedDates(address: string, count: number, timeoutMs = 240_000): Promise<string[]> {
  const started = Date.now()
  let dates: string[] = []
  while (Date.now() - started < timeoutMs) {
    const response = await fetch(`${SITE_URL}${address}`)
    if (response.ok) {
      const html = await response.text()
      const list = /<ol class="date-list"[^>]*>([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? ''
      dates = [...list.matchAll(/<time datetime="([^"]+)"/g)].map((match) => match[1] ?? '')
      if (dates.length >= count) return dates
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  return dates
}

describe('recurrence as a form', () => {
  it(
    'an editor sets "jeden ersten Montag, 5-mal": the CMS stores the rule and the site lists those dates',
    { timeout: 420_000 },
    async () => {
      const slug = `erster-montag-${Date.now().toString(36)}`
      // Monday 4 January 2027, 18:00 to 20:00 in Oberhausen.
      const created = await cms<{ doc: { id: number } }>('/api/events?locale=de&depth=0', {
        method: 'POST',
        body: JSON.stringify({
          title: 'Elterncafé am ersten Montag (Beispieldaten)',
          slug,
          start: '2027-01-04T17:00:00.000Z',
          start_tz: 'Europe/Berlin',
          end: '2027-01-04T19:00:00.000Z',
          end_tz: 'Europe/Berlin',
          place: { name: 'Bert-Brecht-Haus' },
          sample: true,
          _status: 'draft',
        }),
      })
      eventId = created.doc.id

      const { context } = await newReader(browser, { viewport: { width: 1280, height: 1400 } })
      await context.addCookies([{ name: 'payload-token', value: token, url: CMS_URL }])
      const page = await context.newPage()
      await page.goto(`${CMS_URL}/admin/collections/events/${eventId}`)
      const form = page.locator('.recurrence-form')
      await form.getByText('Wie oft findet die Veranstaltung statt?').waitFor({ timeout: 60_000 })
      expect(await form.locator('[aria-live]').innerText()).toBe('Einmaliger Termin')

      // As an editor does it, with the keyboard's controls: selects, radios and a number.
      await form.getByLabel('Wiederholen', { exact: true }).selectOption('monthly')
      await form.getByLabel('Welcher im Monat').selectOption('1')
      await form.getByLabel('Wochentag').selectOption('MO')
      await form.getByLabel('nach', { exact: true }).check()
      await form.getByLabel('Anzahl der Termine').fill('5')

      expect(await form.locator('[aria-live]').innerText()).toBe('Jeden ersten Montag im Monat, 5-mal')
      expect(await form.locator('[data-recurrence-preview] li').allInnerTexts()).toEqual([
        'Mo., 04.01.2027, 18:00',
        'Mo., 01.02.2027, 18:00',
        'Mo., 01.03.2027, 18:00',
        'Mo., 05.04.2027, 18:00',
        'Mo., 03.05.2027, 18:00',
      ])

      const axe = await new AxeBuilder({ page })
        .include('.recurrence-form')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze()
      expect(
        axe.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((node) => node.target.join(' ')) })),
      ).toEqual([])

      mkdirSync(SHOTS, { recursive: true })
      await form.screenshot({ path: join(SHOTS, 'recurrence-form-monthly.png') })

      // The expert's view shows the rule the form wrote.
      await form.getByRole('button', { name: 'Regel als Text bearbeiten' }).click()
      expect(await form.getByLabel('Regel (RFC 5545 RRULE)').inputValue()).toBe('FREQ=MONTHLY;BYDAY=1MO;COUNT=5')
      await form.screenshot({ path: join(SHOTS, 'recurrence-form-expert.png') })
      await form.getByRole('button', { name: 'Zurück zum Formular' }).click()

      await page.locator('#action-save').click()
      await expect
        .poll(
          async () => {
            const live = await cms<{ _status?: string; recurrence?: { rule?: string } }>(
              `/api/events/${eventId}?depth=0&locale=de&draft=false`,
            )
            return [live._status, live.recurrence?.rule]
          },
          { timeout: 30_000 },
        )
        .toEqual(['published', 'FREQ=MONTHLY;BYDAY=1MO;COUNT=5'])
      await context.close()

      // The publisher rebuilds by itself; the event page lists the five first Mondays at 18:00 Berlin time.
      expect(await listedDates(`/de/veranstaltungen/${slug}/`, 5)).toEqual([
        '2027-01-04T17:00:00.000Z',
        '2027-02-01T17:00:00.000Z',
        '2027-03-01T17:00:00.000Z',
        '2027-04-05T16:00:00.000Z',
        '2027-05-03T16:00:00.000Z',
      ])
    },
  )

  it(
    'a refused plan shows the German reason at the scheduling drawer, never "Erfolgreich geplant."',
    { timeout: 180_000 },
    async () => {
      const created = await cms<{ doc: { id: number } }>('/api/events?locale=de&depth=0', {
        method: 'POST',
        body: JSON.stringify({
          title: 'Nie veröffentlicht (Beispieldaten)',
          slug: `nie-veroeffentlicht-${Date.now().toString(36)}`,
          start: '2027-01-11T17:00:00.000Z',
          start_tz: 'Europe/Berlin',
          end: '2027-01-11T19:00:00.000Z',
          end_tz: 'Europe/Berlin',
          place: { name: 'Bert-Brecht-Haus' },
          sample: true,
          _status: 'draft',
        }),
      })
      const { context } = await newReader(browser)
      await context.addCookies([{ name: 'payload-token', value: token, url: CMS_URL }])
      const page = await context.newPage()
      try {
        await page.goto(`${CMS_URL}/admin/collections/events/${created.doc.id}`)
        await page.locator('#action-save').waitFor({ timeout: 60_000 })
        const drawer = await openScheduleDrawer(page)
        await drawer.getByText('Veröffentlichung aufheben').click()
        // A day next month, at the picker's first time.
        await drawer.locator('.react-datepicker__input-container input').click()
        await page.locator('.react-datepicker__navigation--next').click()
        await page.locator('.react-datepicker__day--015:not(.react-datepicker__day--outside-month)').first().click()
        await page.locator('.react-datepicker__time-list-item').first().click()
        await drawer.locator('#scheduled-publish-save').click()
        const toast = page.locator('[data-sonner-toast]').first()
        await toast.waitFor({ timeout: 20_000 })
        expect(await toast.innerText()).toContain(
          'Dieser Eintrag ist zu diesem Zeitpunkt nicht veröffentlicht: Es gibt nichts zurückzuziehen. Bitte planen Sie zuerst eine Veröffentlichung.',
        )
        expect(await toast.getAttribute('data-type')).toBe('error')
        await page.waitForTimeout(1000)
        expect(await page.getByText('Erfolgreich geplant.').count()).toBe(0)
        mkdirSync(SHOTS, { recursive: true })
        await page.screenshot({ path: join(SHOTS, 'schedule-refused.png') })
      } finally {
        await context.close()
        await cms(`/api/events/${created.doc.id}`, { method: 'DELETE' })
      }
    },
  )
})
