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

/**
 * `date` in Berlin as the drawer's time field reads and shows it: the admin's date format "dd.MM.yyyy HH:mm"
 * (`admin.dateFormat`, which our patch of `@payloadcms/ui` passes to the drawer; Payload's own "MMM d, yyy h:mm a"
 * read typed text in English only). The drawer takes the typed wall-clock time in its time zone (Berlin).
 */
export function drawerTime(date: Date): string {
  const { year, month, day, hour, minute } = berlinParts(date)
  const two = (value: number) => String(value).padStart(2, '0')
  return `${two(day)}.${two(month)}.${year} ${two(hour)}:${minute}`
}
