/**
 * The link checker: every address inside the site that a page, stylesheet or the sitemap names leads to a
 * file of the build, and every `#anchor` exists in the page it points into.
 *
 * Internal = relative, root-relative, or absolute on the site's own origin (canonical and hreflang links
 * are absolute). A folder is served by its index.html, as the static server does. Query strings are
 * ignored (a static server ignores them too). Fragments on non-HTML targets (`file.pdf#page=3`) are
 * viewer parameters, not anchors, and are not checked.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { anchorsOf, distFiles, fileForPath, htmlPages, readPage, requireDist, siteOrigin, type Page } from './dist.ts'
import { isNonHttpScheme, pageReferences, stylesheetReferences, type Reference } from './references.ts'

let root: string
let pages: Page[]
let origin: string

beforeAll(() => {
  root = requireDist()
  pages = htmlPages(root)
  origin = siteOrigin(pages)
})

type Broken = { from: string; where: string; url: string; problem: string }

/** What is wrong with one reference, or undefined when it resolves (external links are not checked here). */
function problemWith(reference: Reference): string | undefined {
  const { url, from } = reference
  if (url === '') return 'empty address'
  if (isNonHttpScheme(url)) return undefined
  const base = new URL(from, origin)
  let target: URL
  try {
    target = new URL(url, base)
  } catch {
    return 'not a valid URL'
  }
  if (target.origin !== origin) return undefined
  const file = fileForPath(target.pathname, root)
  if (!file) return `no file for ${target.pathname}`
  if (!target.hash || !file.endsWith('.html')) return undefined
  const anchor = decodeURIComponent(target.hash.slice(1))
  if (anchor === '' || anchor === 'top') return undefined
  return anchorsOf(readPage(file, root)).has(anchor) ? undefined : `no id or name "${anchor}" in ${target.pathname}`
}

function broken(references: Reference[]): Broken[] {
  return references.flatMap((reference) => {
    const problem = problemWith(reference)
    return problem ? [{ from: reference.from, where: reference.where, url: reference.url, problem }] : []
  })
}

describe('links inside the built site', () => {
  it('every internal href, src and srcset of every page leads to a file, every #anchor to an element', () => {
    const references = pages.flatMap(pageReferences)
    // The checker has something to check: the site links its pages to each other.
    expect(references.filter((reference) => reference.where === '<a href>').length).toBeGreaterThan(pages.length)
    expect(broken(references)).toEqual([])
  })

  it('every url() and @import in the stylesheets leads to a file', () => {
    const stylesheets = distFiles(root).filter((file) => file.endsWith('.css'))
    expect(stylesheets.length).toBeGreaterThan(0)
    expect(broken(stylesheets.flatMap((file) => stylesheetReferences(file, root)))).toEqual([])
  })

  it('every address in sitemap.xml, alternates included, is a page of the build', () => {
    const sitemap = readFileSync(join(root, 'sitemap.xml'), 'utf8')
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>|<xhtml:link[^>]*href="([^"]+)"/g)].map(
      (match) => match[1] ?? match[2],
    )
    expect(urls.length).toBeGreaterThan(0)
    const references = urls.map((url): Reference => ({ from: '/sitemap.xml', where: 'sitemap', url, kind: 'follow' }))
    const external = urls.filter((url) => new URL(url).origin !== origin)
    expect(external).toEqual([])
    expect(broken(references)).toEqual([])
  })
})
