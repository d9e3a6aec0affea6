import { isLinkable } from '@ki/contract'
import type { LocaleCode } from '#/i18n/locales.ts'
import type { LexicalNode } from '#/loaders/schemas.ts'
import { pageUrl, type PageIndex } from '#/lib/pages/pages.ts'

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[char]};`)
}

/** Lexical's text format bits, innermost first. */
const formats: [bit: number, tag: string][] = [
  [16, 'code'],
  [1, 'strong'],
  [2, 'em'],
  [4, 's'],
  [8, 'u'],
  [32, 'sub'],
  [64, 'sup'],
]

/** A Lexical text node as escaped HTML, wrapped in one element per format bit. */
export function formatText(text: string, format: number | string | undefined): string {
  const bits = typeof format === 'number' ? format : 0
  return formats.reduce((html, [bit, tag]) => (bits & bit ? `<${tag}>${html}</${tag}>` : html), escapeHtml(text))
}

/**
 * `ltr` for a mailto:/tel: link whose text is the address itself: an address reads left to right even in
 * Arabic or Persian text (otherwise a wrapped "ki@ki-" shows its hyphen on the wrong side).
 */
export function addressDirection(href: string, children: LexicalNode[]): 'ltr' | undefined {
  const address = /^(?:mailto|tel):(.+)$/.exec(href)?.[1]
  const text = children.length === 1 && children[0].type === 'text' ? (children[0].text ?? '') : ''
  return address && text.replace(/\s/g, '') === address.replace(/\s/g, '') ? 'ltr' : undefined
}

/**
 * Where a link node points: internal links to the linked page in the reader's language; an external address only
 * when the portal may link to it (`@ki/contract` links: never `javascript:`, `data:`, …), else undefined, and the
 * link's text renders without a link.
 */
export function linkHref(node: LexicalNode, locale: LocaleCode, index: PageIndex): string | undefined {
  const fields = node.fields
  if (fields?.linkType === 'internal') {
    const doc = fields.doc
    if (!doc || doc.relationTo !== 'pages')
      throw new Error(
        `Rich text link to "${doc?.relationTo ?? 'nothing'}" cannot be resolved; only pages are supported`,
      )
    const id = typeof doc.value === 'number' ? doc.value : doc.value.id
    const page = index.get(id)
    if (!page) throw new Error(`Rich text links to page id=${id}, which is not published`)
    return pageUrl(page, locale, index)
  }
  if (fields?.url) return isLinkable(fields.url, 'text') ? fields.url : undefined
  throw new Error('Rich text link without a target')
}

/** Headings inside content start at h2: the page title is the only h1. */
export function headingTag(tag: string | undefined): 'h2' | 'h3' | 'h4' | 'h5' | 'h6' {
  const level = Math.min(Math.max(Number(tag?.replace('h', '') ?? 2), 2), 6)
  return `h${level}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6'
}
