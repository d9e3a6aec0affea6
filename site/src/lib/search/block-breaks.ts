/**
 * Pagefind separates the text of some block elements (p, div, li, h1–h6, td, section, article) and runs that of
 * others together: `<dt>Wann</dt><dd>Samstag</dd>` became "WannSamstag" in excerpts (Pagefind/pagefind#736). Astro
 * writes pages without whitespace between tags; Pagefind keeps whitespace it finds there. So the indexer puts a space
 * around every element that a browser shows as a block of its own, in the copy of the page it indexes.
 */

/** Elements a browser lays out as blocks, table parts or list items by default (HTML's rendering section). */
const blockElements = [
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]

const blockTag = new RegExp(`<(/?)(?:${blockElements.join('|')})(?=[\\s/>])[^>]*>`, 'gi')

/** The page with a space before each block element's opening tag and after its closing tag. */
export function separateBlocks(html: string): string {
  return html.replace(blockTag, (tag: string, closing: string) => (closing ? `${tag} ` : ` ${tag}`))
}
