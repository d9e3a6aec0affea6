import type { ServerProps } from 'payload'

import { userHasRole } from '../../access/roles'
import {
  failedBuilds,
  inReview,
  LIST_LENGTH,
  openReaderMessages,
  overdueForReview,
  scheduled,
  type DashboardList,
} from './lists'

const germanDateTime = new Intl.DateTimeFormat('de-DE', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Berlin',
})
const germanDate = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'Europe/Berlin' })

function EntryList({
  id,
  heading,
  list,
  empty,
  dateOnly = false,
  allHref,
}: {
  id: string
  heading: string
  list: DashboardList
  empty: string
  dateOnly?: boolean
  allHref?: string
}) {
  const more = list.total - list.entries.length
  return (
    <section aria-labelledby={id} data-review-list={id} style={{ marginBlockEnd: '1.5rem' }}>
      <h3 id={id}>
        {heading} ({list.total})
      </h3>
      {list.entries.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul>
          {list.entries.map((entry) => (
            <li key={entry.key}>
              <a href={entry.href}>{entry.label}</a> – {entry.kind}
              {entry.when ? `, ${(dateOnly ? germanDate : germanDateTime).format(new Date(entry.when))}` : ''}
              {entry.who ? `, ${entry.who}` : ''}
            </li>
          ))}
        </ul>
      )}
      {more > 0 ? (
        <p>
          … und {more} weitere
          {allHref ? (
            <>
              {' '}
              (<a href={allHref}>alle ansehen</a>)
            </>
          ) : null}
          .
        </p>
      ) : null}
    </section>
  )
}

/**
 * Dashboard, beside the site status: what waits for the editorial team — entries in review, scheduled publishes and
 * unpublishes, published entries overdue for review (they stay on the site), failed site builds, and the pages
 * readers sent open messages about.
 */
export async function ReviewOverview({ payload, user }: ServerProps) {
  const asUser = user ? { ...user, collection: 'users' as const } : null
  if (!userHasRole({ user: asUser }, 'admin', 'editor')) return null
  const [review, planned, overdue, failed, messages] = await Promise.all([
    inReview(payload, asUser),
    scheduled(payload),
    overdueForReview(payload, asUser),
    failedBuilds(payload, asUser),
    openReaderMessages(payload, asUser),
  ])
  const admin = payload.config.routes.admin
  return (
    <section aria-labelledby="review-overview-heading" style={{ marginBlockEnd: '2rem' }}>
      <h2 id="review-overview-heading">Redaktion</h2>
      <EntryList id="in-review" heading="In Prüfung" list={review} empty="Nichts wartet auf eine Prüfung." />
      {planned ? (
        <EntryList
          id="scheduled"
          heading="Geplant"
          list={planned}
          empty="Keine geplanten Veröffentlichungen."
          allHref={`${admin}/collections/payload-jobs`}
        />
      ) : (
        <section aria-labelledby="scheduled" data-review-list="scheduled">
          <h3 id="scheduled">Geplant</h3>
          <p>Zeitgesteuertes Veröffentlichen ist in dieser Installation nicht eingerichtet.</p>
        </section>
      )}
      <EntryList
        id="overdue"
        heading="Prüfung überfällig"
        list={overdue}
        empty="Kein veröffentlichter Eintrag ist über sein „Prüfen bis“-Datum."
        dateOnly
      />
      <EntryList
        id="failed-builds"
        heading="Fehlgeschlagene Bauten"
        list={failed}
        empty="Kein Bau ist fehlgeschlagen."
        allHref={`${admin}/collections/site-builds?where[status][equals]=failed`}
      />
      <EntryList
        id="reader-messages"
        heading="Offene Rückmeldungen nach Seite"
        list={messages}
        empty="Keine offene Rückmeldung von Leserinnen und Lesern."
        allHref={`${admin}/collections/reader-messages?where[state][not_equals]=done`}
      />
      <p style={{ fontSize: '0.9rem' }}>Höchstens {LIST_LENGTH} Einträge je Sammlung und Liste; die Zahl nennt alle.</p>
    </section>
  )
}
