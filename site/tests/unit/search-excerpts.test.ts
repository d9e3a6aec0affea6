import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import * as pagefind from 'pagefind'
import { afterAll, describe, expect, it } from 'vitest'

import { separateBlocks } from '#/lib/search/block-breaks.ts'

const folder = mkdtempSync(join(tmpdir(), 'excerpts-'))
afterAll(async () => {
  await pagefind.close()
  rmSync(folder, { recursive: true, force: true })
})

/** The text Pagefind keeps for a page's excerpts (its fragment's `content`), after indexing `body`. */
async function indexedText(body: string): Promise<string> {
  const { index } = await pagefind.createIndex({ forceLanguage: 'de' })
  const html = `<!doctype html><html lang="de"><body><div data-pagefind-body>${body}</div></body></html>`
  await index!.addHTMLFile({ url: '/de/veranstaltungen/x/', content: separateBlocks(html) })
  const output = join(folder, String(Math.random()))
  await index!.writeFiles({ outputPath: output })
  await index!.deleteIndex()
  const [fragment] = readdirSync(join(output, 'fragment'))
  const json = gunzipSync(readFileSync(join(output, 'fragment', fragment))).toString('utf8')
  return (JSON.parse(json.slice(json.indexOf('{'))) as { content: string }).content
}

describe('search excerpts', () => {
  it('keep the words of an event’s details apart (Pagefind runs <dt>/<dd> together on its own)', async () => {
    const text = await indexedText(
      '<h1>Sportfest</h1><dl class="details-list"><dt>Wann</dt><dd>Samstag, 6. Juni 2026, 10:00 Uhr</dd><dt>Wo</dt><dd><address>Sporthalle Osterfeld</address></dd></dl>',
    )
    expect(text).toBe('Sportfest. Wann Samstag, 6. Juni 2026, 10:00 Uhr Wo Sporthalle Osterfeld')
  })

  it('keep table cells, quotes and figure captions apart, and inline markup inside a word whole', async () => {
    const text = await indexedText(
      '<h1>Zahlen</h1><table><tr><th>Jahr</th><td>2024</td></tr></table><blockquote>Zitat</blockquote><figure><figcaption>Bildtext</figcaption></figure><p>Kita<strong>platz</strong></p>',
    )
    expect(text).toBe('Zahlen. Jahr 2024. Zitat Bildtext Kitaplatz.')
  })

  it('leave attributes and the page’s own text unchanged', () => {
    expect(separateBlocks('<p class="a">x</p><span>y</span><details open><summary>z</summary></details>')).toBe(
      ' <p class="a">x</p> <span>y</span> <details open> <summary>z</summary> </details> ',
    )
    expect(separateBlocks('<pre>a</pre><progress></progress><dtx>')).toBe(' <pre>a</pre> <progress></progress><dtx>')
  })
})
