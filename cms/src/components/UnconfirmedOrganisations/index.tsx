import type { ServerProps } from 'payload'

import { userHasRole } from '../../access/roles'
import { unconfirmedOrganisations } from '../../mso/confirmation/unconfirmed'
import { UNCONFIRMED_MONTHS } from '../../mso/confirmation/settings'

const germanDate = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'Europe/Berlin' })

/** Rows the dashboard lists; the heading counts all. */
const SHOWN = 10

/**
 * Dashboard, for editors: published organisations whose entry has not been confirmed for 15 months — the yearly
 * "Sind Ihre Angaben noch aktuell?" went unanswered, or there is nobody to ask.
 */
export async function UnconfirmedOrganisations({ payload, user }: ServerProps) {
  const asUser = user ? { ...user, collection: 'users' as const } : null
  if (!userHasRole({ user: asUser }, 'admin', 'editor')) return null
  const all = await unconfirmedOrganisations(payload)
  const admin = payload.config.routes.admin
  return (
    <section aria-labelledby="unconfirmed-heading" data-review-list="unconfirmed" style={{ marginBlockEnd: '2rem' }}>
      <h3 id="unconfirmed-heading">
        Angaben seit {UNCONFIRMED_MONTHS} Monaten nicht bestätigt ({all.length})
      </h3>
      {all.length === 0 ? (
        <p>Alle Organisationen haben ihre Angaben in den letzten {UNCONFIRMED_MONTHS} Monaten bestätigt.</p>
      ) : (
        <ul>
          {all.slice(0, SHOWN).map((organisation) => (
            <li key={organisation.id}>
              <a href={`${admin}/collections/organisations/${organisation.id}`}>{organisation.name}</a> –{' '}
              {organisation.confirmedAt
                ? `zuletzt bestätigt am ${germanDate.format(new Date(organisation.confirmedAt))}`
                : 'nie bestätigt'}
              {organisation.askedAt
                ? `, zuletzt gefragt am ${germanDate.format(new Date(organisation.askedAt))}`
                : ', noch nicht gefragt'}
            </li>
          ))}
        </ul>
      )}
      {all.length > SHOWN ? (
        <p>
          … und {all.length - SHOWN} weitere (
          <a href={`${admin}/collections/organisation-confirmations`}>alle Bestätigungen ansehen</a>).
        </p>
      ) : null}
    </section>
  )
}
