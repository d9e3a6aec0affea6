/**
 * Every address a built page or stylesheet refers to, with what the reader's browser does with it:
 * `load` (fetched on its own while showing the page: stylesheets, scripts, images, fonts, media,
 * prefetch hints) or `follow` (only when the reader clicks or submits: links, form actions, and
 * metadata such as canonical/alternate links, which browsers never fetch).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { requireDist, srcsetUrls, type Page } from './dist.ts'

export type Reference = { from: string; where: string; url: string; kind: 'load' | 'follow' }

/** `<link rel>` values whose target the browser fetches by itself. */
const LOADED_LINK_RELS = new Set([
  'stylesheet',
  'icon',
  'shortcut',
  'apple-touch-icon',
  'manifest',
  'preload',
  'modulepreload',
  'prefetch',
  'preconnect',
  'dns-prefetch',
  'prerender',
  'mask-icon',
])

/** Attributes whose URL the browser loads while rendering the element. */
const LOADED_ATTRS: Record<string, string[]> = {
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  frame: ['src'],
  embed: ['src'],
  object: ['data'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  input: ['src'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
}

function urlsOf(attr: string, value: string): string[] {
  return attr === 'srcset' ? srcsetUrls(value) : [value.trim()]
}

export function pageReferences(page: Page): Reference[] {
  const references: Reference[] = []
  const add = (where: string, url: string, kind: Reference['kind']) =>
    references.push({ from: page.path, where, url, kind })
  for (const tag of page.tags) {
    if (tag.closing) continue
    for (const attr of LOADED_ATTRS[tag.name] ?? []) {
      const value = tag.attrs.get(attr)
      if (value) for (const url of urlsOf(attr, value)) add(`<${tag.name} ${attr}>`, url, 'load')
    }
    if (tag.name === 'link' && tag.attrs.get('href')) {
      const rels = (tag.attrs.get('rel') ?? '').toLowerCase().split(/\s+/)
      const loaded = rels.some((rel) => LOADED_LINK_RELS.has(rel))
      add(`<link rel="${tag.attrs.get('rel')}">`, tag.attrs.get('href')!, loaded ? 'load' : 'follow')
    }
    if (tag.name === 'link' && tag.attrs.get('imagesrcset')) {
      for (const url of srcsetUrls(tag.attrs.get('imagesrcset')!)) add('<link imagesrcset>', url, 'load')
    }
    if ((tag.name === 'a' || tag.name === 'area') && tag.attrs.has('href'))
      add(`<${tag.name} href>`, tag.attrs.get('href')!, 'follow')
    if (tag.name === 'form' && tag.attrs.get('action')) add('<form action>', tag.attrs.get('action')!, 'follow')
    if (tag.name === 'meta' && tag.attrs.get('http-equiv')?.toLowerCase() === 'refresh') {
      const target = /url\s*=\s*(.+)$/i.exec(tag.attrs.get('content') ?? '')?.[1]
      if (target) add('<meta http-equiv="refresh">', target.replace(/^['"]|['"]$/g, ''), 'follow')
    }
    const style = tag.attrs.get('style')
    if (style) for (const url of cssUrls(style)) add(`<${tag.name} style>`, url, 'load')
    if (tag.name === 'style' && tag.text) for (const url of cssUrls(tag.text)) add('<style>', url, 'load')
  }
  return references
}

/** The URLs a stylesheet loads: `url(…)` and `@import "…"`. */
export function cssUrls(css: string): string[] {
  const urls: string[] = []
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '')
  for (const match of withoutComments.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi))
    urls.push(match[1] ?? match[2] ?? match[3])
  for (const match of withoutComments.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) urls.push(match[1] ?? match[2])
  return urls.filter((url) => url !== '')
}

/** The references of a stylesheet in the output, relative URLs resolved against its own address. */
export function stylesheetReferences(file: string, root = requireDist()): Reference[] {
  const css = readFileSync(join(root, file), 'utf8')
  return cssUrls(css).map((url) => ({ from: `/${file}`, where: 'css url()/@import', url, kind: 'load' as const }))
}

/** Schemes that are not requests for a resource of the site: mail, phone, inline data. */
export function isNonHttpScheme(url: string): boolean {
  return /^(mailto|tel|sms|data|javascript|about|blob):/i.test(url)
}
