import type { APIRoute } from 'astro'
import { alphabetical, csvColumns, directoryRecord, toCsv } from '#/lib/organisations/organisation-filters.ts'
import { siteData } from '#/lib/site-data.ts'
import { organisationUrl } from '#/lib/urls.ts'

/** The directory as CSV (UTF-8, RFC 4180); columns documented on /de/organisationen/. */
export const GET: APIRoute = async ({ site }) => {
  const { organisations, activityFields } = await siteData()
  const rows = alphabetical(organisations).map((org) =>
    directoryRecord(org, activityFields, new URL(organisationUrl(org.slug, 'de'), site).href),
  )
  return new Response(toCsv(csvColumns, rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } })
}
