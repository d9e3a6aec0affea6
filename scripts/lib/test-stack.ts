/**
 * What npm test's third stage runs against, in a throw-away data folder: a CMS seeded from content/ and built with
 * `next build`, the site built from its API and served, and the publisher beside it, as `npm start` runs them.
 * scripts/test.ts starts one for the site and browser tests; scripts/test-stack.ts starts one to develop them.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { ChildProcess } from 'node:child_process'
import type { Server } from 'node:http'

import { buildCms, startCms } from './cms'
import { absoluteDatabaseUri } from './env'
import { ROOT } from './paths'
import { runCommand, stopService } from './processes'
import { startPublisher, type Publisher } from './publisher'
import { buildSite } from './site'
import { serveStatic } from './static-server'

export type TestStack = {
  /** The environment the CMS runs with (its data folder, database, secret, admin login, addresses). */
  env: NodeJS.ProcessEnv
  /** `env` plus what the site and browser tests read: CMS_URL, SITE_URL, SITE_DIST (the live site), SITE_CHECKED_DIST and
   * SITE_CHECKED_AT (the time before the build of that copy read the CMS). */
  testEnv: NodeJS.ProcessEnv
  /** Stops the publisher and the site's server; the CMS keeps running. */
  stopServing: () => Promise<void>
  /** Stops everything. */
  stop: () => Promise<void>
}

export async function startTestStack({
  dataDir,
  cmsPort,
  sitePort,
  baseEnv,
  oneBuildAtATime = (build) => build(),
  publishing = true,
}: {
  dataDir: string
  cmsPort: number
  sitePort: number
  baseEnv: NodeJS.ProcessEnv
  /** Runs the CMS build; scripts/test-stack.ts lets only one stack build at a time (a build needs ~2.5 GB). */
  oneBuildAtATime?: (build: () => Promise<unknown>) => Promise<unknown>
  /** False: no publisher beside the site (to develop the tests that run their own, tests/builds/). */
  publishing?: boolean
}): Promise<TestStack> {
  rmSync(dataDir, { recursive: true, force: true })
  mkdirSync(dataDir, { recursive: true })
  const cmsUrl = `http://localhost:${cmsPort}`
  const siteUrl = `http://localhost:${sitePort}`
  const env: NodeJS.ProcessEnv = {
    ...baseEnv,
    DATA_DIR: dataDir,
    DATABASE_URI: absoluteDatabaseUri(`file:${join(dataDir, 'cms.db')}`),
    PAYLOAD_SECRET: 'test-run-secret-0123456789abcdef',
    ADMIN_EMAIL: 'admin@ki-oberhausen.example',
    ADMIN_PASSWORD: 'test-stack-kennwort-0123',
    SITE_URL: siteUrl,
    CMS_PUBLIC_URL: cmsUrl,
    // The browser tests expect incremental builds of their changes; a nightly full build among them (a run that
    // passes 00:05) would take those changes in. The nightly job has its own test (cms/tests/int/publisher.test.ts).
    SITE_NIGHTLY_BUILD: 'off',
  }
  await runCommand(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'seed.ts')], { cwd: ROOT, env })
  await oneBuildAtATime(() => buildCms(env))
  const cms: ChildProcess = await startCms(env, cmsPort)
  let publisher: Publisher | undefined
  let server: Server | undefined
  try {
    // The checks compare the copy with the CMS as it was when this build read it (tests change entries later).
    const checkedAt = new Date().toISOString()
    const site = await buildSite({ cmsUrl, env, force: true, output: join(dataDir, 'site') })
    console.log(`▸ Site built: ${site.pages} HTML pages in ${site.seconds.toFixed(1)} s`)
    // The site checks read this copy: the browser tests' publishes rebuild the live folder while the checks read it
    // (a full build swapped it mid-check once, and the checks' file list named files that were gone).
    const checked = join(dataDir, 'site-checked')
    rmSync(checked, { recursive: true, force: true })
    cpSync(site.output, checked, { recursive: true })
    server = await serveStatic(site.output, sitePort, { connectSources: [cmsUrl], cmsUrl })
    // As in `npm start`, publishing goes live by itself (tests/e2e/publish-to-live.test.ts).
    if (publishing) publisher = startPublisher({ cmsUrl, env, output: site.output })
    const stopServing = async () => {
      await publisher?.stop()
      server?.close()
      publisher = server = undefined
    }
    return {
      env,
      testEnv: {
        ...env,
        CMS_URL: cmsUrl,
        SITE_URL: siteUrl,
        SITE_DIST: site.output,
        SITE_CHECKED_DIST: checked,
        SITE_CHECKED_AT: checkedAt,
      },
      stopServing,
      stop: async () => {
        await stopServing()
        await stopService(cms)
      },
    }
  } catch (error) {
    await publisher?.stop()
    server?.close()
    await stopService(cms)
    throw error
  }
}
