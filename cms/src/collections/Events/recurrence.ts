import { expandBounded, RRule } from '../../lib/rrule'

const ALLOWED_PARTS = new Set([
  'FREQ',
  'INTERVAL',
  'COUNT',
  'UNTIL',
  'BYDAY',
  'BYMONTHDAY',
  'BYMONTH',
  'BYSETPOS',
  'WKST',
])

/** How far after the start a rule's first date may lie. */
export const HORIZON_YEARS = 10

const MAX_COUNT = 500

const NO_DATE =
  'Die Wiederholungsregel ergibt keinen einzigen Termin. Bitte prüfen Sie FREQ, BYMONTH, BYMONTHDAY, BYDAY, BYSETPOS und UNTIL.'

/** A whole number written as digits only: rrule's parser passes `1.5` and `abc` on as text, and `-1` as a number. */
function wholeNumber(parts: string[], name: string): number | undefined {
  const raw = parts.find((part) => part.split('=')[0]?.toUpperCase() === name)?.split('=')[1]
  if (raw === undefined) return undefined
  return /^\d{1,9}$/.test(raw.trim()) ? Number(raw) : Number.NaN
}

/**
 * Checks an RFC 5545 RRULE value (without the "RRULE:" prefix and without DTSTART, which comes from the
 * event's start, `start`; without it, the rule is tried from today). Returns a message an editor understands, or true.
 * The rule is expanded in bounded work (lib/rrule.ts), so no rule can keep the CMS busy.
 */
export function checkRecurrenceRule(rule: string, start?: string | Date | null): true | string {
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  if (/[\u0000-\u001f\u007f]/.test(rule))
    return 'Die Wiederholungsregel darf keine Zeilenumbrüche, Tabulatoren oder andere Steuerzeichen enthalten.'
  const trimmed = rule.trim().replace(/^RRULE:/i, '')
  const parts = trimmed.split(';').filter(Boolean)
  const names = parts.map((part) => part.split('=')[0]?.toUpperCase() ?? '')
  const unknown = names.filter((name) => !ALLOWED_PARTS.has(name))
  if (unknown.length > 0) return `Die Wiederholungsregel enthält unbekannte Teile: ${unknown.join(', ')}.`
  if (!names.includes('FREQ')) return 'Die Wiederholungsregel braucht FREQ, z. B. FREQ=WEEKLY;BYDAY=TU;COUNT=10.'
  if (names.includes('COUNT') && names.includes('UNTIL')) return 'COUNT und UNTIL dürfen nicht zusammen vorkommen.'
  const interval = wholeNumber(parts, 'INTERVAL')
  if (interval !== undefined && !(interval >= 1))
    return 'INTERVAL muss eine ganze Zahl ab 1 sein (1 = jedes Mal, 2 = jedes zweite Mal, …).'
  const count = wholeNumber(parts, 'COUNT')
  if (count !== undefined && !(count >= 1 && count <= MAX_COUNT))
    return `COUNT muss eine ganze Zahl zwischen 1 und ${MAX_COUNT} sein.`
  const dtstart = start ? new Date(start) : new Date()
  if (Number.isNaN(dtstart.getTime())) return true
  try {
    const options = RRule.parseString(trimmed)
    if (options.freq === undefined || options.freq === null || options.freq > RRule.DAILY) {
      const given = /FREQ=([^;]*)/i.exec(trimmed)?.[1] ?? ''
      return `Die Häufigkeit (FREQ) „${given}“ gibt es nicht. Erlaubt sind DAILY, WEEKLY, MONTHLY und YEARLY.`
    }
    // Without a date, the walk ends at the budget, which covers decades even of a daily rule (lib/rrule.ts).
    const [first] = expandBounded(new RRule({ ...options, dtstart }), { limit: 1 }).dates
    if (!first) return NO_DATE
    const horizon = new Date(dtstart)
    horizon.setUTCFullYear(horizon.getUTCFullYear() + HORIZON_YEARS)
    if (first > horizon)
      return `Der erste Termin dieser Regel läge erst am ${first.toISOString().slice(0, 10)}, mehr als ${HORIZON_YEARS} Jahre nach dem Beginn.`
    return true
  } catch (error) {
    return `Die Wiederholungsregel „${rule}“ ist ungültig: ${(error as Error).message}`
  }
}
