import { accessibilityAnswers, eventStatuses } from '@ki/contract'
import type { Event } from '@ki/contract/payload-types'
import type { CollectionConfig, Validate } from 'payload'

import {
  keepTranslatorsOutOfSource,
  newEntriesStartInGerman,
  msoChangesWaitForReview,
  translatorsPublishOwnLocale,
} from '../../access/editorial'
import { autosaveOnceEntered } from '../../admin/drafts'
import { publishedOrEditorial } from '../../access/publishedOrEditorial'
import { editors, staffOrOwnOrganisation, staffReadVersions, userHasRole } from '../../access/roles'
import { districtOptions, languageOptions, selectOptions } from '../../fields/options'
import { sampleField } from '../../fields/sample'
import { slugField } from '../../fields/slug'
import {
  publishLedgerOfLocale,
  rememberPublishedLedger,
  trackTranslations,
  translationFields,
} from '../../fields/translationStatus'
import { workflowFields } from '../../fields/workflow'
import { validWebAddress } from '../../fields/url'
import { checkRecurrenceRule } from './recurrence'
import { assignOwnOrganisation } from './hooks/assignOwnOrganisation'
import { checkRecurrenceOnEverySave } from './hooks/checkRecurrenceOnEverySave'
import { sitePreview } from '../SitePreviews'

const endAfterStart: Validate<Date | string, Event, Event> = (value, { siblingData }) => {
  const { start } = siblingData
  if (!value || !start) return true
  return new Date(value).getTime() >= new Date(start).getTime()
    ? true
    : 'Das Ende liegt vor dem Beginn. Bitte prüfen Sie Datum und Uhrzeit.'
}

/** Tried from the event's start; the same check runs on draft saves (checkRecurrenceOnEverySave). */
const validRecurrence: Validate<string> = (value, { data }) =>
  value ? checkRecurrenceRule(value, (data as { start?: string }).start) : true

export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: 'Veranstaltung', plural: 'Veranstaltungen' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'start', 'status', '_status'],
    group: 'Inhalte',
    // "Vorschau": the draft with the site's own templates, at an address that expires (../SitePreviews).
    preview: sitePreview('events'),
  },
  defaultSort: 'start',
  access: {
    read: publishedOrEditorial,
    create: ({ req }) => userHasRole(req, 'admin', 'editor', 'mso'),
    // An organisation account edits the events of its own organisation only.
    update: staffOrOwnOrganisation('organiser'),
    delete: editors,
    readVersions: staffReadVersions,
  },
  versions: { drafts: { ...autosaveOnceEntered, schedulePublish: true }, maxPerDoc: 50 },
  hooks: {
    beforeOperation: [msoChangesWaitForReview, translatorsPublishOwnLocale, rememberPublishedLedger],
    beforeChange: [
      keepTranslatorsOutOfSource,
      newEntriesStartInGerman,
      assignOwnOrganisation,
      checkRecurrenceOnEverySave,
      trackTranslations,
    ],
    afterChange: [publishLedgerOfLocale],
  },
  fields: [
    { name: 'title', type: 'text', label: 'Titel', required: true, localized: true },
    { name: 'description', type: 'richText', label: 'Beschreibung', localized: true },
    {
      type: 'row',
      fields: [
        {
          name: 'start',
          type: 'date',
          label: 'Beginn',
          required: true,
          timezone: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'end',
          type: 'date',
          label: 'Ende',
          required: true,
          timezone: true,
          validate: endAfterStart,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      name: 'recurrence',
      type: 'group',
      label: 'Wiederholung',
      fields: [
        {
          name: 'rule',
          type: 'text',
          label: 'Regel (RFC 5545 RRULE)',
          validate: validRecurrence,
          // A form (täglich, wöchentlich an …, jeden ersten Montag, …) that writes the rule; the text for experts.
          admin: { components: { Field: '/admin/recurrence/RecurrenceField#RecurrenceField' } },
        },
        {
          name: 'exceptions',
          type: 'array',
          label: 'Ausfallende Termine',
          labels: { singular: 'Ausfalltermin', plural: 'Ausfallende Termine' },
          admin: {
            description: 'Termine der Wiederholung, die nicht stattfinden. Die Vorschau oben streicht sie durch.',
          },
          fields: [
            {
              name: 'date',
              type: 'date',
              label: 'Termin',
              required: true,
              timezone: true,
              admin: { date: { pickerAppearance: 'dayAndTime' } },
            },
          ],
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      // Payload's drafts already use the database enum enum_events_status for `_status`.
      enumName: 'enum_events_event_status',
      // Not "Status": the list shows Payload's publishing status (Entwurf/Veröffentlicht) beside it.
      label: 'Durchführung',
      required: true,
      defaultValue: 'scheduled',
      options: selectOptions(eventStatuses, {
        scheduled: 'Findet statt',
        cancelled: 'Abgesagt',
        postponed: 'Verschoben',
      }),
      admin: { position: 'sidebar' },
    },
    {
      name: 'place',
      type: 'group',
      label: 'Ort',
      fields: [
        { name: 'name', type: 'text', label: 'Name des Ortes', required: true },
        { name: 'street', type: 'text', label: 'Straße und Hausnummer' },
        { name: 'postcode', type: 'text', label: 'PLZ' },
        { name: 'district', type: 'select', label: 'Stadtbezirk', options: districtOptions },
      ],
    },
    { name: 'languages', type: 'select', hasMany: true, label: 'Gesprochene Sprachen', options: languageOptions },
    { name: 'targetGroup', type: 'text', label: 'Zielgruppe', localized: true },
    {
      name: 'registration',
      type: 'group',
      label: 'Anmeldung',
      fields: [
        { name: 'url', type: 'text', label: 'Anmeldeseite (Link)', validate: validWebAddress },
        { name: 'email', type: 'email', label: 'Anmeldung per E-Mail' },
        { name: 'deadline', type: 'date', label: 'Anmeldeschluss', admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'capacity', type: 'number', label: 'Plätze', min: 1 },
      ],
    },
    {
      name: 'accessibility',
      type: 'select',
      label: 'Barrierefrei zugänglich',
      required: true,
      // Not a checkbox: an unticked box told readers "nicht barrierefrei" whenever the editor did not think about it.
      defaultValue: 'unknown',
      options: selectOptions(accessibilityAnswers, { yes: 'ja', no: 'nein', unknown: 'keine Angabe' }),
    },
    { name: 'organiser', type: 'relationship', relationTo: 'organisations', label: 'Veranstalter (Organisation)' },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true, label: 'Handlungsfelder' },
    slugField('title', { localized: false }),
    sampleField,
    ...workflowFields({ changeNote: false }),
    ...translationFields,
  ],
}
