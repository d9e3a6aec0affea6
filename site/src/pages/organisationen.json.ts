import type { APIRoute } from 'astro'
import { alphabetical } from '#/lib/organisations/organisation-filters.ts'
import { hsdsOrganization } from '#/lib/organisations/open-referral.ts'
import { siteData } from '#/lib/site-data.ts'
import { organisationUrl } from '#/lib/urls.ts'

/**
 * The directory of migrant organisations as JSON (UTF-8) with Open Referral's field names (HSDS 3.0: organization,
 * service, location, address, contact, phone, language; README "Open data"). Contact details only where the
 * organisation consented: the CMS API publishes nothing else.
 */
export const GET: APIRoute = async ({ site }) => {
  const { organisations, activityFields, builtAt } = await siteData()
  const body = {
    title: 'Migrantenorganisationen in Oberhausen – Verzeichnis des Kommunalen Integrationszentrums',
    specification: 'Open Referral Human Services Data Specification (HSDS) 3.0, field names; x_ fields are our own',
    sample: organisations.some((org) => org.sample),
    note: 'Beispieldaten. Ansprechperson, E-Mail und Telefon nur mit Zustimmung der Organisation.',
    generated: builtAt.toISOString(),
    organizations: alphabetical(organisations).map((org) =>
      hsdsOrganization(org, activityFields, new URL(organisationUrl(org.slug, 'de'), site).href),
    ),
  }
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } })
}
