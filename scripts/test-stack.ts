/**
 * Starts the stack npm test's browser stage runs against (scripts/lib/test-stack.ts) and keeps it running until
 * Ctrl-C, to develop site and browser tests against it:
 *   node --import tsx scripts/test-stack.ts <name> <cms-port> <site-port>
 * Data in data/stack-<name>/, the CMS built into cms/.next-<name>/ (so it does not replace `npm start`'s build).
 * Prints the environment to run a test file with.
 */
import { join } from 'node:path'

import { ensureChromium } from './lib/browser'
import { ROOT } from './lib/paths'
import { runMain, UserError } from './lib/processes'
import { startTestStack } from './lib/test-stack'

runMain(async () => {
  const [name, cmsPort, sitePort] = process.argv.slice(2)
  if (!name || !/^[a-z0-9-]+$/.test(name) || !Number(cmsPort) || !Number(sitePort))
    throw new UserError('Usage: node --import tsx scripts/test-stack.ts <name> <cms-port> <site-port>')
  const stack = await startTestStack({
    dataDir: join(ROOT, 'data', `stack-${name}`),
    cmsPort: Number(cmsPort),
    sitePort: Number(sitePort),
    baseEnv: { ...process.env, NEXT_DIST_DIR: `.next-${name}`, CHROMIUM_PATH: ensureChromium() },
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
