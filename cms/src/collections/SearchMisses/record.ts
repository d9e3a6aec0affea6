import { localeCodes, type LocaleCode } from '@ki/contract'
import type { PayloadHandler, PayloadRequest } from 'payload'

import { writeUnseenByCache } from '../../api-cache/shared'
import { clientKey, WindowLimit } from '../../lib/clientLimit'
import { foldText, looksPersonal } from '../../lib/personalData'
import { boundedText } from '../../lib/requestBody'

const MAX_LENGTH = 100

/** A report is `{"query":"…","locale":"…"}` with a query of at most 100 characters: 2 kB leave room for escapes. */
export const MAX_BODY_BYTES = 2048

/** Misses one client may report per minute: more than a person searching types, far fewer than a script sends. */
export const MISSES_PER_MINUTE = 30

const perClient = new WindowLimit({ limit: MISSES_PER_MINUTE, windowMs: 60_000 })

/**
 * What may be stored of a search that found nothing: the query folded (NFKC, so full-width `＠` and `０` become `@` and
 * `0`; digits of every script as ASCII digits; lower case; single spaces). Queries that look like personal data or
 * are too long are not stored at all.
 */
export function storableQuery(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined
  const query = foldText(raw).toLocaleLowerCase('de').replace(/\s+/g, ' ').trim()
  if (query.length === 0 || query.length > MAX_LENGTH) return undefined
  if (looksPersonal(query)) return undefined
  return query
}

/** Today as YYYY-MM-DD in Europe/Berlin: the finest time stored. */
export function berlinDay(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now)
}

function parsedObject(text: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(text)
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

const refusal = (status: number, message: string, headers: Record<string, string> = {}) =>
  Response.json({ errors: [{ message }] }, { status, headers })

/**
 * POST /api/search-misses/record with `{ "query": "...", "locale": "tr" }` (sent as text/plain so that the
 * static site needs no CORS preflight). Counts the query; stores no IP address, cookie, user agent or time of day.
 * Bodies over 2 kB get 413; a client reporting more than 30 misses a minute gets 429 (counted by a salted hash of its
 * address, in memory only).
 */
export const recordSearchMiss: PayloadHandler = async (req) => {
  const wait = perClient.hit(clientKey(req.headers))
  if (wait > 0)
    return refusal(429, `Zu viele Meldungen. Bitte versuchen Sie es in ${wait} Sekunden erneut.`, {
      'Retry-After': String(wait),
    })
  const text = await boundedText(req, MAX_BODY_BYTES)
  if (text === null) return refusal(413, `Die Meldung ist zu groß: höchstens ${MAX_BODY_BYTES} Bytes.`)
  const body = parsedObject(text)
  const query = storableQuery(body.query)
  const locale =
    typeof body.locale === 'string' && localeCodes.includes(body.locale as LocaleCode)
      ? (body.locale as LocaleCode)
      : undefined
  if (!query || !locale) return new Response(null, { status: 400 })
  await countMiss(req, query, locale, berlinDay())
  return new Response(null, { status: 204 })
}

/** SQLite's spelling of Payload's timestamps. */
const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`

/**
 * Adds one to the query's counter. On SQLite the counter is written where the read cache does not see it (see
 * api-cache/shared.ts): counting a miss must not empty the cache of every content answer. Elsewhere through Payload,
 * whose apiCache plugin leaves the cache alone for this collection.
 */
async function countMiss(req: PayloadRequest, query: string, locale: LocaleCode, day: string): Promise<void> {
  const unseen = await writeUnseenByCache(req.payload, [
    {
      sql: `UPDATE search_misses SET count = count + 1, last_day = ?, updated_at = ${NOW} WHERE query = ? AND locale = ?`,
      args: [day, query, locale],
    },
    {
      sql:
        `INSERT INTO search_misses (query, locale, count, first_day, last_day) SELECT ?, ?, 1, ?, ? ` +
        `WHERE NOT EXISTS (SELECT 1 FROM search_misses WHERE query = ? AND locale = ?)`,
      args: [query, locale, day, day, query, locale],
    },
  ])
  if (unseen) return
  const existing = await req.payload.find({
    collection: 'search-misses',
    where: { and: [{ query: { equals: query } }, { locale: { equals: locale } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const found = existing.docs[0]
  if (found) {
    await req.payload.update({
      collection: 'search-misses',
      id: found.id,
      data: { count: (found.count ?? 0) + 1, lastDay: day },
      overrideAccess: true,
      req,
    })
  } else {
    await req.payload.create({
      collection: 'search-misses',
      data: { query, locale, count: 1, firstDay: day, lastDay: day },
      overrideAccess: true,
      req,
    })
  }
}
