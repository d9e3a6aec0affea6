import type { Access, FieldAccess, PayloadRequest } from 'payload'

export const roles = ['admin', 'editor', 'translator', 'mso'] as const
export type Role = (typeof roles)[number]

export function userHasRole(req: Pick<PayloadRequest, 'user'>, ...wanted: Role[]): boolean {
  const user = req.user as { collection?: string; roles?: Role[] | null } | null
  if (!user || user.collection !== 'users') return false
  return (user.roles ?? []).some((role) => wanted.includes(role))
}

/** Access for the given roles only. */
export const hasRole =
  (...wanted: Role[]): Access =>
  ({ req }) =>
    userHasRole(req, ...wanted)

export const fieldHasRole =
  (...wanted: Role[]): FieldAccess =>
  ({ req }) =>
    userHasRole(req, ...wanted)

export const admins = hasRole('admin')
export const editors = hasRole('admin', 'editor')
/** Editors and translators may update localized content; hooks keep translators out of German. */
export const editorsOrTranslators = hasRole('admin', 'editor', 'translator')
/** The version history holds drafts: staff only (Payload's default would let every signed-in account read it). */
export const staffReadVersions = hasRole('admin', 'editor', 'translator')

/** The organisation an MSO account belongs to (its id), if any. */
export function ownOrganisationId(req: Pick<PayloadRequest, 'user'>): number | string | undefined {
  const organisation = (req.user as { organisation?: number | string | { id: number | string } | null } | null)?.organisation
  if (organisation === null || organisation === undefined) return undefined
  return typeof organisation === 'object' ? organisation.id : organisation
}
