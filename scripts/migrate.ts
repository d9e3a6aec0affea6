/** npm run migrate: applies the committed migrations to DATABASE_URI (seeds nothing). */
import { redactUri } from '../cms/src/database-uri'
import { openMigratedPayload } from './lib/payload'
import { runMain } from './lib/processes'

runMain(async () => {
  const { payload, config } = await openMigratedPayload()
  await payload.destroy()
  console.log(`▸ ${redactUri(config.databaseUri)} is up to date.`)
  process.exit(0)
})
