/** Latency of a bounded number of calls at a fixed concurrency: percentiles in milliseconds. */
export type Latency = { requests: number; concurrency: number; p50: number; p95: number; p99: number; mean: number; perSecond: number; failures: number }

export function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return NaN
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))
  return sorted[index]
}

const round = (value: number) => Math.round(value * 100) / 100

/**
 * Runs `call(i)` for i = 0 … requests-1, at most `concurrency` at a time, after `warmup` calls that are
 * not counted. A call that throws counts as a failure (its time is not in the percentiles).
 */
export async function measureLatency(call: (index: number) => Promise<void>, { requests, concurrency, warmup = 10 }: { requests: number; concurrency: number; warmup?: number }): Promise<Latency> {
  for (let index = 0; index < warmup; index++) await call(index)
  const times: number[] = []
  let failures = 0
  let next = 0
  const started = performance.now()
  const worker = async () => {
    while (next < requests) {
      const index = next++
      const begin = performance.now()
      try {
        await call(index)
        times.push(performance.now() - begin)
      } catch {
        failures++
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
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
