import { localeCodes, type LocaleCode } from '@ki/contract'
import type { PayloadHandler, PayloadRequest } from 'payload'

const MAX_LENGTH = 100

/**
 * What may be stored of a search that found nothing: the query folded to lower case and single spaces.
 * Queries that look like personal data (an e-mail address, a phone number, long digit runs) or are too
 * long are not stored at all.
 */
export function storableQuery(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined
  const query = raw.normalize('NFC').toLocaleLowerCase('de').replace(/\s+/g, ' ').trim()
  if (query.length === 0 || query.length > MAX_LENGTH) return undefined
  if (/@/.test(query) || /\d[\d\s/-]{5,}\d/.test(query) || /https?:|www\./.test(query)) return undefined
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

async function readBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    const text = req.text ? await req.text() : ''
    const parsed: unknown = JSON.parse(text)
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/**
 * POST /api/search-misses/record with `{ "query": "...", "locale": "tr" }` (sent as text/plain so that the
 * static site needs no CORS preflight). Counts the query; stores no IP address, cookie, user agent or time of day.
 */
export const recordSearchMiss: PayloadHandler = async (req) => {
  const body = await readBody(req)
  const query = storableQuery(body.query)
  const locale =
    typeof body.locale === 'string' && localeCodes.includes(body.locale as LocaleCode)
      ? (body.locale as LocaleCode)
      : undefined
  if (!query || !locale) return new Response(null, { status: 400 })
  const day = berlinDay()
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
  return new Response(null, { status: 204 })
}
