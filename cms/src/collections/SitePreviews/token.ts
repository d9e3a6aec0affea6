import { randomBytes } from 'node:crypto'

/**
 * A preview's address is its only access: 32 random bytes (256 bit) as base64url, 43 characters. Pure functions, so
 * the site server (scripts/lib/static-server.ts) checks tokens and expiry the same way as the CMS.
 */
export const PREVIEW_TOKEN_BYTES = 32
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/

/** A new unguessable preview token. */
export function newPreviewToken(): string {
  return randomBytes(PREVIEW_TOKEN_BYTES).toString('base64url')
}

/** True for text shaped like a token newPreviewToken() makes (anything else never reaches the database or disk). */
export function isPreviewToken(text: string): boolean {
  return TOKEN_PATTERN.test(text)
}

/** How long a preview lives: PREVIEW_TTL_HOURS (default 24, fractions allowed, at most 30 days). */
export function previewTtlHours(env: Record<string, string | undefined> = process.env): number {
  const raw = env.PREVIEW_TTL_HOURS
  if (raw === undefined || raw.trim() === '') return 24
  const hours = Number(raw)
  if (!Number.isFinite(hours) || hours <= 0 || hours > 24 * 30)
    throw new Error(`PREVIEW_TTL_HOURS must be a number of hours above 0 and at most 720 (got "${raw}").`)
  return hours
}

/** When a preview made at `now` expires. */
export function previewExpiry(now: Date, hours: number): Date {
  return new Date(now.getTime() + hours * 60 * 60 * 1000)
}

/** True once `expiresAt` has passed (an unreadable date counts as expired). */
export function isExpired(expiresAt: string, now: number = Date.now()): boolean {
  const time = Date.parse(expiresAt)
  return !Number.isFinite(time) || time <= now
}
