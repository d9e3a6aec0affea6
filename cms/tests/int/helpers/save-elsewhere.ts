/**
 * A second CMS process on the test's database: Payload with the project's config (its hooks included) renames one
 * page and exits. `node --import tsx cms/tests/int/helpers/save-elsewhere.ts <page id> <German title>`, with the
 * test's DATABASE_URI, DATA_DIR and PAYLOAD_SECRET in the environment.
 */
import { openPayload } from '../../../src/local'

async function main(): Promise<void> {
  const [id, title] = process.argv.slice(2)
  const payload = await openPayload()
  await payload.update({ collection: 'pages', id: Number(id), locale: 'de', data: { title }, overrideAccess: true })
  await payload.destroy()
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`save-elsewhere: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
