import { describe, expect, it } from 'vitest'

import { jsonText, parseJsonText } from '../../src/admin/jsonText'

const hint = 'bitte prüfen Sie Klammern, Anführungszeichen und Kommas.'

describe('what an editor types into a JSON field', () => {
  it.each([
    ['["Seite 1", "Seite 2"]', { ok: true, value: ['Seite 1', 'Seite 2'] }],
    ['  ', { ok: true, value: null }],
    ['{"a": 1,}', { ok: false, problem: `Kein gültiges JSON (Zeile 1, Spalte 9): ${hint}` }],
    ['[\n  "Seite 1",\n  "Seite 2"\n', { ok: false, problem: `Kein gültiges JSON (Zeile 4, Spalte 1): ${hint}` }],
    ['Seite 1', { ok: false, problem: `Kein gültiges JSON: ${hint}` }],
  ])('%j: %j', (text, expected) => {
    expect(parseJsonText(text)).toEqual(expected)
  })

  it('a stored value is shown indented, and nothing stored as an empty text', () => {
    expect(jsonText(['Seite 1', 'Seite 2'])).toBe('[\n  "Seite 1",\n  "Seite 2"\n]')
    expect(jsonText(null)).toBe('')
    expect(jsonText(undefined)).toBe('')
  })
})
