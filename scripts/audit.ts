/**
 * npm run audit (and .ci/run before npm test): `pnpm audit --prod` over the packages the CMS and the site run
 * with; fails when a high or critical advisory has a fixed release (update the package, or add an override).
 * High or critical advisories without any fix are listed and do not fail. When the registry's audit endpoint does
 * not answer (some mirrors and closed networks refuse it) the check says so and passes, unless AUDIT_REQUIRED=true.
 */
import { spawnSync } from 'node:child_process'

import { judgeAudit, type AuditReport } from './lib/audit'
import { ROOT } from './lib/paths'
import { runMain, UserError } from './lib/processes'

function audit(): void {
  const pnpm = process.platform === 'win32' ? 'pnpm.cmd' : 'pnpm'
  const run = spawnSync(pnpm, ['audit', '--prod', '--json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 })
  let report: AuditReport
  try {
    report = JSON.parse(run.stdout) as AuditReport
  } catch {
    throw new UserError(
      `pnpm audit: no report (exit ${run.status ?? 'none'}): ${run.stderr.trim().split('\n')[0] ?? ''}`,
    )
  }
  const outcome = judgeAudit(report)
  if (outcome.kind === 'unreachable') {
    const line = `pnpm audit: the registry's audit endpoint did not answer, no advisories were checked (${outcome.reason})`
    if (process.env.AUDIT_REQUIRED === 'true') throw new UserError(line)
    console.warn(`⚠ ${line}. Set AUDIT_REQUIRED=true to fail on this.`)
    return
  }
  for (const line of outcome.unfixable) console.warn(`⚠ ${line}`)
  console.log(
    `pnpm audit --prod: ${outcome.blocking.length} high/critical with a fix, ${outcome.unfixable.length} without, ${outcome.others} lower`,
  )
  if (outcome.blocking.length > 0)
    throw new UserError(`high or critical advisories that have a fix:\n  ${outcome.blocking.join('\n  ')}`)
}

runMain(() => Promise.resolve().then(audit))
