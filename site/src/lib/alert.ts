import type { AlertBanner } from '#/loaders/schemas.ts'

/** The banner shows when switched on and `now` lies inside its optional start and end. */
export function alertIsShown(banner: AlertBanner, now: Date): boolean {
  if (!banner.active) return false
  if (banner.startsAt && new Date(banner.startsAt).getTime() > now.getTime()) return false
  if (banner.endsAt && new Date(banner.endsAt).getTime() < now.getTime()) return false
  return true
}
