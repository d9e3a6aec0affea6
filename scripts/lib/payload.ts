import { redactUri } from '../../cms/src/database-uri'
import { runtimeConfig, type RuntimeConfig } from './env'
import { UserError } from './processes'

/** Payload as the CMS package resolves it (the root has no `payload` dependency of its own). */
type Payload = Awaited<ReturnType<typeof import('../../cms/src/local').openPayload>>

/**
 * Payload's Local API on DATABASE_URI with the committed migrations applied. The environment is set before
 * the CMS config is imported (it reads DATABASE_URI when it loads); a database that cannot be opened or
 * migrated is one clear error naming the URI without its password.
 */
export async function openMigratedPayload(): Promise<{ payload: Payload; config: RuntimeConfig }> {
  const config = runtimeConfig()
  Object.assign(process.env, config.env)
  const { openPayload, migrate } = await import('../../cms/src/local')
  try {
    const payload = await openPayload()
    await migrate(payload)
    return { payload, config }
  } catch (error) {
    throw new UserError(
      `The database at ${redactUri(config.databaseUri)} cannot be opened or migrated: ${(error as Error).message}`,
    )
  }
}
