import { describe, expect, it } from 'vitest'

import { passwordProblem } from '../../src/collections/Users/passwordPolicy'

const tooShort =
  'Das Passwort muss mindestens 12 Zeichen lang sein. Tipp: mehrere Wörter, z. B. „Kanal Brücke Apfel 7“.'
const listed =
  'Dieses Passwort steht auf den Listen, die beim Erraten zuerst probiert werden. Bitte wählen Sie ein anderes.'

describe('which passwords an account may have', () => {
  it.each([
    ['123', tooShort],
    ['geheim-123', tooShort],
    ['Passwort123!!', listed],
    ['!!Password2024', listed],
    ['qwertzuiop123', listed],
    ['aaaaaaaaaaaaaaaa', listed],
    ['123456789012', listed],
    [
      'Oberhausen2026!',
      'Das Passwort darf den Namen „Oberhausen“ nicht enthalten: er wird beim Erraten zuerst probiert.',
    ],
    ['Kanal Brücke Apfel 7', undefined],
    ['geheim-und-lang-123', undefined],
  ])('%j: %j', (password, expected) => {
    expect(passwordProblem(password)).toBe(expected)
  })
})
