/**
 * A Ukrainian reader who types "школи" finds a page that only says "школа": the editors' synonym group
 * "школа, школи, школу" reaches the search index (site/indexer/synonyms.ts). The queries run Pagefind's own search
 * code (the bundle's pagefind.js, as the search page loads it) in Node against the files served on loopback.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { pathToFileURL } from 'node:url'

import * as pagefind from 'pagefind'
import { afterAll, describe, expect, it } from 'vitest'

import { searchableText, synonymsFor, synonymTable, withSynonyms } from '../../indexer/synonyms.ts'
import { requireDist } from './dist.ts'

type Hit = { url: string; excerpt: string; content: string; meta: Record<string, string> }
type Bundle = {
  options: (options: { basePath: string }) => Promise<void>
  search: (query: string) => Promise<{ results: { data: () => Promise<Hit> }[] }>
}

const servers: Server[] = []
const folders: string[] = []
afterAll(() => {
  for (const server of servers) server.close()
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

const types: Record<string, string> = {
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
}

/** Serves a folder on a free loopback port; resolves to its origin. */
async function serve(root: string): Promise<string> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname))
    try {
      const body = readFileSync(join(root, path))
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' })
      response.end(body)
    } catch {
      response.writeHead(404).end()
    }
  })
  servers.push(server)
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

/** The addresses (path only) and hits of a query in the bundle at `root` + `bundle` (e.g. `/pagefind/uk/`). */
async function search(root: string, bundle: string, query: string): Promise<Hit[]> {
  const origin = await serve(root)
  const code = (await import(pathToFileURL(join(root, bundle, 'pagefind.js')).href)) as Bundle
  await code.options({ basePath: `${origin}${bundle}` })
  const { results } = await code.search(query)
  const hits = await Promise.all(results.map((result) => result.data()))
  return hits.map((hit) => ({ ...hit, url: new URL(hit.url, origin).pathname }))
}

const page = (title: string, text: string) =>
  `<!doctype html><html lang="uk"><head><title>${title}</title></head><body><nav>Меню</nav>` +
  `<div data-pagefind-body><h1>${title}</h1><p>${text}</p></div></body></html>`

describe('search synonyms', () => {
  it('a Ukrainian query for "школи" finds the page that only says "школа", its excerpt the page’s own text', async () => {
    const table = synonymTable([{ id: 1, locale: 'uk', words: ['школа', 'школи', 'школу'] }])
    const pages = {
      '/uk/shkola/': page('Запис дитини', 'Наша школа приймає дітей з вересня.'),
      '/uk/biblioteka/': page('Бібліотека', 'Читальна зала у місті.'),
    }
    const index = async (withGroups: boolean) => {
      const folder = mkdtempSync(join(tmpdir(), 'ki-synonyms-'))
      folders.push(folder)
      const { index: created } = await pagefind.createIndex({ forceLanguage: 'uk' })
      if (!created) throw new Error('Pagefind could not create an index')
      for (const [url, html] of Object.entries(pages)) {
        const words = withGroups ? synonymsFor(searchableText(html), 'uk', table) : []
        await created.addHTMLFile({ url, content: withSynonyms(html, words) })
      }
      await created.writeFiles({ outputPath: join(folder, 'pagefind', 'uk') })
      await created.deleteIndex()
      return folder
    }
    const withGroups = await index(true)
    const without = await index(false)
    await pagefind.close()

    const hits = await search(withGroups, '/pagefind/uk/', 'школи')
    expect(hits.map((hit) => [hit.url, hit.excerpt, hit.meta.synonyms])).toEqual([
      ['/uk/shkola/', 'Запис дитини. Наша школа приймає дітей з вересня.', 'школи, школу'],
    ])
    // Without the group Pagefind, which has no Ukrainian stemmer, finds nothing.
    expect(await search(without, '/pagefind/uk/', 'школи')).toEqual([])
  })

  it('on the built site, "школи" also finds Ukrainian pages whose own text has only another form of the word', async () => {
    const dist = requireDist()
    const hits = await search(dist, '/pagefind/uk/', 'школи')
    const onlyThroughSynonyms = hits.filter((hit) => !/(^|[^\p{L}])школи([^\p{L}]|$)/iu.test(hit.content))
    expect(onlyThroughSynonyms.length).toBeGreaterThan(0)
    for (const hit of onlyThroughSynonyms) expect(hit.meta.synonyms?.split(', ')).toContain('школи')
    expect(onlyThroughSynonyms.every((hit) => !hit.excerpt.includes('школи, школу'))).toBe(true)
  })
})
