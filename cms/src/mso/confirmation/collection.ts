import type { Access, CollectionConfig } from 'payload'

import { admins, ownOrganisationId, userHasRole } from '../../access/roles'
import { askNowEndpoint } from './askNow'
import { confirmEndpoint, confirmPageEndpoint } from './confirm'

/** Editors read every confirmation; an organisation account its own. */
const editorsOrOwn: Access = ({ req }) => {
  if (userHasRole(req, 'admin', 'editor')) return true
  const own = ownOrganisationId(req)
  return userHasRole(req, 'mso') && own !== undefined ? { organisation: { equals: own } } : false
}

/**
 * When each organisation last confirmed that its entry is current ("Angaben bestätigt am"), and when it was last asked.
 * Kept beside the entry rather than in it: a confirmation must not publish an organisation's pending change, nor
 * count as a change of the entry. Written by the mail job (./ask.ts) and the link (./confirm.ts) only; the entry
 * reads the date as its virtual field `confirmedAt`.
 */
export const OrganisationConfirmations: CollectionConfig = {
  slug: 'organisation-confirmations',
  labels: { singular: 'Bestätigung der Angaben', plural: 'Bestätigungen der Angaben' },
  admin: {
    useAsTitle: 'organisation',
    defaultColumns: ['organisation', 'confirmedAt', 'requestedAt'],
    group: 'Verzeichnis',
    description: '„Sind Ihre Angaben noch aktuell?“: einmal im Jahr per E-Mail, bestätigt über den Link in der E-Mail.',
  },
  access: { read: editorsOrOwn, create: admins, update: admins, delete: admins },
  endpoints: [confirmPageEndpoint, confirmEndpoint, askNowEndpoint],
  fields: [
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      label: 'Organisation',
      required: true,
      unique: true,
      index: true,
    },
    {
      name: 'confirmedAt',
      type: 'date',
      label: 'Angaben bestätigt am',
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'requestedAt',
      type: 'date',
      label: 'Zuletzt gefragt am',
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'requestedFrom', type: 'text', label: 'Gefragt wurde', hasMany: true, admin: { readOnly: true } },
  ],
}
