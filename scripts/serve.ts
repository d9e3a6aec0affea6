/** npm run serve: serves the last built site (data/site) on SITE_PORT (4321) without starting the CMS. */
import { existsSync } from 'node:fs'
import { join } from 'node:path'

import { runtimeConfig } from './lib/env'
import { ensurePortFree, runMain, UserError } from './lib/processes'
import { SITE_OUTPUT } from './lib/site'
import { serveStatic } from './lib/static-server'

runMain(async () => {
  const { sitePort } = runtimeConfig()
  if (!existsSync(join(SITE_OUTPUT, 'index.html')))
    throw new UserError('There is no built site in data/site yet: run npm start or npm run build-site first.')
  await ensurePortFree(sitePort, 'public site')
  await serveStatic(SITE_OUTPUT, sitePort)
  console.log(`Serving ${SITE_OUTPUT} at http://localhost:${sitePort}/ (Ctrl-C stops)`)
})
