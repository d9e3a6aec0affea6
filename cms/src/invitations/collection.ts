import type { CollectionConfig } from 'payload'

import { editors } from '../access/roles'
import { acceptInvitationForm, acceptInvitation, invitationStatus, inviteContact, revokeAccess } from './endpoints'

const nobody = () => false

/**
 * Invitations of an organisation's contact person: created, replaced and revoked only through the endpoints
 * (the organisation's "Zugang einladen" box); the account exists once the link is accepted. Editors read the list.
 */
export const Invitations: CollectionConfig = {
  slug: 'invitations',
  labels: { singular: 'Einladung', plural: 'Einladungen' },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'organisation', 'expiresAt', 'acceptedAt'],
    group: 'Verwaltung',
    description: 'Einladungen versenden und Zugänge entziehen Sie im Eintrag der Organisation.',
  },
  access: { read: editors, create: nobody, update: nobody, delete: nobody },
  endpoints: [
    { path: '/invite', method: 'post', handler: inviteContact },
    { path: '/revoke', method: 'post', handler: revokeAccess },
    { path: '/status', method: 'get', handler: invitationStatus },
    { path: '/accept', method: 'get', handler: acceptInvitationForm },
    { path: '/accept', method: 'post', handler: acceptInvitation },
  ],
  fields: [
    { name: 'email', type: 'email', label: 'E-Mail', required: true },
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      label: 'Organisation',
      required: true,
      index: true,
    },
    { name: 'invitedBy', type: 'relationship', relationTo: 'users', label: 'Eingeladen von' },
    {
      name: 'expiresAt',
      type: 'date',
      label: 'Gültig bis',
      required: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'acceptedAt', type: 'date', label: 'Angenommen am', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'tokenHash',
      type: 'text',
      required: true,
      unique: true,
      access: { read: nobody },
      admin: { hidden: true },
    },
  ],
}
