import type { CollectionConfig, Field, Plugin } from 'payload'

import { publishedOrOwnOrganisation } from './access'
import { lastChangedByField, recordWhoChanged } from './attribution'
import { askForConfirmationTask, CONFIRMATION_QUEUE } from './confirmation/ask'
import { OrganisationConfirmations } from './confirmation/collection'
import { readConfirmedAt } from './confirmation/records'
import { tellSubmitterOfDecision } from './decisionMail'
import { isSubmittedCollection } from './pendingChange'

/** Above the form: the submitted change beside the published entry (../components/PendingChange). */
const pendingChangeField: Field = {
  name: 'pendingChange',
  type: 'ui',
  label: 'Eingereichte Änderung',
  admin: { components: { Field: '/components/PendingChange#PendingChange' } },
}

/**
 * "Angaben bestätigt am": read from the organisation's confirmation record (./confirmation/), not stored in the entry,
 * so that confirming neither publishes a pending change nor makes a version. Public, like the entry.
 */
const confirmedAtField: Field = {
  name: 'confirmedAt',
  type: 'date',
  label: 'Angaben bestätigt am',
  virtual: true,
  hooks: { afterRead: [readConfirmedAt] },
  admin: {
    position: 'sidebar',
    readOnly: true,
    date: { pickerAppearance: 'dayOnly' },
    description: 'Über den Link der jährlichen E-Mail „Sind Ihre Angaben noch aktuell?“.',
  },
}

function withSelfService(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  const organisations = collection.slug === 'organisations'
  return {
    ...collection,
    // An organisation account reads its own entry's newest version (its pending change), other entries as published.
    access: organisations ? { ...collection.access, read: publishedOrOwnOrganisation('id') } : collection.access,
    fields: [
      pendingChangeField,
      ...collection.fields,
      ...(organisations ? [confirmedAtField] : []),
      lastChangedByField,
    ],
    hooks: {
      ...hooks,
      beforeChange: [...(hooks.beforeChange ?? []), recordWhoChanged],
      afterChange: [...(hooks.afterChange ?? []), tellSubmitterOfDecision],
    },
  }
}

/**
 * The organisations keep the directory current themselves. For organisations and events (what an organisation
 * account submits): the comparison of a submitted change with the published entry, "Zuletzt geändert von" in every
 * version, and the mail with the editor's decision (freigegeben, or abgelehnt with the reason). For organisations:
 * the yearly "Sind Ihre Angaben noch aktuell?" on Payload's jobs queue with its signed link (./confirmation/), and
 * the dashboard's list of entries not confirmed for 15 months. Placed after the publisher, whose site changes the
 * confirmation link records itself.
 */
export const msoSelfService = (): Plugin => (config) => ({
  ...config,
  collections: [
    ...(config.collections ?? []).map((collection) =>
      isSubmittedCollection(collection.slug) ? withSelfService(collection) : collection,
    ),
    OrganisationConfirmations,
  ],
  jobs: {
    ...config.jobs,
    tasks: [...(config.jobs?.tasks ?? []), askForConfirmationTask],
    autoRun: async (payload) => {
      const configured = config.jobs?.autoRun
      const others = typeof configured === 'function' ? await configured(payload) : (configured ?? [])
      return [...others, { cron: '0 */5 * * * *', queue: CONFIRMATION_QUEUE, limit: 1 }]
    },
  },
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      beforeDashboard: [
        ...(config.admin?.components?.beforeDashboard ?? []),
        '/components/UnconfirmedOrganisations#UnconfirmedOrganisations',
        '/components/PendingChange/OwnChanges#OwnChanges',
      ],
    },
  },
})
