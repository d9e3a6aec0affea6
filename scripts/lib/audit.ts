/** What `pnpm audit --json` answers: the npm audit v1 report, or an error when the registry refused. */
export type AuditReport = {
  advisories?: Record<
    string,
    {
      module_name: string
      severity: 'info' | 'low' | 'moderate' | 'high' | 'critical'
      title: string
      url: string
      patched_versions: string
      vulnerable_versions: string
      findings?: { version: string; paths?: string[] }[]
    }
  >
  error?: { code?: string; message?: string }
}

export type AuditOutcome =
  { kind: 'unreachable'; reason: string } | { kind: 'checked'; blocking: string[]; unfixable: string[]; others: number }

/**
 * Sorts a report's advisories: high and critical ones that a release fixes block (one line each, naming package,
 * installed version, severity, the fixed versions and the advisory); high and critical ones without any fix
 * (`patched_versions` "<0.0.0") are listed but do not block; lower severities are only counted.
 */
export function judgeAudit(report: AuditReport): AuditOutcome {
  if (report.error) return { kind: 'unreachable', reason: report.error.message ?? report.error.code ?? 'no answer' }
  const blocking: string[] = []
  const unfixable: string[] = []
  let others = 0
  for (const advisory of Object.values(report.advisories ?? {})) {
    if (advisory.severity !== 'high' && advisory.severity !== 'critical') {
      others++
      continue
    }
    const versions = [...new Set((advisory.findings ?? []).map((finding) => finding.version))].join(', ')
    const line = `${advisory.module_name}@${versions || advisory.vulnerable_versions} (${advisory.severity}): ${advisory.title} — ${advisory.url}`
    if (advisory.patched_versions === '<0.0.0') unfixable.push(`${line}; no fixed release yet`)
    else blocking.push(`${line}; fixed in ${advisory.patched_versions}`)
  }
  return { kind: 'checked', blocking, unfixable, others }
}
