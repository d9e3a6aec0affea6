/**
 * Child process of `npm run bench -- --reuse`: measures the direct-SQL baseline of the REST cases again on a corpus
 * loaded by an earlier run, so the REST numbers are compared with a baseline taken in the same run (and with the
 * same indexes: migrations added since the corpus was loaded run first). Writes `direct` into the load result.
 *
 *   node --import tsx scripts/bench/direct-sql.ts <load-sqlite.json> <requests>   (DATABASE_URI, DATA_DIR, PAYLOAD_SECRET set)
 */
import { readFileSync, writeFileSync } from 'node:fs'

import { measureDirect, openDb } from './database'
import type { LoadResult } from './load-corpus'

async function main() {
  const [file, requests] = process.argv.slice(2)
  const load = JSON.parse(readFileSync(file, 'utf8')) as LoadResult
  const { openPayload, migrate } = await import('../../cms/src/local')
  const payload = await openPayload()
  await migrate(payload)
  load.direct = await measureDirect(openDb(payload), load.samples, Number(requests))
  writeFileSync(file, JSON.stringify(load, null, 2))
  await payload.destroy()
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error((error as Error)?.stack ?? String(error))
  process.exit(1)
})
