/**
 * Reading the built site (SITE_DIST) the way the build checks need it: every file, every HTML page
 * as a list of tags with their attributes, and where an address in the site leads to.
 *
 * The HTML is Astro's own output (well-formed, attributes quoted or bare, no templates), so a small
 * tag scanner is enough; it skips comments and treats <script>/<style> content as raw text.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

import { locales } from '#/i18n/locales.ts'

/**
 * The built site the checks read: in npm test a copy of the stack's first build (SITE_CHECKED_DIST), which the
 * publisher does not rebuild while the browser tests publish; run by hand, SITE_DIST.
 */
export const SITE_DIST = process.env.SITE_CHECKED_DIST || process.env.SITE_DIST || ''

/**
 * Entries changed after this time are not in SITE_DIST: a check that compares the site with the CMS asks for
 * `updatedAt` before it (`where[updatedAt][less_than]=…`). Run by hand against a live site: now.
 */
export const SITE_BUILT_BEFORE =
  (process.env.SITE_CHECKED_DIST && process.env.SITE_CHECKED_AT) || new Date().toISOString()

/** Fails loudly when the checks run without a built site (scripts/test.ts sets SITE_CHECKED_DIST and SITE_DIST). */
export function requireDist(): string {
  if (!SITE_DIST || !existsSync(join(SITE_DIST, 'index.html'))) {
    throw new Error(
      `SITE_DIST (${SITE_DIST || 'unset'}) is not a built site: run the site checks through \`npm test\`.`,
    )
  }
  return SITE_DIST
}

/** Every file below the output folder, as paths relative to it with forward slashes. */
export function distFiles(root = requireDist()): string[] {
  const files: string[] = []
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) walk(path)
      else files.push(relative(root, path).split(sep).join('/'))
    }
  }
  walk(root)
  return files.sort()
}

export type Tag = {
  name: string
  attrs: Map<string, string>
  closing: boolean
  /** `<path … />` in SVG and MathML: an element without content. */
  selfClosing: boolean
  /** Raw text of <script> and <style> elements. */
  text?: string
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, entity: string) => {
    if (entity[0] === '#') {
      const code =
        entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10)
      return String.fromCodePoint(code)
    }
    return ENTITIES[entity.toLowerCase()] ?? match
  })
}

const TAG =
  /<!--[\s\S]*?-->|<!doctype[^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/gi
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g

/** The tags of an HTML document in order (comments and doctype left out). */
export function parseTags(html: string): Tag[] {
  const tags: Tag[] = []
  TAG.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = TAG.exec(html))) {
    if (!match[2]) continue
    const name = match[2].toLowerCase()
    const attrs = new Map<string, string>()
    for (const attr of (match[3] ?? '').matchAll(ATTR)) {
      attrs.set(attr[1].toLowerCase(), decodeEntities(attr[2] ?? attr[3] ?? attr[4] ?? ''))
    }
    const tag: Tag = { name, attrs, closing: match[1] === '/', selfClosing: match[4] === '/' }
    if (!tag.closing && (name === 'script' || name === 'style')) {
      // A regex, not toLowerCase().indexOf: lower-casing changes lengths (Turkish İ), and so the offsets.
      const closing = new RegExp(`</${name}`, 'ig')
      closing.lastIndex = TAG.lastIndex
      const stop = closing.exec(html)?.index ?? html.length
      tag.text = html.slice(TAG.lastIndex, stop)
      TAG.lastIndex = stop
    }
    tags.push(tag)
  }
  return tags
}

export type Page = { file: string; path: string; html: string; tags: Tag[] }

const pageCache = new Map<string, Page>()

/** The address a file is served at: `de/kontakt/index.html` → `/de/kontakt/`, `de/404.html` → `/de/404.html`. */
export function urlPathOf(file: string): string {
  return '/' + file.replace(/(^|\/)index\.html$/, '$1')
}

/** A parsed page, kept for the next test that reads it. */
export function readPage(file: string, root = requireDist()): Page {
  const cached = pageCache.get(file)
  if (cached) return cached
  const page = parsePage(file, root)
  pageCache.set(file, page)
  return page
}

/** A parsed page, not kept: for a pass over every page of a large build. */
export function parsePage(file: string, root = requireDist()): Page {
  const html = readFileSync(join(root, file), 'utf8')
  return { file, path: urlPathOf(file), html, tags: parseTags(html) }
}

export function htmlPages(root = requireDist()): Page[] {
  return distFiles(root)
    .filter((file) => file.endsWith('.html'))
    .map((file) => readPage(file, root))
}

/** The output file an address in the site is served from (a folder serves its index.html), or undefined. */
export function fileForPath(urlPath: string, root = requireDist()): string | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return undefined
  }
  const path = join(root, decoded)
  if (!path.startsWith(root)) return undefined
  if (!existsSync(path)) return undefined
  if (statSync(path).isDirectory()) {
    const index = join(path, 'index.html')
    return existsSync(index) ? relative(root, index).split(sep).join('/') : undefined
  }
  return relative(root, path).split(sep).join('/')
}

/** The locale a page belongs to, by its first path segment (the root 404 and the language choice are German). */
export function localeOfPage(page: Page): (typeof locales)[number] {
  const first = page.path.split('/')[1] ?? ''
  return locales.find((locale) => locale.path === first) ?? locales[0]
}

/**
 * The site's own origin, as the build wrote it into every canonical link. The build's `site` is not
 * necessarily where the test server listens, so absolute links to this origin count as internal.
 */
export function siteOrigin(pages: Page[]): string {
  const origins = new Set<string>()
  for (const page of pages) {
    for (const tag of page.tags) {
      if (tag.name === 'link' && tag.attrs.get('rel') === 'canonical')
        origins.add(new URL(tag.attrs.get('href') ?? '').origin)
    }
  }
  if (origins.size !== 1)
    throw new Error(
      `The canonical links name ${origins.size} origins (${[...origins].join(', ')}), expected exactly one.`,
    )
  return [...origins][0]
}

/** The URLs in a `srcset` value (descriptors dropped). */
export function srcsetUrls(value: string): string[] {
  return value
    .split(/,(?=\s*\S)/)
    .map((candidate) => candidate.trim().split(/\s+/)[0])
    .filter(Boolean)
}

/** The opening tags of a page with their attribute names; used to find elements by id or name. */
export function anchorsOf(page: Page): Set<string> {
  const anchors = new Set<string>()
  for (const tag of page.tags) {
    if (tag.closing) continue
    const id = tag.attrs.get('id')
    if (id) anchors.add(id)
    if (tag.name === 'a' && tag.attrs.get('name')) anchors.add(tag.attrs.get('name')!)
  }
  return anchors
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
])

export type Element = { tag: Tag; parent?: Element }

/** The elements of a page, each with its parent, in document order. */
export function elementsOf(page: Page): Element[] {
  const elements: Element[] = []
  const open: Element[] = []
  for (const tag of page.tags) {
    if (tag.closing) {
      const index = open.map((element) => element.tag.name).lastIndexOf(tag.name)
      if (index !== -1) open.length = index
      continue
    }
    const element: Element = { tag, parent: open.at(-1) }
    elements.push(element)
    if (!VOID.has(tag.name) && !tag.selfClosing) open.push(element)
  }
  return elements
}

export function ancestorsOf(element: Element): Element[] {
  const ancestors: Element[] = []
  for (let parent = element.parent; parent; parent = parent.parent) ancestors.push(parent)
  return ancestors
}

/** A short selector-like name for messages: `nav.main-nav`, `div#x`. */
export function describeTag(tag: Tag): string {
  const id = tag.attrs.get('id')
  const classes = (tag.attrs.get('class') ?? '').split(/\s+/).filter(Boolean)
  return tag.name + (id ? `#${id}` : '') + classes.map((name) => `.${name}`).join('')
}
