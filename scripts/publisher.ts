/**
 * npm run publisher: the publisher on its own, for production (npm start runs it inside its own process).
 * Watches CMS_URL for published changes and rebuilds data/site (DATA_DIR) after each; see README, "Publishing".
 * Needs PUBLISHER_TOKEN (or the CMS's PAYLOAD_SECRET). Stops cleanly on SIGTERM: a cut-off build is redone.
 */
import { runtimeConfig } from './lib/env'
import { runMain } from './lib/processes'
import { startPublisher } from './lib/publisher'

runMain(async () => {
  const config = runtimeConfig()
  const publisher = startPublisher({ cmsUrl: config.cmsUrl, env: config.env })
  const stop = () => void publisher.stop().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  await new Promise(() => {})
})
