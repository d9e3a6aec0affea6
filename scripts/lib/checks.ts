/**
 * The static checks that `npm test` runs first and `npm run lint` runs alone: the type-check of every package
 * (tsc for the CMS, its tests, the scripts and root tests; `astro check` for the site), ESLint with type
 * information and Prettier's format check, each at zero errors and zero warnings.
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'

import { ROOT, SITE_DIR } from './paths'

export type StaticCheck = { name: string; args: string[]; cwd: string }

const bin = (pkg: string, file: string) => join(ROOT, 'node_modules', pkg, file)
const TSC = bin('typescript', 'bin/tsc')

export const STATIC_CHECKS: StaticCheck[] = [
  { name: 'type-check cms (tsc)', args: [TSC, '--noEmit', '-p', 'cms'], cwd: ROOT },
  { name: 'type-check cms tests (tsc)', args: [TSC, '--noEmit', '-p', 'cms/tests'], cwd: ROOT },
  { name: 'type-check scripts and tests (tsc)', args: [TSC, '--noEmit', '-p', '.'], cwd: ROOT },
  // The loaders load nothing under `astro check` (site/src/loaders/cms.ts): no CMS needed.
  {
    name: 'type-check site (astro check)',
    args: [join(SITE_DIR, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'check', '--minimumSeverity', 'warning'],
    cwd: SITE_DIR,
  },
  { name: 'lint (eslint)', args: [bin('eslint', 'bin/eslint.js'), '--max-warnings', '0', '.'], cwd: ROOT },
  { name: 'format (prettier --check)', args: [bin('prettier', 'bin/prettier.cjs'), '--check', '.'], cwd: ROOT },
]

type Outcome = { check: StaticCheck; ok: boolean; output: string; seconds: number }

function run(check: StaticCheck, env: NodeJS.ProcessEnv): Promise<Outcome> {
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn(process.execPath, check.args, { cwd: check.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('error', (error) => resolve({ check, ok: false, output: error.message, seconds: 0 }))
    child.once('exit', (code) => resolve({ check, ok: code === 0, output, seconds: (Date.now() - started) / 1000 }))
  })
}

/**
 * Runs the checks, two at a time, and prints one line per check (with the tool's output when it failed).
 * Returns how many passed and failed.
 */
export async function runStaticChecks(env: NodeJS.ProcessEnv): Promise<{ passed: number; failed: number }> {
  const queue = [...STATIC_CHECKS]
  const outcomes: Outcome[] = []
  const worker = async () => {
    for (let check = queue.shift(); check; check = queue.shift()) {
      const outcome = await run(check, env)
      outcomes.push(outcome)
      const mark = outcome.ok ? '✓' : '✗'
      console.log(`${mark} ${check.name} (${outcome.seconds.toFixed(1)} s)`)
      if (!outcome.ok) console.log(outcome.output.trim())
    }
  }
  await Promise.all([worker(), worker()])
  const failed = outcomes.filter((outcome) => !outcome.ok).length
  return { passed: outcomes.length - failed, failed }
}
