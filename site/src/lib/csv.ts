/** A cell a spreadsheet would read as a formula (OWASP CSV injection): it begins with = + - @, a tab or a CR. */
const FORMULA_START = /^[=+\-@\t\r]/

/** A plain number (`-3`, `-0.5`, with a decimal comma `-0,5`): a spreadsheet reads it as that number, never as a formula. */
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/

/** The field separator: `,` (RFC 4180) or `;` (what a spreadsheet set to German expects). */
export type CsvSeparator = ',' | ';'

/**
 * One CSV field: text a spreadsheet would run as a formula gets a leading `'` (shown as text, as OWASP advises);
 * then RFC 4180: fields with the separator, a quote or a line break in quotes, quotes doubled.
 */
export function csvField(value: string | number | boolean | null, separator: CsvSeparator = ','): string {
  if (value === null) return ''
  const text = String(value)
  const safe = FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text
  return /["\r\n]/.test(safe) || safe.includes(separator) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** Records as CSV, one line per row, CRLF after every line (RFC 4180). */
export function csvLines(
  rows: readonly (readonly (string | number | boolean | null)[])[],
  separator: CsvSeparator = ',',
): string {
  return rows.map((row) => row.map((value) => csvField(value, separator)).join(separator)).join('\r\n') + '\r\n'
}
