import { existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'

import { UserError } from './processes'

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/**
 * Browser tests drive Debian's Chromium (Playwright's own download does not work offline). Installs it
 * with apt when it is missing and we are root; otherwise stops with instructions — never a silent skip.
 */
export function ensureChromium(): string {
  if (existsSync(CHROMIUM)) return CHROMIUM
  const isRoot = process.getuid?.() === 0
  const hasApt = spawnSync('which', ['apt-get']).status === 0
  if (isRoot && hasApt) {
    console.log('▸ Installing Chromium for the browser tests (apt-get install chromium) …')
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    for (const args of [
      ['update', '-qq'],
      ['install', '-y', '-qq', 'chromium'],
    ]) {
      const result = spawnSync('apt-get', args, { stdio: 'inherit', env })
      if (result.status !== 0)
        throw new UserError(
          `apt-get ${args.join(' ')} failed (exit ${result.status}); install Chromium by hand: apt-get install chromium`,
        )
    }
    if (existsSync(CHROMIUM)) return CHROMIUM
  }
  throw new UserError(
    `The browser tests need Chromium at ${CHROMIUM}. Install it (Debian/Ubuntu: sudo apt-get install chromium) ` +
      'or point CHROMIUM_PATH at a Chromium/Chrome binary, then run npm test again.',
  )
}
