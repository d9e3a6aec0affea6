import { describe, expect, it } from 'vitest'

import { judgeAudit, type AuditReport } from '../lib/audit'

/** Advisories as `pnpm audit --json` reports them (npm audit v1 format), trimmed to the fields read. */
const report: AuditReport = {
  advisories: {
    '1101': {
      module_name: 'next',
      severity: 'critical',
      title: 'Authorization bypass in middleware',
      url: 'https://github.com/advisories/GHSA-f82v-jwr5-mffw',
      patched_versions: '>=16.4.7',
      vulnerable_versions: '<16.4.7',
      findings: [{ version: '16.4.6', paths: ['cms>next'] }],
    },
    '1102': {
      module_name: 'sharp',
      severity: 'high',
      title: 'Heap overflow in libvips',
      url: 'https://github.com/advisories/GHSA-0000-0000-0001',
      patched_versions: '<0.0.0',
      vulnerable_versions: '<=0.35.5',
      findings: [{ version: '0.35.5' }],
    },
    '1103': {
      module_name: 'yaml',
      severity: 'moderate',
      title: 'Uncaught exception',
      url: 'https://github.com/advisories/GHSA-0000-0000-0002',
      patched_versions: '>=2.9.2',
      vulnerable_versions: '<2.9.2',
    },
  },
}

describe('which advisories fail CI', () => {
  it('a high or critical advisory with a fixed release blocks; one without a fix is listed; lower ones counted', () => {
    expect(judgeAudit(report)).toEqual({
      kind: 'checked',
      blocking: [
        'next@16.4.6 (critical): Authorization bypass in middleware — https://github.com/advisories/GHSA-f82v-jwr5-mffw; fixed in >=16.4.7',
      ],
      unfixable: [
        'sharp@0.35.5 (high): Heap overflow in libvips — https://github.com/advisories/GHSA-0000-0000-0001; no fixed release yet',
      ],
      others: 1,
    })
  })

  it('no advisories: nothing blocks', () => {
    expect(judgeAudit({ advisories: {} })).toEqual({ kind: 'checked', blocking: [], unfixable: [], others: 0 })
  })

  it("a registry that refuses the audit endpoint is reported as such, not as 'no advisories'", () => {
    const refused = {
      error: {
        code: 'ERR_PNPM_AUDIT_BAD_RESPONSE',
        message:
          'The audit endpoint (at https://registry.npmjs.org/-/npm/v1/security/audits/quick) responded with 405: .',
      },
    }
    expect(judgeAudit(refused)).toEqual({
      kind: 'unreachable',
      reason: 'The audit endpoint (at https://registry.npmjs.org/-/npm/v1/security/audits/quick) responded with 405: .',
    })
  })
})
