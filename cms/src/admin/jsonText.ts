/** How the admin shows a JSON field's value as text: indented by two spaces; nothing stored is an empty text. */
export const jsonText = (value: unknown): string =>
  value === undefined || value === null ? '' : JSON.stringify(value, null, 2)

export type ParsedJsonText = { ok: true; value: unknown } | { ok: false; problem: string }

/**
 * Reads what an editor typed into a JSON field; an empty text stores nothing. A text that is not JSON gets a
 * German message, naming the line and column where reading stopped when the parser says where.
 */
export function parseJsonText(text: string): ParsedJsonText {
  if (text.trim() === '') return { ok: true, value: null }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (error) {
    const hint = 'bitte prüfen Sie Klammern, Anführungszeichen und Kommas.'
    const position = /at position (\d+)/.exec(error instanceof Error ? error.message : '')
    if (!position) return { ok: false, problem: `Kein gültiges JSON: ${hint}` }
    const before = text.slice(0, Number(position[1])).split('\n')
    const column = (before.at(-1)?.length ?? 0) + 1
    return { ok: false, problem: `Kein gültiges JSON (Zeile ${before.length}, Spalte ${column}): ${hint}` }
  }
}
