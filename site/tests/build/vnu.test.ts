/**
 * Every built page is valid HTML as the Nu Html Checker (vnu, the W3C's checker, from the vnu-jar package) reads
 * it: one run of the checker over all pages but the 404s and previews, with the machine's Java (Debian's
 * default-jre-headless; .ci/run installs it).
 */
import { execFile } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { promisify } from 'node:util'

import { describe, expect, it } from 'vitest'

import { distFiles, requireDist } from './dist.ts'

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar')

type VnuMessage = { type: string; subType?: string; url?: string; message?: string; lastLine?: number }

/** Errors of the checker over these files (paths relative to the built site), as "file:line: message". */
async function vnuErrors(files: string[]): Promise<string[]> {
  const root = requireDist()
  const run = promisify(execFile)
  const args = ['-jar', vnuJar, '--format', 'json', '--errors-only', ...files.map((file) => join(root, file))]
  // vnu exits 1 when it found errors; its report is on stderr either way.
  const { stderr } = await run('java', args, { maxBuffer: 256 * 1024 * 1024 }).catch(
    (error: { stderr?: string; code?: number }) => {
      if (error.code !== 1 || !error.stderr) throw error
      return { stderr: error.stderr }
    },
  )
  const report = JSON.parse(stderr) as { messages: VnuMessage[] }
  return report.messages
    .filter((message) => message.type === 'error' || message.subType === 'fatal')
    .map((message) => {
      const file = decodeURIComponent(new URL(message.url ?? 'file:///').pathname).slice(root.length + 1)
      return `${file}:${message.lastLine ?? '?'}: ${message.message ?? message.type}`
    })
}

describe('valid HTML', () => {
  it(
    'the Nu Html Checker finds no error on any built page (404s and previews aside)',
    // One Java run over every page: ~11k pages on the seed site since the filter combinations (4× before).
    { timeout: 30 * 60_000 },
    async () => {
      const pages = distFiles().filter(
        (file) => file.endsWith('.html') && !/(^|\/)404\.html$/.test(file) && !file.startsWith('vorschau/'),
      )
      expect(pages.length).toBeGreaterThan(2000)
      const errors = await vnuErrors(pages)
      expect(errors.slice(0, 50), `${errors.length} errors`).toEqual([])
    },
  )
})
