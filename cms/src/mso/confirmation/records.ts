import type { OrganisationConfirmation } from '@ki/contract/payload-types'
import type { FieldHook, Payload, PayloadRequest } from 'payload'

type Changes = Partial<Pick<OrganisationConfirmation, 'confirmedAt' | 'requestedAt' | 'requestedFrom'>>

/** The confirmation record of an organisation, if it has one. */
export async function confirmationOf(payload: Payload, organisation: number | string, req?: PayloadRequest) {
  const { docs } = await payload.find({
    collection: 'organisation-confirmations',
    where: { organisation: { equals: organisation } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0]
}

/** Creates or updates an organisation's confirmation record (as the system: the link and the job have no account). */
export async function recordConfirmation(
  payload: Payload,
  organisation: number,
  changes: Changes,
  req?: PayloadRequest,
): Promise<OrganisationConfirmation> {
  const existing = await confirmationOf(payload, organisation, req)
  if (existing)
    return payload.update({
      collection: 'organisation-confirmations',
      id: existing.id,
      data: changes,
      depth: 0,
      overrideAccess: true,
      req,
    })
  return payload.create({
    collection: 'organisation-confirmations',
    data: { organisation, ...changes },
    depth: 0,
    overrideAccess: true,
    req,
  })
}

const CACHE_KEY = 'mso:confirmedAt'

/** Every organisation's confirmation date, read once per request (a list of organisations reads them all). */
function confirmationDates(req: PayloadRequest): Promise<Map<string, string>> {
  const cached = req.context[CACHE_KEY]
  if (cached instanceof Promise) return cached as Promise<Map<string, string>>
  const loading = req.payload
    .find({
      collection: 'organisation-confirmations',
      where: { confirmedAt: { exists: true } },
      limit: 0,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    .then(({ docs }) => {
      const dates = new Map<string, string>()
      for (const doc of docs) {
        const id = typeof doc.organisation === 'object' ? doc.organisation.id : doc.organisation
        if (doc.confirmedAt) dates.set(String(id), doc.confirmedAt)
      }
      return dates
    })
  req.context[CACHE_KEY] = loading
  return loading
}

/** afterRead of the organisation's virtual field `confirmedAt`: the date of its confirmation record. */
export const readConfirmedAt: FieldHook = async ({ req, originalDoc, data }) => {
  const id: unknown = (originalDoc as { id?: unknown } | undefined)?.id ?? (data as { id?: unknown } | undefined)?.id
  if (typeof id !== 'number' && typeof id !== 'string') return null
  return (await confirmationDates(req)).get(String(id)) ?? null
}
