import type { UIFieldServerProps } from 'payload'

import { asRequest, restrictedTo, userHasRole } from '../../access/roles'
import { reviewRequired } from '../../hooks/workflow/settings'
import { WorkflowButtons } from './WorkflowButtons'

/**
 * The edit view's review steps (sidebar): "Zur Prüfung einreichen", "Freigeben und veröffentlichen", "Zurück an
 * Autor/in" (with a hint to the author) and "Archivieren", as far as the signed-in account may take them.
 */
export function WorkflowActions({ user }: UIFieldServerProps) {
  const req = asRequest(user)
  return (
    <WorkflowButtons
      userId={typeof user?.id === 'number' ? user.id : undefined}
      reviews={userHasRole(req, 'admin', 'editor')}
      submits={userHasRole(req, 'admin', 'editor', 'mso')}
      savesSubmit={restrictedTo(req, 'mso')}
      admin={userHasRole(req, 'admin')}
      reviewRequired={reviewRequired()}
    />
  )
}
