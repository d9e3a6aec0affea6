/** How long changes settle before one build takes them all, and the longest a change may wait for a quiet moment. */
export type QuietWindow = { quietMs: number; maxWaitMs: number }

export type ClaimDecision = { claim: true } | { claim: false; retryInMs: number }

/**
 * Whether the pending changes are ready to build: once no change came in for `quietMs` (so a burst of saves becomes
 * one build), or when the oldest has waited `maxWaitMs` (so steady saving every few seconds cannot hold a change
 * back forever). Times are milliseconds on the CMS's clock, the one that stamped the changes.
 */
export function claimDecision(
  pending: { oldest: number; newest: number },
  now: number,
  { quietMs, maxWaitMs }: QuietWindow,
): ClaimDecision {
  const quietAt = pending.newest + quietMs
  const overdueAt = pending.oldest + maxWaitMs
  if (now >= quietAt || now >= overdueAt) return { claim: true }
  return { claim: false, retryInMs: Math.min(quietAt, overdueAt) - now }
}

/** The window a publisher asked for, within sane bounds (0 to 10 minutes; the longest wait at least the window). */
export function quietWindow(body: { quietMs?: unknown; maxWaitMs?: unknown }): QuietWindow {
  const bounded = (value: unknown, fallback: number) =>
    Math.min(Math.max(0, typeof value === 'number' && Number.isFinite(value) ? value : fallback), 600_000)
  const quietMs = bounded(body.quietMs, 3000)
  return { quietMs, maxWaitMs: Math.max(quietMs, bounded(body.maxWaitMs, quietMs * 10)) }
}
