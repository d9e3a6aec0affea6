import { describe, expect, it } from 'vitest'

import type { LexicalNode } from '#/loaders/schemas.ts'
import { linkHref } from '#/lib/richtext.ts'

const link = (url: string) => ({ type: 'link', fields: { linkType: 'custom', url }, children: [] }) as LexicalNode

describe('a rich-text link on the site', () => {
  it.each([
    ['https://www.oberhausen.de/', 'https://www.oberhausen.de/'],
    ['mailto:ki@oberhausen.de', 'mailto:ki@oberhausen.de'],
    ['javascript:alert(1)', undefined],
    ['vbscript:msgbox(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
  ])('to %j links to %j (otherwise its text renders without a link)', (url, expected) => {
    expect(linkHref(link(url), 'de', new Map())).toBe(expected)
  })
})
