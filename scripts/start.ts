/**
 * npm start: migrate and (on an empty database) seed, build and start the CMS on CMS_PORT (3000),
 * build the static site from the running CMS's API, index it, and serve it on SITE_PORT (4321).
 * A second start reuses the CMS build and the site when nothing changed. Ctrl-C stops everything.
 */
import type { ChildProcess } from 'node:child_process'
import type { Server } from 'node:http'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

import { buildCms, startCms } from './lib/cms'
import { runtimeConfig } from './lib/env'
import { ensurePortFree, runCommand, runMain, stopService, UserError } from './lib/processes'
import { buildSite, SITE_OUTPUT } from './lib/site'
import { serveStatic } from './lib/static-server'
import { ROOT } from './lib/paths'
import { DEFAULT_ADMIN_EMAIL } from './seed-defaults'

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`

runMain(async () => {
  const started = Date.now()
  const config = runtimeConfig()
  await ensurePortFree(config.cmsPort, 'CMS')
  await ensurePortFree(config.sitePort, 'public site')

  await runCommand(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'seed.ts')], { env: config.env })
  const cmsBuild = await buildCms(config.env)
  console.log(`▸ CMS build ${cmsBuild} (${seconds(started)} so far)`)

  let cms: ChildProcess | undefined
  let server: Server | undefined
  const shutdown = async (code = 0) => {
    console.log('\n▸ Stopping …')
    server?.close()
    await stopService(cms)
    process.exit(code)
  }
  process.on('SIGINT', () => void shutdown(0))
  process.on('SIGTERM', () => void shutdown(0))

  cms = await startCms(config.env, config.cmsPort)
  try {
    const site = await buildSite({ cmsUrl: `http://localhost:${config.cmsPort}`, env: config.env })
    console.log(`▸ Site ${site.status}: ${site.pages} HTML pages in ${site.seconds.toFixed(1)} s`)
  } catch (error) {
    if (!existsSync(join(SITE_OUTPUT, 'index.html'))) {
      await stopService(cms)
      throw error
    }
    console.warn(`⚠ ${(error as UserError).message}`)
  }
  server = await serveStatic(SITE_OUTPUT, config.sitePort, {
    connectSources: [config.env.CMS_PUBLIC_URL || `http://localhost:${config.cmsPort}`],
  })

  const admin = process.env.ADMIN_EMAIL || DEFAULT_ADMIN_EMAIL
  console.log(`
  ✔ Ready in ${seconds(started)}

    Public site   http://localhost:${config.sitePort}/
    CMS admin     http://localhost:${config.cmsPort}/admin
    REST API      http://localhost:${config.cmsPort}/api/pages    GraphQL: POST /api/graphql

    Log in as ${admin}. The password was printed once when the account was created
    (or is the ADMIN_PASSWORD you set). After editing content, rebuild the site: npm run build-site

  Press Ctrl-C to stop.
`)
})
