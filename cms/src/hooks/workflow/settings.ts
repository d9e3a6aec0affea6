/**
 * Whether a second person must review an entry before it is published (env REVIEW_REQUIRED, default true). Small
 * centres set REVIEW_REQUIRED=false: editors then publish directly and may approve their own submissions.
 * Read on every save, so a changed setting applies after a restart without a rebuild.
 */
export function reviewRequired(env: Record<string, string | undefined> = process.env): boolean {
  const value = env.REVIEW_REQUIRED?.trim().toLowerCase()
  if (value === undefined || value === '') return true
  if (value === 'true' || value === '1' || value === 'yes') return true
  if (value === 'false' || value === '0' || value === 'no') return false
  throw new Error(`REVIEW_REQUIRED: expected true or false, got "${env.REVIEW_REQUIRED}" (.env)`)
}

/** Months from publishing to the default "prüfen bis" date. */
export const REVIEW_INTERVAL_MONTHS = 12

/** The default "prüfen bis" date of an entry published at `published`: 12 months later, same day. */
export function defaultReviewBy(published: Date): Date {
  const due = new Date(published)
  due.setUTCMonth(due.getUTCMonth() + REVIEW_INTERVAL_MONTHS)
  return due
}
