/**
 * npm run lint: the static checks `npm test` starts with (type-check of every package, ESLint, Prettier's check)
 * and the architecture test, each at zero errors and zero warnings. `npm run format` rewrites the formatting.
 */
import { join } from 'node:path'

import { runStaticChecks } from './lib/checks'
import { ROOT } from './lib/paths'
import { runCommand, runMain, UserError } from './lib/processes'

runMain(async () => {
  const { passed, failed } = await runStaticChecks(process.env)
  const architecture = await runCommand(
    process.execPath,
    [join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--project', 'architecture'],
    { cwd: ROOT },
  ).then(
    () => true,
    () => false,
  )
  console.log(`${passed + (architecture ? 1 : 0)} passed, ${failed + (architecture ? 0 : 1)} failed`)
  if (failed > 0 || !architecture) throw new UserError('Static checks failed (see above).')
})
