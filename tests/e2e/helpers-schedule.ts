/**
 * Payload's "Veröffentlichungsplanung" drawer in the edit view, as the scheduling browser tests open it.
 */
import type { Locator, Page } from 'playwright-core'

/**
 * Opens the drawer from the menu of the chevron beside the publish button (Payload's `#action-save`; the menu item is
 * `#schedule-publish`) and returns it. Payload offers the item only while the form has no unsaved change.
 */
export async function openScheduleDrawer(page: Page): Promise<Locator> {
  await page
    .locator('.btn--withPopup', { has: page.locator('#action-save') })
    .locator('.popup-button')
    .click({ timeout: 60_000 })
  await page.locator('#schedule-publish').click({ timeout: 60_000 })
  const drawer = page.locator('.schedule-publish').filter({ has: page.locator('#scheduled-publish-save') })
  await drawer.waitFor({ timeout: 60_000 })
  return drawer
}

/** Berlin's wall-clock time of `date`: year, month (1–12), day, hour (0–23), minute. */
function berlinParts(date: Date) {
  const part = (options: Intl.DateTimeFormatOptions) =>
    Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', ...options }).format(date))
  return {
    year: part({ year: 'numeric' }),
    month: part({ month: 'numeric' }),
    day: part({ day: 'numeric' }),
    hour: part({ hour: 'numeric', hourCycle: 'h23' }),
    minute: String(part({ minute: 'numeric' })).padStart(2, '0'),
  }
}

const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
/** date-fns's German month abbreviations, as the picker shows them ("MMM"). */
const GERMAN_MONTHS = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sep.', 'Okt.', 'Nov.', 'Dez.']

/**
 * `date` in Berlin as the drawer's time field reads typed text. Payload gives that picker no display format, so it
 * shows its default "MMM d, yyy h:mm a" in German ("Dez. 1, 2026 6:05 nachm.") but parses typed text in English
 * only ("Dec 1, 2026 6:05 PM"; the German text leaves the field empty, as "01.12.2026 18:05" does). The drawer takes
 * the typed wall-clock time in its time zone (Berlin).
 */
export function typedDrawerTime(date: Date): string {
  const { year, month, day, hour, minute } = berlinParts(date)
  return `${ENGLISH_MONTHS[month - 1]} ${day}, ${year} ${hour % 12 || 12}:${minute} ${hour < 12 ? 'AM' : 'PM'}`
}

/** What the drawer's time field then shows. */
export function shownDrawerTime(date: Date): string {
  const { year, month, day, hour, minute } = berlinParts(date)
  return `${GERMAN_MONTHS[month - 1]} ${day}, ${year} ${hour % 12 || 12}:${minute} ${hour < 12 ? 'vorm.' : 'nachm.'}`
}
