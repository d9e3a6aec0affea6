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

  const withAddress =
    'Das Passwort darf Ihre E-Mail-Adresse und den Teil vor dem @ nicht enthalten: sie werden beim Erraten zuerst probiert.'

  it.each([
    ['jana.schmidt@example.org', 'jana.schmidt@example.org', withAddress],
    ['Jana.Schmidt-Kanal-7', 'jana.schmidt@example.org', withAddress],
    ['Kanal Brücke Apfel 7', 'jana.schmidt@example.org', undefined],
    ['Jürgen im Winterwald', 'juergen@example.org', withAddress],
    // A local part of one or two letters is not looked for: it would refuse most passwords.
    ['Kanal Brücke Apfel 7', 'a@example.org', undefined],
    ['Kanal Brücke a@example.org', 'a@example.org', withAddress],
  ])('%j for %j: %j', (password, email, expected) => {
    expect(passwordProblem(password, email)).toBe(expected)
  })
})
