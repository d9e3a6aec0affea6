/** npm run migrate: applies the committed migrations to DATABASE_URI (seeds nothing). */
import { runtimeConfig } from './lib/env'
import { runMain, UserError } from './lib/processes'

runMain(async () => {
  const config = runtimeConfig()
  Object.assign(process.env, config.env)
  const { openPayload, migrate } = await import('../cms/src/local')
  const { redactUri } = await import('../cms/src/database')
  try {
    const payload = await openPayload()
    await migrate(payload)
    await payload.destroy()
  } catch (error) {
    throw new UserError(`Migrating ${redactUri(config.databaseUri)} failed: ${(error as Error).message}`)
  }
  console.log(`▸ ${redactUri(config.databaseUri)} is up to date.`)
  process.exit(0)
})
