/**
 * npm run dev: the CMS in Next's dev mode (admin and API on CMS_PORT) and Astro's dev server (SITE_PORT)
 * reading the CMS API live. Migrates and seeds first, like npm start. Schema push stays off: change the
 * schema, then create a migration with npm run make-migration.
 */
import { join } from 'node:path'

import { runtimeConfig } from './lib/env'
import { CMS_DIR, ROOT, SITE_DIR } from './lib/paths'
import { ensurePortFree, runCommand, runMain, startService, stopService, waitForHttp } from './lib/processes'

runMain(async () => {
  const config = runtimeConfig()
  await ensurePortFree(config.cmsPort, 'CMS')
  await ensurePortFree(config.sitePort, 'public site')
  await runCommand(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'seed.ts')], { env: config.env })
  const cms = startService(
    process.execPath,
    [join(CMS_DIR, 'node_modules', 'next', 'dist', 'bin', 'next'), 'dev', '--port', String(config.cmsPort)],
    {
      cwd: CMS_DIR,
      env: { ...config.env, NODE_OPTIONS: '--no-deprecation' },
    },
  )
  await waitForHttp(`http://localhost:${config.cmsPort}/api/users/init`, { timeoutMs: 180_000, child: cms })
  const site = startService(
    process.execPath,
    [join(SITE_DIR, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--port', String(config.sitePort)],
    {
      cwd: SITE_DIR,
      env: { ...config.env, CMS_URL: `http://localhost:${config.cmsPort}` },
    },
  )
  const stop = async () => {
    await Promise.all([stopService(site), stopService(cms)])
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
  console.log(
    `\n  CMS admin  http://localhost:${config.cmsPort}/admin\n  Site       http://localhost:${config.sitePort}/de/\n`,
  )
})
