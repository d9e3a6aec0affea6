import type { Event } from '@ki/contract/payload-types'
import type { Access, CollectionBeforeChangeHook, CollectionConfig, GlobalConfig, Plugin } from 'payload'

import { isOrganisationAccount, ownOrganisationId, restrictedTo } from '../access/roles'

/** What an organisation account works on in the admin: its own organisation and its events. */
const msoCollections = new Set(['organisations', 'events'])

/** A collection's or global's `admin.hidden`, and hidden for organisation accounts too. */
const hiddenAlsoFromOrganisations =
  <U>(hidden: boolean | ((args: { user: U }) => boolean) | undefined) =>
  ({ user }: { user: U }): boolean =>
    isOrganisationAccount(user) || (typeof hidden === 'function' ? hidden({ user }) : Boolean(hidden))

/**
 * An organisation account reads only its own organisation (`field` = id) or its own events (`field` = organiser),
 * its drafts included, in REST, GraphQL and the admin; everyone else reads by the collection's own rule.
 */
const ownOnlyForOrganisations =
  (field: string, read: Access | undefined): Access =>
  (args) => {
    if (restrictedTo(args.req, 'mso')) {
      const own = ownOrganisationId(args.req)
      return own === undefined ? false : { [field]: { equals: own } }
    }
    return read ? read(args) : Boolean(args.req.user)
  }

/** An event an organisation account creates or changes is always its own (the organiser cannot be another one). */
export const organiserIsOwnOrganisation: CollectionBeforeChangeHook<Event> = ({ data, req }) => {
  if (!restrictedTo(req, 'mso')) return data
  const own = ownOrganisationId(req)
  return own === undefined ? data : { ...data, organiser: Number(own) }
}

function forOrganisationAccounts(collection: CollectionConfig): CollectionConfig {
  if (!msoCollections.has(collection.slug))
    return {
      ...collection,
      admin: { ...collection.admin, hidden: hiddenAlsoFromOrganisations(collection.admin?.hidden) },
    }
  const events = collection.slug === 'events'
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    access: {
      ...collection.access,
      read: ownOnlyForOrganisations(events ? 'organiser' : 'id', collection.access?.read),
    },
    hooks: events ? { ...hooks, beforeChange: [organiserIsOwnOrganisation, ...(hooks.beforeChange ?? [])] } : hooks,
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        edit: {
          ...collection.admin?.components?.edit,
          PublishButton: '/admin/PublishButtonForStaff#PublishButtonForStaff',
          SaveDraftButton: '/admin/PublishButtonForStaff#SaveDraftButtonForStaff',
        },
      },
    },
  }
}

const globalForStaff = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  admin: { ...global.admin, hidden: hiddenAlsoFromOrganisations(global.admin?.hidden) },
})

/**
 * The admin of an organisation account: its organisation, its events (with their pending changes), nothing else in
 * the navigation or reachable by address; no publish button; its save button says "Zur Prüfung einreichen", as each
 * save of an organisation account is its submission.
 * Last among the plugins that add collections, so that it sees them all.
 */
export const msoAdmin = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map(forOrganisationAccounts),
  globals: (config.globals ?? []).map(globalForStaff),
})
