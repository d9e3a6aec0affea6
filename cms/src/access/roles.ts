import type { Access, FieldAccess, PayloadRequest, TypedUser } from 'payload'

export const roles = ['admin', 'editor', 'translator', 'mso'] as const
export type Role = (typeof roles)[number]

export function userHasRole(req: Pick<PayloadRequest, 'user'>, ...wanted: Role[]): boolean {
  const user = req.user
  if (!user || user.collection !== 'users') return false
  return user.roles.some((role) => wanted.includes(role))
}

/**
 * True for an organisation account (no editor or admin role besides) of any user object that carries its roles: the
 * admin's session user in the browser, an admin component's `user`. Imports nothing, so client components use it too.
 */
export function isOrganisationAccount(user: unknown): boolean {
  const roles: unknown = typeof user === 'object' && user !== null && 'roles' in user ? user.roles : undefined
  if (!Array.isArray(roles)) return false
  return roles.includes('mso') && !roles.includes('admin') && !roles.includes('editor')
}

/** The user an admin component is given (its server props), as the request's user for the role checks here. */
export function asRequest(user: TypedUser | undefined): Pick<PayloadRequest, 'user'> {
  return { user: user ? { ...user, collection: 'users' } : null }
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
export const staffReadVersions = editorsOrTranslators

/** True for an account whose widest role is `role`: admins and editors are never held back by it. */
export function restrictedTo(req: Pick<PayloadRequest, 'user'>, role: 'translator' | 'mso'): boolean {
  return userHasRole(req, role) && !userHasRole(req, 'admin', 'editor')
}

/** The organisation an MSO account belongs to (its id), if any. */
export function ownOrganisationId(req: Pick<PayloadRequest, 'user'>): number | string | undefined {
  const organisation = req.user?.organisation
  if (organisation === null || organisation === undefined) return undefined
  return typeof organisation === 'object' ? organisation.id : organisation
}

/** Staff edit every entry; an organisation account only entries whose `field` holds its own organisation. */
export const staffOrOwnOrganisation =
  (field: string): Access =>
  ({ req }) => {
    if (userHasRole(req, 'admin', 'editor', 'translator')) return true
    const organisation = ownOrganisationId(req)
    return userHasRole(req, 'mso') && organisation !== undefined ? { [field]: { equals: organisation } } : false
  }
