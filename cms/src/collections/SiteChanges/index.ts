import type { CollectionConfig } from 'payload'

import { editors } from '../../access/roles'
import { claimSiteChanges } from './claim'
import { requestSiteBuild } from './request'

export const siteChangeOperations = [
  { label: 'veröffentlicht', value: 'published' },
  { label: 'zurückgezogen', value: 'unpublished' },
  { label: 'gelöscht', value: 'deleted' },
  { label: 'geändert', value: 'changed' },
  { label: 'Neubau angefordert', value: 'requested' },
] as const

export type SiteChangeOperation = (typeof siteChangeOperations)[number]['value']

/**
 * What changed on the public site and waits for the publisher (scripts/lib/publisher.ts): one row per publish,
 * unpublish, delete or change of a collection without drafts (cms/src/plugins/publisher.ts), or per "Website neu
 * bauen". Written in the same transaction as the change itself; the publisher claims the pending rows for one build.
 */
export const SiteChanges: CollectionConfig = {
  slug: 'site-changes',
  labels: { singular: 'Änderung der Website', plural: 'Änderungen der Website' },
  admin: {
    useAsTitle: 'entryTitle',
    defaultColumns: ['createdAt', 'operation', 'target', 'entryTitle', 'user', 'status', 'build'],
    group: 'Website',
    description: 'Jede veröffentlichte Änderung, die auf die Website kommt. Der Publisher baut sie gesammelt.',
  },
  defaultSort: '-createdAt',
  access: { read: editors, create: () => false, update: () => false, delete: () => false },
  endpoints: [
    { path: '/claim', method: 'post', handler: claimSiteChanges },
    { path: '/request', method: 'post', handler: requestSiteBuild },
  ],
  fields: [
    { name: 'operation', type: 'select', label: 'Vorgang', required: true, options: [...siteChangeOperations] },
    { name: 'target', type: 'text', label: 'Bereich', required: true },
    { name: 'entryId', type: 'text', label: 'Eintrag (ID)' },
    { name: 'entryTitle', type: 'text', label: 'Eintrag' },
    { name: 'user', type: 'relationship', relationTo: 'users', label: 'Von' },
    { name: 'full', type: 'checkbox', label: 'Alle Seiten neu bauen', defaultValue: false },
    {
      name: 'status',
      type: 'select',
      label: 'Stand',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [
        { label: 'wartet', value: 'pending' },
        { label: 'im Bau', value: 'claimed' },
      ],
    },
    { name: 'build', type: 'relationship', relationTo: 'site-builds', label: 'Bau', index: true },
  ],
}
