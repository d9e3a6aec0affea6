/**
 * A seed killed half-way is finished by the next run (scripts/seed.ts): every content entry exists once, with its text
 * and its translations. The seed runs as `npm run seed` runs it, a child process on this test's fresh database.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'

import { startTestCms, type TestCms } from './payload'

const ROOT = join(import.meta.dirname, '..', '..', '..')
const contentPages = readdirSync(join(ROOT, 'content', 'pages'))
const contentEvents = (parse(readFileSync(join(ROOT, 'content', 'events.yaml'), 'utf8')) as unknown[]).length

let cms: TestCms

beforeAll(async () => {
  cms = await startTestCms()
})
afterAll(async () => {
  await cms?.close()
})

function seed(): { child: ChildProcess; done: Promise<{ code: number | null; output: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'seed.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URI: cms.databaseUri,
      DATA_DIR: cms.dataDir,
      ADMIN_EMAIL: 'seed-resume@example.org',
      ADMIN_PASSWORD: 'ein-langes-Testkennwort-2026',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const done = new Promise<{ code: number | null; output: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, output })),
  )
  return { child, done }
}

const count = async (collection: 'pages' | 'events') =>
  (await cms.payload.count({ collection, overrideAccess: true })).totalDocs

describe('an interrupted seed', () => {
  it('is finished by the next run: every page once, with its text and translations', { timeout: 900_000 }, async () => {
    const first = seed()
    while ((await count('pages')) === 0) {
      if (first.child.exitCode !== null)
        throw new Error(`the seed ended before its first page:\n${(await first.done).output}`)
      await sleep(100)
    }
    first.child.kill('SIGKILL')
    await first.done
    const pagesAfterKill = await count('pages')
    expect(pagesAfterKill).toBeLessThan(contentPages.length)
    expect(existsSync(join(cms.dataDir, 'seed-unfinished'))).toBe(true)

    const second = await seed().done
    expect(second.code, second.output).toBe(0)
    expect(second.output).toContain('The last seed was interrupted: removing what it wrote and seeding again.')
    expect(existsSync(join(cms.dataDir, 'seed-unfinished'))).toBe(false)

    const pages = await cms.payload.find({
      collection: 'pages',
      locale: 'de',
      depth: 0,
      limit: 100,
      overrideAccess: true,
    })
    expect(pages.docs.map((page) => page.key).sort()).toEqual([...contentPages].sort())
    expect(pages.docs.filter((page) => !page.summary).map((page) => page.key)).toEqual([])
    expect(await count('events')).toBe(contentEvents)
    const school = await cms.payload.find({
      collection: 'pages',
      where: { key: { equals: 'schule' } },
      locale: 'tr',
      fallbackLocale: false,
      depth: 0,
      overrideAccess: true,
    })
    expect(school.docs[0]?.title).toBe('Okul')

    // A third run has nothing left to do.
    const third = await seed().done
    expect(third.output).toContain('seeding skipped')
  })
})
