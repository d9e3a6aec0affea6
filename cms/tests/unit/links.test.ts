import { linkProblem } from '@ki/contract'
import { describe, expect, it } from 'vitest'

import { linkAddresses } from '../../src/fields/url'

describe('which addresses the portal links to', () => {
  it.each([
    ['https://verein.de', 'web', undefined],
    ['http://verein.de/kontakt?x=1', 'web', undefined],
    ['mailto:ki@oberhausen.de', 'text', undefined],
    [
      'tel:+49 208 825',
      'text',
      '„tel:+49 208 825“ enthält Leerzeichen oder unsichtbare Zeichen; eine Internetadresse darf keine enthalten.',
    ],
    ['/de/beratung/', 'text', undefined],
    ['#termine', 'text', undefined],
    ['/de/beratung/', 'web', '„/de/beratung/“ ist keine vollständige Internetadresse (Beispiel: https://verein.de).'],
    ['//andere.example/x', 'text', undefined],
    [
      'mailto:ki@oberhausen.de',
      'web',
      'Adressen mit „mailto:“ sind nicht erlaubt; eine Adresse beginnt mit https:// oder http:// (Beispiel: https://verein.de).',
    ],
    [
      'javascript:alert(1)',
      'text',
      'Adressen mit „javascript:“ sind nicht erlaubt; eine Adresse beginnt mit https://, http://, mailto: oder tel:.',
    ],
    [
      'java\tscript:alert(1)',
      'text',
      '„java\tscript:alert(1)“ enthält Leerzeichen oder unsichtbare Zeichen; eine Internetadresse darf keine enthalten.',
    ],
    [
      'vbscript:x',
      'web',
      'Adressen mit „vbscript:“ sind nicht erlaubt; eine Adresse beginnt mit https:// oder http:// (Beispiel: https://verein.de).',
    ],
    [
      'data:text/html,x',
      'web',
      'Adressen mit „data:“ sind nicht erlaubt; eine Adresse beginnt mit https:// oder http:// (Beispiel: https://verein.de).',
    ],
    ['https://verein', 'web', '„https://verein“ ist keine vollständige Internetadresse (Beispiel: https://verein.de).'],
    [
      'https://verein.de/\u202Eexe',
      'web',
      '„https://verein.de/\u202Eexe“ enthält Leerzeichen oder unsichtbare Zeichen; eine Internetadresse darf keine enthalten (Beispiel: https://verein.de).',
    ],
  ] as const)('%j as a %s link: %j', (url, kind, expected) => {
    expect(linkProblem(url, kind)).toBe(expected)
  })

  it('finds the external address of every link in a Lexical document, however deep', () => {
    const link = (url: string, linkType = 'custom') => ({ type: 'link', fields: { linkType, url }, children: [] })
    const doc = {
      root: {
        children: [
          { type: 'paragraph', children: [link('https://a.de'), { type: 'text', text: 'x' }] },
          { type: 'list', children: [{ type: 'listitem', children: [{ ...link('javascript:x'), type: 'autolink' }] }] },
          { type: 'paragraph', children: [link('', 'internal')] },
        ],
      },
    }
    expect(linkAddresses(doc)).toEqual(['https://a.de', 'javascript:x'])
  })
})
