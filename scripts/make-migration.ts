/**
 * Creates a migration for each SQL adapter from the current collection configs:
 *   npm run make-migration -- <name>
 * SQLite uses a throw-away database file; PostgreSQL needs MIGRATION_POSTGRES_URI pointing at an empty
 * database (see .ci/run for how to start one). Commit the generated files in cms/src/migrations/.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { CMS_DIR } from './lib/paths'
import { runCommand, runMain, UserError } from './lib/processes'

runMain(async () => {
  const name = process.argv[2]
  if (!name || !/^[a-z0-9_]+$/.test(name))
    throw new UserError('Usage: npm run make-migration -- <name> (lowercase, digits, underscores)')
  const payloadBin = join(CMS_DIR, 'node_modules', 'payload', 'bin.js')
  const scratch = mkdtempSync(join(tmpdir(), 'ki-migration-'))
  const targets: [string, string][] = [['sqlite', `file:${join(scratch, 'empty.db')}`]]
  if (process.env.MIGRATION_POSTGRES_URI) targets.push(['postgres', process.env.MIGRATION_POSTGRES_URI])
  else
    console.warn('MIGRATION_POSTGRES_URI is not set: only the SQLite migration is created. PostgreSQL needs one too.')
  try {
    for (const [kind, uri] of targets) {
      console.log(`▸ ${kind}`)
      await runCommand(process.execPath, [payloadBin, 'migrate:create', name], {
        cwd: CMS_DIR,
        env: { ...process.env, DATABASE_URI: uri, PAYLOAD_SECRET: 'migration-only-secret-0000' },
      })
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
})
