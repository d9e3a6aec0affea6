import type { APIRoute } from 'astro'
import { csvColumns, directoryRecord, alphabetical } from '#/lib/organisations/organisation-filters.ts'
import { siteData } from '#/lib/site-data.ts'
import { organisationUrl } from '#/lib/urls.ts'

/** The directory of migrant organisations as JSON (UTF-8). Contact fields only where the organisation consented. */
export const GET: APIRoute = async ({ site }) => {
  const { organisations, activityFields, builtAt } = await siteData()
  const body = {
    title: 'Migrantenorganisationen in Oberhausen – Verzeichnis des Kommunalen Integrationszentrums',
    sample: organisations.some((org) => org.sample),
    note: 'Beispieldaten. Ansprechperson, E-Mail und Telefon nur mit Zustimmung der Organisation.',
    generated: builtAt.toISOString(),
    columns: csvColumns,
    organisations: alphabetical(organisations).map((org) => ({
      ...directoryRecord(org, activityFields, new URL(organisationUrl(org.slug, 'de'), site).href),
      languages: org.languages ?? [],
      communities: org.communities ?? [],
      fields: (org.fields ?? []).map((id) => activityFields.find((field) => field.id === id)?.slug).filter(Boolean),
      description: org.description ?? {},
      sample: org.sample === true,
    })),
  }
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } })
}
