import type { ServerProps } from 'payload'

import { ownOrganisationId, userHasRole } from '../../access/roles'
import { decisionOf, describeDecision } from '../../mso/pendingChange'

/** Entries the list shows at most; the heading counts all. */
const SHOWN = 20

/**
 * Dashboard, for an organisation account: its organisation and its events, newest version first, each with where its
 * change stands — eingereicht, freigegeben, or abgelehnt with the editor's reason.
 */
export async function OwnChanges({ payload, user }: ServerProps) {
  const asUser = user ? { ...user, collection: 'users' as const } : null
  const req = { user: asUser }
  const own = ownOrganisationId(req)
  if (!userHasRole(req, 'mso') || userHasRole(req, 'admin', 'editor') || own === undefined) return null
  const read = { draft: true, depth: 0, locale: 'de', user: asUser, overrideAccess: false } as const
  const [organisations, events] = await Promise.all([
    payload.find({ collection: 'organisations', where: { id: { equals: own } }, limit: 1, ...read }),
    payload.find({
      collection: 'events',
      where: { organiser: { equals: own } },
      sort: '-updatedAt',
      limit: SHOWN,
      ...read,
    }),
  ])
  const admin = payload.config.routes.admin
  const rows = [
    ...organisations.docs.map((doc) => ({
      key: `o${doc.id}`,
      label: doc.name,
      kind: 'Organisation',
      href: `${admin}/collections/organisations/${doc.id}`,
      doc,
    })),
    ...events.docs.map((doc) => ({
      key: `e${doc.id}`,
      label: doc.title,
      kind: 'Veranstaltung',
      href: `${admin}/collections/events/${doc.id}`,
      doc,
    })),
  ]
  return (
    <section aria-labelledby="own-changes-heading" data-own-changes style={{ marginBlockEnd: '2rem' }}>
      <h2 id="own-changes-heading">Ihre Änderungen</h2>
      <p>Jede Änderung prüft die Redaktion, bevor sie auf der Website erscheint.</p>
      <ul>
        {rows.map((row) => {
          const decision = decisionOf(row.doc)
          return (
            <li key={row.key} data-decision={decision.kind}>
              <a href={row.href}>{row.label}</a> ({row.kind}): {describeDecision(decision)}
            </li>
          )
        })}
      </ul>
      {events.totalDocs > SHOWN ? (
        <p>
          … und {events.totalDocs - SHOWN} weitere Veranstaltungen (
          <a href={`${admin}/collections/events`}>alle ansehen</a>).
        </p>
      ) : null}
    </section>
  )
}
