/**
 * npm test: the whole suite.
 *   0. static checks (scripts/lib/checks.ts: tsc and astro check, ESLint, Prettier's check; one count each) and the
 *      architecture test (the dependency rules, read from the imports)
 *   1. unit and integration tests (integration on a fresh SQLite database per file)
 *   2. the integration tests again on PostgreSQL when TEST_POSTGRES_URI is set, on MongoDB when TEST_MONGODB_URI is set
 *   3. a seeded CMS (fresh SQLite in data/test) is built, started, the site built from its API and served;
 *      then the site checks and the browser tests (Debian's Chromium via playwright-core), and last the comparison
 *      of incremental and full builds after a change to each kind of entry (tests/builds/)
 * Prints which databases were covered and one closing line: "N passed, N failed".
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { ensureChromium } from './lib/browser'
import { runStaticChecks } from './lib/checks'
import { ROOT } from './lib/paths'
import { freePort, runMain } from './lib/processes'
import { startTestStack } from './lib/test-stack'

const VITEST = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs')
type Tally = { passed: number; failed: number; skipped: number }
const total: Tally = { passed: 0, failed: 0, skipped: 0 }
/** One line per failed test, printed again at the end: CI often shows only the tail of the output. */
const failures: string[] = []
const reports = mkdtempSync(join(tmpdir(), 'ki-test-'))

async function vitest(label: string, projects: string[], env: NodeJS.ProcessEnv): Promise<void> {
  console.log(`\n━━ ${label} ━━`)
  const report = join(reports, `${label.replace(/\W+/g, '-')}.json`)
  const args = [
    VITEST,
    'run',
    ...projects.flatMap((project) => ['--project', project]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]
  const { exit, outsideTests } = await runVitest(args, env)
  if (!existsSync(report)) {
    console.error(`✗ ${label}: vitest produced no report (exit ${exit}); counted as one failure.`)
    failures.push(`${label}: vitest produced no report (exit ${exit})`)
    total.failed++
    return
  }
  const result = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number
    numFailedTests: number
    numPendingTests: number
    numTodoTests: number
    numFailedTestSuites: number
    testResults: {
      name: string
      message?: string
      assertionResults: { fullName: string; status: string; failureMessages: string[] }[]
    }[]
  }
  const failuresBefore = failures.length
  for (const file of result.testResults) {
    const where = file.name.replace(`${ROOT}/`, '')
    const failed = file.assertionResults.filter((test) => test.status === 'failed')
    for (const test of failed)
      failures.push(`${label}: ${where} > ${test.fullName}: ${firstLine(test.failureMessages[0])}`)
    if (failed.length === 0 && file.message) failures.push(`${label}: ${where}: ${firstLine(file.message)}`)
  }
  if (exit !== 0 && failures.length === failuresBefore)
    failures.push(
      `${label}: vitest exited with ${exit} although no test failed: ` +
        (outsideTests.length ? outsideTests.join(' | ') : 'see its output above'),
    )
  total.passed += result.numPassedTests
  total.failed +=
    result.numFailedTests + (result.numFailedTests === 0 && exit !== 0 ? Math.max(1, result.numFailedTestSuites) : 0)
  total.skipped += result.numPendingTests + result.numTodoTests
}

/**
 * Runs vitest with its output passed through, and keeps the first lines of every error it reports outside a test
 * (an unhandled rejection, a failed teardown): those make it exit 1 with no failed test in its report.
 */
async function runVitest(args: string[], env: NodeJS.ProcessEnv): Promise<{ exit: number; outsideTests: string[] }> {
  const outsideTests: string[] = []
  let keep = 0
  const watch = (chunk: Buffer, to: NodeJS.WriteStream): void => {
    to.write(chunk)
    for (const raw of chunk.toString('utf8').split('\n')) {
      // eslint-disable-next-line no-control-regex -- vitest colours its output
      const line = raw.replace(/\u001b\[[0-9;]*m/g, '').trim()
      if (/Unhandled|Error: .*(teardown|close timed out|hanging)/i.test(line)) keep = 4
      if (keep > 0 && line && !/^[⎯-]+$/.test(line)) {
        outsideTests.push(line.slice(0, 200))
        keep--
      }
    }
  }
  const exit = await new Promise<number>((resolvePromise) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.on('data', (chunk: Buffer) => watch(chunk, process.stdout))
    child.stderr.on('data', (chunk: Buffer) => watch(chunk, process.stderr))
    child.once('error', () => resolvePromise(1))
    child.once('exit', (code) => resolvePromise(code ?? 1))
  })
  return { exit, outsideTests: outsideTests.slice(0, 8) }
}

function firstLine(message: string | undefined): string {
  return (
    (message ?? '')
      .split('\n')
      .find((line) => line.trim())
      ?.trim()
      .slice(0, 300) ?? ''
  )
}

runMain(async () => {
  const started = Date.now()
  const chromium = ensureChromium()
  const baseEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    CHROMIUM_PATH: chromium,
  }
  delete baseEnv.TEST_DATABASE_URI
  const databases = ['SQLite']

  console.log('\n━━ static checks ━━')
  const checks = await runStaticChecks(baseEnv)
  total.passed += checks.passed
  total.failed += checks.failed
  if (checks.failed) failures.push(`static checks: ${checks.failed} failed (see above)`)
  await vitest('architecture', ['architecture'], baseEnv)

  await vitest('unit + integration (SQLite)', ['unit', 'int'], baseEnv)
  if (process.env.TEST_POSTGRES_URI) {
    databases.push('PostgreSQL')
    await vitest('integration (PostgreSQL)', ['int'], { ...baseEnv, TEST_DATABASE_URI: process.env.TEST_POSTGRES_URI })
  }
  if (process.env.TEST_MONGODB_URI) {
    databases.push('MongoDB')
    await vitest('integration (MongoDB)', ['int'], { ...baseEnv, TEST_DATABASE_URI: process.env.TEST_MONGODB_URI })
  }

  // A seeded CMS and a site built from its API, as `npm start` makes them, in a throw-away data folder.
  console.log('\n━━ seeded CMS and built site ━━')
  const stack = await startTestStack({
    dataDir: join(ROOT, 'data', 'test'),
    cmsPort: await freePort(),
    sitePort: await freePort(),
    baseEnv,
  })
  try {
    try {
      await vitest('site + browser', ['site', 'browser'], stack.testEnv)
    } finally {
      await stack.stopServing()
    }
    // Last, as it changes entries (and restores them): incremental against full builds, one kind of entry at a time.
    await vitest('incremental against full builds', ['builds'], stack.testEnv)
  } finally {
    await stack.stop()
  }

  rmSync(reports, { recursive: true, force: true })
  console.log(
    `\nDatabases covered by the integration tests: ${databases.join(', ')}` +
      (process.env.TEST_MONGODB_URI ? '' : ' (MongoDB: set TEST_MONGODB_URI)'),
  )
  if (failures.length) console.log(`\nFailed:\n${failures.map((line) => `  ✗ ${line}`).join('\n')}`)
  console.log(`Duration: ${((Date.now() - started) / 1000).toFixed(0)} s`)
  console.log(`${total.passed} passed, ${total.failed} failed` + (total.skipped ? `, ${total.skipped} skipped` : ''))
  process.exit(total.failed > 0 ? 1 : 0)
})
