/**
 * npm run backup [-- FILE.tar.gz | FOLDER]: one archive of the database and the uploads, written while the CMS serves
 * (scripts/lib/backup.ts). Default: data/backups/ki-backup-<date>-<time>.tar.gz. Copy it to another disk afterwards.
 */
import { join } from 'node:path'

import { createBackup } from './lib/backup'
import { runtimeConfig } from './lib/env'
import { DATA_DIR } from './lib/paths'
import { runMain } from './lib/processes'

runMain(async () => {
  const { databaseUri } = runtimeConfig()
  const target = process.argv[2] ?? join(DATA_DIR, 'backups') + '/'
  const backup = await createBackup({ databaseUri, dataDir: DATA_DIR }, target)
  const megabytes = (backup.bytes / 1024 / 1024).toFixed(1)
  console.log(
    `✔ Backup written: ${backup.file} (${megabytes} MB; database, ${backup.uploads} uploaded files; ${backup.files} files with checksums; ${backup.seconds.toFixed(1)} s)`,
  )
})
