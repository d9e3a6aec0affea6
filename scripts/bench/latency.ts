/** Latency of a bounded number of calls at a fixed concurrency: percentiles in milliseconds. */
export type Latency = {
  requests: number
  concurrency: number
  p50: number
  p95: number
  p99: number
  mean: number
  perSecond: number
  failures: number
}

export function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return NaN
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))
  return sorted[index]
}

const round = (value: number) => Math.round(value * 100) / 100

/** Runs `call(i)` for i = 0 … count-1, at most `concurrency` at a time; `each` learns every call's time or failure. */
async function run(
  call: (index: number) => Promise<void>,
  count: number,
  concurrency: number,
  each: (ms: number | null) => void,
): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < count) {
      const index = next++
      const begin = performance.now()
      try {
        await call(index)
        each(performance.now() - begin)
      } catch {
        each(null)
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
}

/**
 * Runs `call(i)` for i = 0 … requests-1, at most `concurrency` at a time, after `warmup` calls at the same
 * concurrency that are not counted (default: four rounds, at least 10 — the first bursts after a server starts
 * pay for its JIT compiler and would otherwise make the tail). A call that throws counts as a failure (its time is
 * not in the percentiles).
 */
export async function measureLatency(
  call: (index: number) => Promise<void>,
  {
    requests,
    concurrency,
    warmup = Math.max(10, concurrency * 4),
  }: { requests: number; concurrency: number; warmup?: number },
): Promise<Latency> {
  await run(call, warmup, concurrency, () => undefined)
  const times: number[] = []
  let failures = 0
  const started = performance.now()
  await run(call, requests, concurrency, (ms) => (ms === null ? failures++ : times.push(ms)))
  const seconds = (performance.now() - started) / 1000
  times.sort((a, b) => a - b)
  return {
    requests,
    concurrency,
    p50: round(percentile(times, 0.5)),
    p95: round(percentile(times, 0.95)),
    p99: round(percentile(times, 0.99)),
    mean: round(times.reduce((sum, time) => sum + time, 0) / Math.max(1, times.length)),
    perSecond: round(times.length / seconds),
    failures,
  }
}
