import type { ServerProps } from 'payload'

import { asRequest, userHasRole } from '../../access/roles'

/** The worklist in the admin's navigation, below the collections: for editors and translators, not organisations. */
export function TranslationsNavLink({ user }: ServerProps) {
  if (!userHasRole(asRequest(user), 'admin', 'editor', 'translator')) return null
  return (
    <a className="nav__link" href="/admin/uebersetzungen" style={{ marginBlockStart: '1rem' }}>
      Übersetzungen: Arbeitsliste
    </a>
  )
}
