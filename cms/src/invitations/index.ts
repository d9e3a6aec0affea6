import type { Field, Plugin } from 'payload'

import { Invitations } from './collection'

/** In the organisation's sidebar, for editors: invite the contact person, see the open invitation, revoke access. */
const inviteAccessField: Field = {
  name: 'inviteAccess',
  type: 'ui',
  label: 'Zugang für die Organisation',
  admin: { position: 'sidebar', components: { Field: '/invitations/InviteAccess#InviteAccess' } },
}

/**
 * Accounts for organisations: an editor invites the contact person from the organisation's entry; the account
 * (role "Migrantenorganisation", linked to the organisation) exists once the link in the mail is accepted.
 * Adds the invitations collection (with its endpoints) and the "Zugang einladen" box to organisations.
 */
export const invitations = (): Plugin => (config) => ({
  ...config,
  collections: [
    ...(config.collections ?? []).map((collection) =>
      collection.slug === 'organisations'
        ? { ...collection, fields: [...collection.fields, inviteAccessField] }
        : collection,
    ),
    Invitations,
  ],
})
