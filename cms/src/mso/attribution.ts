import type { Event, Organisation } from '@ki/contract/payload-types'
import type { CollectionBeforeChangeHook, Field } from 'payload'

import { fieldHasRole } from '../access/roles'

/**
 * "Zuletzt geändert von": the account behind each save, stored in the entry and so in every Payload version; with the
 * version's date the history says who changed what when. Written by `recordWhoChanged` only; staff read it.
 */
export const lastChangedByField: Field = {
  name: 'lastChangedBy',
  type: 'relationship',
  relationTo: 'users',
  label: 'Zuletzt geändert von',
  access: { read: fieldHasRole('admin', 'editor', 'translator') },
  admin: { position: 'sidebar', readOnly: true, description: 'Wer die jeweilige Fassung gespeichert hat.' },
}

/** beforeChange: the saving account (none for the seed, jobs and the confirmation link). */
export const recordWhoChanged: CollectionBeforeChangeHook<Organisation | Event> = ({ data, req }) => {
  data.lastChangedBy = req.user?.collection === 'users' ? req.user.id : null
  return data
}
