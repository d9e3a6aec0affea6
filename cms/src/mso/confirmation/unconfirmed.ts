import type { Payload } from 'payload'

import { monthsBefore, UNCONFIRMED_MONTHS } from './settings'

export type UnconfirmedOrganisation = { id: number; name: string; confirmedAt: string | null; askedAt: string | null }

/**
 * Published organisations whose entry nobody confirmed for 15 months (UNCONFIRMED_MONTHS), counted from the last
 * confirmation or, for one never confirmed, from its creation. Longest unconfirmed first.
 */
export async function unconfirmedOrganisations(payload: Payload, now = new Date()): Promise<UnconfirmedOrganisation[]> {
  const limit = monthsBefore(now, UNCONFIRMED_MONTHS).getTime()
  const [{ docs: organisations }, { docs: records }] = await Promise.all([
    payload.find({
      collection: 'organisations',
      where: { _status: { equals: 'published' } },
      limit: 0,
      pagination: false,
      depth: 0,
      locale: 'de',
      select: { name: true, createdAt: true },
      overrideAccess: true,
    }),
    payload.find({
      collection: 'organisation-confirmations',
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    }),
  ])
  const byOrganisation = new Map(
    records.map((record) => [
      typeof record.organisation === 'object' ? record.organisation.id : record.organisation,
      record,
    ]),
  )
  const since = (organisation: (typeof organisations)[number]) =>
    new Date(byOrganisation.get(organisation.id)?.confirmedAt ?? organisation.createdAt).getTime()
  return organisations
    .filter((organisation) => since(organisation) < limit)
    .sort((a, b) => since(a) - since(b))
    .map((organisation) => {
      const record = byOrganisation.get(organisation.id)
      return {
        id: organisation.id,
        name: organisation.name,
        confirmedAt: record?.confirmedAt ?? null,
        askedAt: record?.requestedAt ?? null,
      }
    })
}
