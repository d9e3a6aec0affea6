import { describe, expect, it } from 'vitest'

import { wordDiff } from '../../src/components/TranslationsWorklist/wordDiff'

describe('the German change a translator sees', () => {
  it.each([
    [
      'a changed word',
      'Anmeldung bis Mai',
      'Anmeldung bis Juni',
      [
        ['same', 'Anmeldung bis '],
        ['removed', 'Mai'],
        ['added', 'Juni'],
      ],
    ],
    [
      'an added sentence',
      'Kurs am Montag.',
      'Kurs am Montag. Bitte anmelden.',
      [
        ['same', 'Kurs am Montag. '],
        ['added', 'Bitte anmelden.'],
      ],
    ],
    [
      'a removed word',
      'Offenes Treffen für alle',
      'Treffen für alle',
      [
        ['removed', 'Offenes '],
        ['same', 'Treffen für alle'],
      ],
    ],
    ['no change', 'Gleich', 'Gleich', [['same', 'Gleich']]],
    ['a new field', '', 'Neuer Text', [['added', 'Neuer Text']]],
  ])('%s', (_name, before, after, expected) => {
    expect(wordDiff(before, after).map(({ kind, text }) => [kind, text])).toEqual(expected)
  })
})
