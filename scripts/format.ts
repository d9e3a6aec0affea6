/** npm run format: rewrites every code file in Prettier's format (the check in `npm test` then passes). */
import { join } from 'node:path'

import { ROOT } from './lib/paths'
import { runCommand, runMain } from './lib/processes'

runMain(async () => {
  await runCommand(process.execPath, [join(ROOT, 'node_modules', 'prettier', 'bin', 'prettier.cjs'), '--write', '.'], {
    cwd: ROOT,
  })
})
