import type { ServerProps } from 'payload'

import { userHasRole } from '../../access/roles'
import { siteState } from '../../collections/SiteBuilds/status'
import { RebuildButtons } from './RebuildButtons'

const germanDateTime = new Intl.DateTimeFormat('de-DE', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Berlin',
})
const when = (iso: string | null | undefined) => (iso ? germanDateTime.format(new Date(iso)) : '')

/** How much the last build rendered, as the site-builds list says it ("Umfang"). */
const kindWords = { full: 'vollständig', incremental: 'nur geänderte Seiten', reused: 'unverändert' } as const

const colours = { current: '#1a7f37', building: '#9a6700', failed: '#cf222e' } as const

/**
 * Dashboard: the state of the live site ("aktuell", "wird gebaut", "Fehler" with the reason) and the
 * "Website neu bauen" buttons. Shown to editors and admins, who may read the builds.
 */
export async function SiteStatus({ payload, user }: ServerProps) {
  const req = { user: user ? { ...user, collection: 'users' as const } : null }
  if (!userHasRole(req, 'admin', 'editor')) return null
  const status = await siteState(payload)
  const { last, running } = status
  return (
    <section aria-labelledby="site-status-heading" style={{ marginBlockEnd: '2rem' }} data-site-state={status.state}>
      <h2 id="site-status-heading">Website</h2>
      <p style={{ fontSize: '1.1rem' }}>
        Stand der öffentlichen Website:{' '}
        <strong style={{ color: colours[status.state] }} data-site-status>
          {status.label}
        </strong>
      </p>
      {running ? (
        <p>
          Der Bau läuft seit {when(running.startedAt)}: {running.trigger}
        </p>
      ) : null}
      {status.pending > 0 ? (
        <p>
          {status.pending === 1 ? 'Eine Änderung wartet' : `${status.pending} Änderungen warten`} auf den nächsten Bau
          (seit {when(status.pendingSince)}).
        </p>
      ) : null}
      {last?.status === 'failed' ? (
        <p role="alert" data-site-error>
          Der letzte Bau ({when(last.startedAt)}) ist fehlgeschlagen; die Website zeigt weiter den vorherigen Stand.{' '}
          {last.error}
        </p>
      ) : null}
      {last?.status === 'succeeded' ? (
        <p>
          Zuletzt gebaut: {when(last.finishedAt)} ({kindWords[last.kind ?? 'full']}, {last.pages ?? 0} Seiten,{' '}
          {(last.seconds ?? 0).toLocaleString('de-DE', { maximumFractionDigits: 1 })} s).
        </p>
      ) : null}
      <RebuildButtons full={userHasRole(req, 'admin')} building={status.state === 'building'} />
      <p>
        <a href="/admin/collections/site-builds">Alle Bauten ansehen</a>
      </p>
    </section>
  )
}
