/**
 * npm start: migrate and (on an empty database) seed, build and start the CMS on CMS_PORT (3000),
 * build the static site from the running CMS's API, index it, and serve it on SITE_PORT (4321); the publisher
 * (scripts/lib/publisher.ts) then rebuilds it after every published change.
 * A second start reuses the CMS build and the site when nothing changed. Ctrl-C stops everything.
 */
import type { Server } from 'node:http'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

import { buildCms, startCms, superviseCms } from './lib/cms'
import { runtimeConfig } from './lib/env'
import { ensurePortFree, runCommand, runMain, UserError, type Supervisor } from './lib/processes'
import { startPublisher, type Publisher } from './lib/publisher'
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

  // What runs so far, for Ctrl-C at any moment.
  const running: { cms?: Supervisor; server?: Server; publisher?: Publisher } = {}
  const shutdown = async (code = 0) => {
    console.log('\n▸ Stopping …')
    running.server?.close()
    await running.publisher?.stop()
    await running.cms?.stop()
    process.exit(code)
  }
  process.on('SIGINT', () => void shutdown(0))
  process.on('SIGTERM', () => void shutdown(0))

  // From here on a CMS that dies is started again (with back-off, logged); the site keeps being served meanwhile.
  const cms = (running.cms = superviseCms(await startCms(config.env, config.cmsPort), config.env, config.cmsPort))
  try {
    const site = await buildSite({ cmsUrl: `http://localhost:${config.cmsPort}`, env: config.env })
    console.log(`▸ Site ${site.status}: ${site.pages} HTML pages in ${site.seconds.toFixed(1)} s`)
  } catch (error) {
    if (!existsSync(join(SITE_OUTPUT, 'index.html'))) {
      await cms.stop()
      throw error
    }
    console.warn(`⚠ ${(error as UserError).message}`)
  }
  running.server = await serveStatic(SITE_OUTPUT, config.sitePort, {
    connectSources: [config.env.CMS_PUBLIC_URL || `http://localhost:${config.cmsPort}`],
    // Previews of drafts at /vorschau/<token>/: the CMS tells the server about those not rendered yet.
    cmsUrl: `http://localhost:${config.cmsPort}`,
  })
  // Publishing goes live by itself: the publisher rebuilds the site after every published change.
  running.publisher = startPublisher({ cmsUrl: `http://localhost:${config.cmsPort}`, env: config.env })

  const admin = process.env.ADMIN_EMAIL || DEFAULT_ADMIN_EMAIL
  console.log(`
  ✔ Ready in ${seconds(started)}

    Public site   http://localhost:${config.sitePort}/
    CMS admin     http://localhost:${config.cmsPort}/admin
    REST API      http://localhost:${config.cmsPort}/api/pages    GraphQL: POST /api/graphql

    Log in as ${admin}. The password was printed once when the account was created
    (or is the ADMIN_PASSWORD you set). Published changes go live by themselves within seconds;
    the admin's dashboard shows the site's state ("Website").

  Press Ctrl-C to stop.
`)
})
