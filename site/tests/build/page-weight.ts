/**
 * Page weight from the built files: the bytes a browser transfers to show one page, counted from the output
 * folder instead of a network trace.
 *
 * Per page: the HTML, its stylesheets, its scripts (with the modules they import statically), the images
 * it shows (every <img>, lazy ones included: what a reader who scrolls to the end receives) and the web
 * fonts its text needs. The choices follow Chromium on a 1280 px wide screen at 1x:
 *   - <picture>: the first <source> whose type Chromium decodes (AVIF, WebP), else the <img>;
 *     from a srcset the smallest candidate at least as wide as the slot `sizes` gives (1280 px or
 *     the first matching `(min-width: …)` condition).
 *   - fonts: for each character of the text rendered on load (closed <details> left out), the first family
 *     of the page's font stack (Arabic and Persian: Noto Sans Arabic first) whose @font-face unicode-range
 *     covers it, the last-defined such face where ranges overlap; fetched in its first format (WOFF2),
 *     for weights 400 and 700 alike (every page has bold headings).
 *   - the search page's index and WebAssembly, which Pagefind loads only when the reader searches, are
 *     not counted.
 * Bytes are reported as stored (the bundled static server sends them uncompressed) and gzip-compressed
 * (level 6, as most hosts send text).
 *
 *   tsx site/tests/build/page-weight.ts /path/to/dist
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'

import {
  decodeEntities,
  distFiles,
  fileForPath,
  localeOfPage,
  parsePage,
  srcsetUrls,
  type Page,
  type Tag,
} from './dist.ts'

type FontFace = { family: string; weight: string; file: string; ranges: [number, number][] }
export type PageWeight = {
  page: string
  htmlBytes: number
  bytes: number
  gzipBytes: number
  files: string[]
  missing: string[]
}

const TEXT = /\.(html|css|m?js|svg|json)$/
const sizeCache = new Map<string, { bytes: number; gzipBytes: number }>()

function sizeOf(root: string, file: string): { bytes: number; gzipBytes: number } {
  let size = sizeCache.get(file)
  if (!size) {
    const content = readFileSync(join(root, file))
    size = {
      bytes: content.length,
      gzipBytes: TEXT.test(file) ? gzipSync(content, { level: 6 }).length : content.length,
    }
    sizeCache.set(file, size)
  }
  return size
}

function parseRanges(value: string): [number, number][] {
  return value.split(',').map((part) => {
    const [start, end] = part.trim().replace(/^U\+/i, '').split('-')
    if (start.includes('?')) return [parseInt(start.replace(/\?/g, '0'), 16), parseInt(start.replace(/\?/g, 'F'), 16)]
    return [parseInt(start, 16), parseInt(end ?? start, 16)]
  })
}

function fontFaces(root: string, cssFile: string): FontFace[] {
  const css = readFileSync(join(root, cssFile), 'utf8')
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap((match) => {
    const body = match[1]
    const family = /font-family:\s*["']?([^;"']+)/.exec(body)?.[1].trim() ?? ''
    const weight = /font-weight:\s*([^;]+)/.exec(body)?.[1].trim() ?? '400'
    const url = /url\(\s*["']?([^)"']+)/.exec(body)?.[1]
    const range = /unicode-range:\s*([^;]+)/.exec(body)?.[1]
    return url ? [{ family, weight, file: url, ranges: range ? parseRanges(range) : [[0, 0x10ffff]] }] : []
  })
}

/**
 * The text Chromium renders on load: the body outside <script> and <style>, without the content of closed
 * <details> (their summary stays; the language list's names load their fonts only when opened).
 */
function visibleText(page: Page): string {
  const body = page.html.slice(page.html.indexOf('<body'))
  const text = body
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(
      /<details(?![^>]*\sopen)[^>]*>([\s\S]*?)<\/details>/gi,
      (_, inner: string) => /<summary[\s\S]*?<\/summary>/i.exec(inner)?.[0] ?? '',
    )
    .replace(/<[^>]+>/g, ' ')
  return decodeEntities(text)
}

/** The width in CSS pixels of the slot a `sizes` attribute describes, on a 1280 px wide screen. */
function slotWidth(sizes: string | undefined, viewport = 1280): number {
  if (!sizes) return viewport
  for (const entry of sizes.split(',')) {
    const match = /^\s*(?:\((min|max)-width:\s*([\d.]+)(px|rem|em)\)\s*)?([\d.]+)(px|rem|em|vw)\s*$/.exec(entry)
    if (!match) continue
    const [, kind, limit, limitUnit, length, unit] = match
    if (kind) {
      const limitPx = Number(limit) * (limitUnit === 'px' ? 1 : 16)
      if ((kind === 'min' && viewport < limitPx) || (kind === 'max' && viewport > limitPx)) continue
    }
    return unit === 'vw' ? (Number(length) * viewport) / 100 : Number(length) * (unit === 'px' ? 1 : 16)
  }
  return viewport
}

function pickFromSrcset(srcset: string, sizes: string | undefined): string {
  const candidates = srcset.split(/,(?=\s*\S)/).map((candidate) => {
    const [url, descriptor = '1x'] = candidate.trim().split(/\s+/)
    return { url, width: descriptor.endsWith('w') ? parseInt(descriptor, 10) : Number.NaN }
  })
  const widths = candidates.filter((candidate) => !Number.isNaN(candidate.width)).sort((a, b) => a.width - b.width)
  if (widths.length === 0) return srcsetUrls(srcset)[0]
  const slot = slotWidth(sizes)
  return (widths.find((candidate) => candidate.width >= slot) ?? widths.at(-1)!).url
}

const DECODED = new Set(['image/avif', 'image/webp', 'image/png', 'image/jpeg', 'image/gif', 'image/svg+xml'])

/** The image URL Chromium fetches for each <img>, looking at the <source>s of its <picture>. */
function chosenImages(page: Page): string[] {
  const chosen: string[] = []
  let sources: Tag[] = []
  for (const tag of page.tags) {
    if (tag.name === 'picture') sources = []
    if (tag.closing) continue
    if (tag.name === 'source' && tag.attrs.get('srcset')) sources.push(tag)
    if (tag.name === 'img') {
      const source = sources.find((each) => !each.attrs.get('type') || DECODED.has(each.attrs.get('type')!))
      const srcset = source?.attrs.get('srcset') ?? tag.attrs.get('srcset')
      const sizes = source?.attrs.get('sizes') ?? tag.attrs.get('sizes')
      const url = srcset ? pickFromSrcset(srcset, sizes) : tag.attrs.get('src')
      if (url) chosen.push(url)
      sources = []
    }
  }
  return chosen
}

/** A JavaScript file and the modules it imports statically (`import … from "./x.js"`, `import "./x.js"`). */
function scriptClosure(root: string, file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return []
  seen.add(file)
  const code = readFileSync(join(root, file), 'utf8')
  const imports = [...code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map(
    (match) => match[1],
  )
  const folder = `/${file}`.replace(/[^/]*$/, '')
  return [
    file,
    ...imports.flatMap((url) => {
      const target = fileForPath(new URL(url, `http://site${folder}`).pathname, root)
      return target ? scriptClosure(root, target, seen) : []
    }),
  ]
}

export function pageWeights(root: string): PageWeight[] {
  const faces = distFiles(root)
    .filter((file) => file.endsWith('.css'))
    .flatMap((file) => fontFaces(root, file))
  const families = [...new Set(faces.map((face) => face.family))]
  // One page parsed at a time: all of them at once do not fit in memory at 10k entries (118k pages).
  return distFiles(root)
    .filter((file) => file.endsWith('.html'))
    .flatMap((file) => {
      const page = parsePage(file, root)
      const urls = new Set<string>()
      const missing: string[] = []
      for (const tag of page.tags) {
        if (tag.closing) continue
        if (tag.name === 'link' && tag.attrs.get('rel') === 'stylesheet' && tag.attrs.get('href'))
          urls.add(tag.attrs.get('href')!)
        if (tag.name === 'script' && tag.attrs.get('src')) urls.add(tag.attrs.get('src')!)
      }
      for (const image of chosenImages(page)) urls.add(image)
      const files = new Set<string>([page.file])
      for (const url of urls) {
        const path = new URL(url, `http://site${page.path}`).pathname
        const file = fileForPath(path, root)
        if (!file) missing.push(path)
        else if (/\.m?js$/.test(file)) scriptClosure(root, file).forEach((each) => files.add(each))
        else files.add(file)
      }
      // Fonts: the stylesheet's families in the order the page's language puts them.
      const rtlStack = localeOfPage(page).rtl
      const stack = families
        .slice()
        .sort((a, b) =>
          rtlStack
            ? Number(b.includes('Arabic')) - Number(a.includes('Arabic'))
            : Number(a.includes('Arabic')) - Number(b.includes('Arabic')),
        )
      const used = new Set<FontFace>()
      for (const char of new Set(visibleText(page).replace(/\s/g, ''))) {
        const code = char.codePointAt(0)!
        for (const family of stack) {
          // Where unicode-ranges overlap, the face defined last is tried first (CSS Fonts 4, §4.5).
          const matching = faces.filter(
            (face) => face.family === family && face.ranges.some(([start, end]) => code >= start && code <= end),
          )
          if (matching.length === 0) continue
          for (const weight of new Set(matching.map((face) => face.weight)))
            used.add(matching.filter((face) => face.weight === weight).at(-1)!)
          break
        }
      }
      for (const face of used) {
        const file = fileForPath(face.file, root)
        if (file) files.add(file)
        else missing.push(face.file)
      }
      const sizes = [...files].map((file) => sizeOf(root, file))
      return {
        page: page.path,
        htmlBytes: sizes[0].bytes,
        bytes: sizes.reduce((sum, size) => sum + size.bytes, 0),
        gzipBytes: sizes.reduce((sum, size) => sum + size.gzipBytes, 0),
        files: [...files],
        missing,
      }
    })
}

export function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

export function weightReport(weights: PageWeight[]): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`
  const heaviest = weights.slice().sort((a, b) => b.bytes - a.bytes)[0]
  const heaviestGzip = weights.slice().sort((a, b) => b.gzipBytes - a.gzipBytes)[0]
  const html = weights.map((weight) => weight.htmlBytes)
  return [
    `Page weight over ${weights.length} HTML pages (HTML + CSS + JS + images + fonts, 1280 px screen):`,
    `  as stored:  median ${kb(median(weights.map((weight) => weight.bytes)))}, max ${kb(heaviest.bytes)} (${heaviest.page})`,
    `  gzip:       median ${kb(median(weights.map((weight) => weight.gzipBytes)))}, max ${kb(heaviestGzip.gzipBytes)} (${heaviestGzip.page})`,
    `  HTML alone: median ${kb(median(html))}, max ${kb(Math.max(...html))}`,
    `  heaviest page's files: ${heaviest.files.map((file) => `${file} ${kb(sizeCache.get(file)!.bytes)}`).join(', ')}`,
  ].join('\n')
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = process.argv[2] ?? process.env.SITE_DIST ?? ''
  if (!root || !existsSync(root) || !statSync(root).isDirectory()) {
    console.error('Usage: tsx site/tests/build/page-weight.ts <built site folder>')
    process.exit(1)
  }
  console.log(weightReport(pageWeights(root)))
}
