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
