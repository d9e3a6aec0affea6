/**
 * npm run restore -- FILE.tar.gz [--force]: restores a backup (npm run backup) into this installation (DATABASE_URI,
 * DATA_DIR). Checks every checksum first; refuses an installation that has content unless --force. Stop the CMS first.
 */
import { restoreBackup } from './lib/backup'
import { runtimeConfig } from './lib/env'
import { DATA_DIR } from './lib/paths'
import { runMain, UserError } from './lib/processes'

runMain(async () => {
  const args = process.argv.slice(2)
  const force = args.includes('--force')
  const files = args.filter((arg) => arg !== '--force')
  if (files.length !== 1) throw new UserError('Usage: npm run restore -- FILE.tar.gz [--force]')
  const { databaseUri } = runtimeConfig()
  const restored = await restoreBackup(files[0], { databaseUri, dataDir: DATA_DIR }, { force })
  console.log(
    `✔ Restored ${files[0]}: ${restored.rows} records, ${restored.uploads} uploaded files${restored.secret ? ', the secret' : ''} (${restored.seconds.toFixed(1)} s). Start the CMS with npm start.`,
  )
})
