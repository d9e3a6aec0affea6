import { describe, expect, it } from 'vitest'
import { formatText, headingTag, linkHref } from '#/lib/richtext.ts'
import { indexPages } from '#/lib/pages/pages.ts'
import type { Page } from '#/loaders/schemas.ts'

describe('rich text', () => {
  it('escapes text and applies Lexical format bits', () => {
    expect(formatText('a < b', 0)).toBe('a &lt; b')
    expect(formatText('fett', 1)).toBe('<strong>fett</strong>')
    expect(formatText('x', 1 | 2)).toBe('<em><strong>x</strong></em>')
    expect(formatText('x', 4 | 8)).toBe('<u><s>x</s></u>')
    expect(formatText('npm i', 16)).toBe('<code>npm i</code>')
  })

  it('keeps h1 for the page title', () => {
    expect(headingTag('h1')).toBe('h2')
    expect(headingTag('h3')).toBe('h3')
  })

  it('resolves internal links to the linked page in the reader’s language', () => {
    const contact: Page = {
      id: 9,
      title: { de: 'Kontakt' },
      slug: { de: 'kontakt', tr: 'iletisim' },
      updatedAt: '2026-01-01T00:00:00Z',
    }
    const index = indexPages([contact])
    const node = {
      type: 'link' as const,
      fields: { linkType: 'internal' as const, doc: { relationTo: 'pages', value: 9 } },
    }
    expect(linkHref(node, 'tr', index)).toBe('/tr/iletisim/')
    expect(linkHref(node, 'fa', index)).toBe('/fa/kontakt/')
    expect(
      linkHref({ type: 'link', fields: { linkType: 'custom', url: 'https://www.oberhausen.de/' } }, 'de', index),
    ).toBe('https://www.oberhausen.de/')
    expect(() =>
      linkHref(
        { type: 'link', fields: { linkType: 'internal', doc: { relationTo: 'pages', value: 99 } } },
        'de',
        index,
      ),
    ).toThrow('Rich text links to page id=99, which is not published')
  })
})
