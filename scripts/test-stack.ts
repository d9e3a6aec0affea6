/**
 * Starts the stack npm test's browser stage runs against (scripts/lib/test-stack.ts) and keeps it running until
 * Ctrl-C, to develop site and browser tests against it:
 *   node --import tsx scripts/test-stack.ts <name> <cms-port> <site-port> [--no-publisher]
 * Data in data/stack-<name>/, the CMS built into cms/.next-<name>/ (so it does not replace `npm start`'s build).
 * Prints the environment to run a test file with.
 */
import { mkdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import { ensureChromium } from './lib/browser'
import { ROOT } from './lib/paths'
import { runMain, UserError } from './lib/processes'
import { startTestStack } from './lib/test-stack'

/** A folder as a lock across stacks on this machine; one left by a killed build is taken over after 20 minutes. */
async function oneBuildAtATime(build: () => Promise<unknown>): Promise<unknown> {
  const lock = join(tmpdir(), 'ki-test-stack-build.lock')
  for (;;) {
    try {
      mkdirSync(lock)
      break
    } catch {
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now())
      if (age > 20 * 60_000) rmSync(lock, { recursive: true, force: true })
      else await sleep(5_000)
    }
  }
  try {
    return await build()
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}

runMain(async () => {
  const [name, cmsPort, sitePort] = process.argv.slice(2)
  if (!name || !/^[a-z0-9-]+$/.test(name) || !Number(cmsPort) || !Number(sitePort))
    throw new UserError('Usage: node --import tsx scripts/test-stack.ts <name> <cms-port> <site-port>')
  const stack = await startTestStack({
    dataDir: join(ROOT, 'data', `stack-${name}`),
    cmsPort: Number(cmsPort),
    sitePort: Number(sitePort),
    baseEnv: { ...process.env, NEXT_DIST_DIR: `.next-${name}`, CHROMIUM_PATH: ensureChromium() },
    oneBuildAtATime,
    // The tests in tests/builds/ run their own publisher, as in npm test, where the stack's has stopped by then.
    publishing: !process.argv.includes('--no-publisher'),
  })
  const shown = [
    'DATA_DIR',
    'DATABASE_URI',
    'PAYLOAD_SECRET',
    'ADMIN_EMAIL',
    'ADMIN_PASSWORD',
    'CMS_URL',
    'SITE_URL',
    'SITE_DIST',
    'SITE_CHECKED_DIST',
    'SITE_CHECKED_AT',
    'CHROMIUM_PATH',
  ]
  console.log(
    `\nRunning. Test with:\n${shown.map((key) => `${key}='${stack.testEnv[key] ?? ''}'`).join(' ')} node node_modules/vitest/vitest.mjs run --project browser <file>`,
  )
  const stop = () => void stack.stop().then(() => process.exit(0))
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  await new Promise(() => {})
})
