type Env = Record<string, string | undefined>

function positiveInteger(env: Env, name: string, fallback: number): number {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name}: expected a whole number above 0, got "${raw}" (.env)`)
  return value
}

/** Months between two "Sind Ihre Angaben noch aktuell?" mails to an organisation (CONFIRMATION_INTERVAL_MONTHS, 12). */
export const confirmationIntervalMonths = (env: Env = process.env) =>
  positiveInteger(env, 'CONFIRMATION_INTERVAL_MONTHS', 12)

/** Days a confirmation link works (CONFIRMATION_LINK_DAYS, 30). */
export const confirmationLinkDays = (env: Env = process.env) => positiveInteger(env, 'CONFIRMATION_LINK_DAYS', 30)

/** Months without a confirmation after which the dashboard lists an organisation ("nicht bestätigt seit"). */
export const UNCONFIRMED_MONTHS = 15

export function monthsBefore(date: Date, months: number): Date {
  const earlier = new Date(date)
  earlier.setUTCMonth(earlier.getUTCMonth() - months)
  return earlier
}
