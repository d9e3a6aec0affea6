import { RRule } from '../../lib/rrule'

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

/**
 * Checks an RFC 5545 RRULE value (without the "RRULE:" prefix and without DTSTART, which comes from the
 * event's start). Returns a message an editor understands, or true.
 */
export function checkRecurrenceRule(rule: string): true | string {
  const trimmed = rule.trim().replace(/^RRULE:/i, '')
  const parts = trimmed.split(';').filter(Boolean)
  const names = parts.map((part) => part.split('=')[0]?.toUpperCase() ?? '')
  const unknown = names.filter((name) => !ALLOWED_PARTS.has(name))
  if (unknown.length > 0) return `Die Wiederholungsregel enthält unbekannte Teile: ${unknown.join(', ')}.`
  if (!names.includes('FREQ')) return 'Die Wiederholungsregel braucht FREQ, z. B. FREQ=WEEKLY;BYDAY=TU;COUNT=10.'
  if (names.includes('COUNT') && names.includes('UNTIL')) return 'COUNT und UNTIL dürfen nicht zusammen vorkommen.'
  try {
    const options = RRule.parseString(trimmed)
    if (options.freq === undefined || options.freq === null || options.freq > RRule.DAILY) {
      const given = /FREQ=([^;]*)/i.exec(trimmed)?.[1] ?? ''
      return `Die Häufigkeit (FREQ) „${given}“ gibt es nicht. Erlaubt sind DAILY, WEEKLY, MONTHLY und YEARLY.`
    }
    if (options.count !== undefined && options.count !== null && (options.count < 1 || options.count > 500)) {
      return 'COUNT muss zwischen 1 und 500 liegen.'
    }
    new RRule({ ...options, dtstart: new Date(Date.UTC(2026, 0, 1)) }).all((_, index) => index < 2)
  } catch (error) {
    return `Die Wiederholungsregel „${rule}“ ist ungültig: ${(error as Error).message}`
  }
  return true
}
