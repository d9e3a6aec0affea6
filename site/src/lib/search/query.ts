/**
 * Pure helpers of the search page's script: what a query is, and when a query that found nothing is
 * reported to the editors (query and locale only, once per page view, after the reader stopped typing).
 */

/** The query as searched and reported: Unicode-composed, single spaces, no surrounding space, at most 100 characters (the input's maxlength). */
export function normaliseQuery(input: string): string {
  return input.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, 100)
}

/** Milliseconds without typing before a query that found nothing counts as a miss. */
export const missDelay = 1500

export type MissReport = { query: string; locale: string }

/**
 * Decides which finished queries are reported. A query is reported when it found nothing without filters
 * (with filters it is the filter that found nothing) and was not reported before on this page view.
 */
export function createMissLog() {
  const reported = new Set<string>()
  return {
    shouldReport(query: string, results: number, filtered: boolean): boolean {
      const key = query.toLocaleLowerCase()
      if (query === '' || results > 0 || filtered || reported.has(key)) return false
      reported.add(key)
      return true
    },
  }
}

/** The body sent to the CMS: nothing but the query and the locale. */
export function missBody(query: string, locale: string): string {
  const report: MissReport = { query, locale }
  return JSON.stringify(report)
}

/** Where misses go: `{cms}/api/search-misses/record`, or null when the build knew no public CMS address. */
export function missEndpoint(cmsPublicUrl: string | undefined): string | null {
  const base = cmsPublicUrl?.trim().replace(/\/+$/, '')
  return base ? `${base}/api/search-misses/record` : null
}
