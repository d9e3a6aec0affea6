type Env = Record<string, string | undefined>

/**
 * Days after a message is closed ("Erledigt") until its personal data (e-mail address, text, reply) is deleted
 * (READER_REQUEST_RETENTION_DAYS, default 90).
 */
export function readerRequestRetentionDays(env: Env = process.env): number {
  const raw = env.READER_REQUEST_RETENTION_DAYS?.trim()
  if (!raw) return 90
  const days = Number(raw)
  if (!Number.isInteger(days) || days <= 0)
    throw new Error(`READER_REQUEST_RETENTION_DAYS: expected a whole number above 0, got "${raw}" (.env)`)
  return days
}
