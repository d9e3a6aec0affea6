import type { AfterErrorHook } from 'payload'

export const DATABASE_UNAVAILABLE =
  'Die Datenbank ist gerade nicht erreichbar. Ihre Änderung wurde nicht gespeichert. Bitte versuchen Sie es in einigen Sekunden noch einmal.'

/** Error codes of a database that cannot be reached or went away (Node's socket codes, PostgreSQL's SQLSTATEs). */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  // PostgreSQL: admin shutdown, crash shutdown, cannot connect now, connection exceptions (class 08).
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  // SQLite: another process holds the database longer than the busy timeout.
  'SQLITE_BUSY',
])
/** Payload's own wrapping keeps only the message ("cannot begin transaction: connect ECONNREFUSED 127.0.0.1:5432"). */
const UNREACHABLE_MESSAGES =
  /connection terminated|timeout exceeded when trying to connect|database is locked|cannot begin transaction|\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH)\b/i

/** Whether `error` or one of its causes says the database could not be reached. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 5) return false
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return true
  if (UNREACHABLE_MESSAGES.test(error.message)) return true
  if (error instanceof AggregateError && error.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1)))
    return true
  return isDatabaseUnavailable(error.cause, depth + 1)
}

/**
 * A request that failed because the database was briefly unreachable (a PostgreSQL restart, a network blip) made
 * Payload answer 500 "Something went wrong.": answered 503 with a German message the admin shows as it is.
 * Payload ran the write in a transaction, so nothing of it was stored.
 */
export const answerDatabaseUnavailable: AfterErrorHook = ({ error, result }) => {
  if (!isDatabaseUnavailable(error)) return
  return {
    response: { ...result, errors: [{ name: 'DatabaseUnavailable', message: DATABASE_UNAVAILABLE }] },
    status: 503,
  }
}
