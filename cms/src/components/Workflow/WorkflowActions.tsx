import type { UIFieldServerProps } from 'payload'

import { userHasRole } from '../../access/roles'
import { reviewRequired } from '../../hooks/workflow/settings'
import { WorkflowButtons } from './WorkflowButtons'

/**
 * The edit view's review steps (sidebar): "Zur Prüfung einreichen", "Freigeben und veröffentlichen", "Zurück an
 * Autor/in" (with a hint to the author) and "Archivieren", as far as the signed-in account may take them.
 */
export function WorkflowActions({ user }: UIFieldServerProps) {
  const req = { user: user ? { ...user, collection: 'users' as const } : null }
  return (
    <WorkflowButtons
      userId={typeof user?.id === 'number' ? user.id : undefined}
      reviews={userHasRole(req, 'admin', 'editor')}
      submits={userHasRole(req, 'admin', 'editor', 'mso')}
      admin={userHasRole(req, 'admin')}
      reviewRequired={reviewRequired()}
    />
  )
}
