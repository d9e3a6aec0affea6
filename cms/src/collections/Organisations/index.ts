import { city } from '@ki/contract'
import type { Organisation } from '@ki/contract/payload-types'
import type { CollectionConfig, FieldAccess, Validate } from 'payload'

import {
  keepTranslatorsOutOfSource,
  newEntriesStartInGerman,
  msoChangesWaitForReview,
  translatorsPublishOwnLocale,
} from '../../access/editorial'
import { publishedOrEditorial } from '../../access/publishedOrEditorial'
import { editors, ownOrganisationId, staffOrOwnOrganisation, staffReadVersions, userHasRole } from '../../access/roles'
import { districtOptions, languageOptions } from '../../fields/options'
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
import { sitePreview } from '../SitePreviews'

/** Contact details are public only with the organisation's consent; staff and the organisation see them always. */
const consentedOrOwner: FieldAccess<Organisation, NonNullable<Organisation['contact']>> = ({
  req,
  doc,
  siblingData,
}) => {
  if (userHasRole(req, 'admin', 'editor', 'translator')) return true
  if (doc !== undefined && ownOrganisationId(req) === doc.id) return true
  return siblingData?.consent === true
}

const inCity =
  (axis: 'lat' | 'lng'): Validate<number, Organisation> =>
  (value) => {
    if (value === null || value === undefined) return true
    const { south, west, north, east } = city.bounds
    const [min, max] = axis === 'lat' ? [south, north] : [west, east]
    return value >= min && value <= max
      ? true
      : `Die Koordinate ${value} liegt nicht in ${city.name} (${min} bis ${max}).`
  }

/** The directory of migrant organisations (MSOs). */
export const Organisations: CollectionConfig = {
  slug: 'organisations',
  labels: { singular: 'Organisation', plural: 'Organisationen' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'district', 'networkMember', '_status'],
    group: 'Verzeichnis',
    // "Vorschau": the draft with the site's own templates, at an address that expires (../SitePreviews).
    preview: sitePreview('organisations'),
  },
  defaultSort: 'name',
  access: {
    read: publishedOrEditorial,
    readVersions: staffReadVersions,
    create: editors,
    update: staffOrOwnOrganisation('id'),
    delete: editors,
  },
  // Drafts are validated too: an organisation account's save is its submission, and its mistakes belong at its fields.
  versions: { drafts: { schedulePublish: true, validate: true }, maxPerDoc: 50 },
  hooks: {
    beforeOperation: [msoChangesWaitForReview, translatorsPublishOwnLocale, rememberPublishedLedger],
    beforeChange: [keepTranslatorsOutOfSource, newEntriesStartInGerman, trackTranslations],
    afterChange: [publishLedgerOfLocale],
  },
  fields: [
    { name: 'name', type: 'text', label: 'Name', required: true },
    { name: 'description', type: 'textarea', label: 'Beschreibung', localized: true },
    { name: 'communities', type: 'text', hasMany: true, label: 'Communities' },
    { name: 'languages', type: 'select', hasMany: true, label: 'Sprachen', options: languageOptions },
    {
      type: 'row',
      fields: [
        { name: 'district', type: 'select', label: 'Stadtbezirk', required: true, options: districtOptions },
        { name: 'quarter', type: 'text', label: 'Stadtteil' },
      ],
    },
    { name: 'fields', type: 'relationship', relationTo: 'activity-fields', hasMany: true, label: 'Tätigkeitsfelder' },
    {
      name: 'address',
      type: 'group',
      label: 'Adresse',
      fields: [
        { name: 'street', type: 'text', label: 'Straße und Hausnummer' },
        { name: 'postcode', type: 'text', label: 'PLZ' },
        {
          type: 'row',
          fields: [
            { name: 'lat', type: 'number', label: 'Breitengrad', validate: inCity('lat') },
            { name: 'lng', type: 'number', label: 'Längengrad', validate: inCity('lng') },
          ],
        },
      ],
    },
    { name: 'website', type: 'text', label: 'Website', validate: validWebAddress },
    { name: 'founded', type: 'number', label: 'Gründungsjahr', min: 1900, max: 2100 },
    { name: 'networkMember', type: 'checkbox', label: 'Mitglied im MSO-Netzwerk', defaultValue: false },
    {
      name: 'contact',
      type: 'group',
      label: 'Kontakt',
      admin: {
        description: 'Name, E-Mail und Telefon erscheinen nur öffentlich, wenn die Organisation zugestimmt hat.',
      },
      fields: [
        { name: 'consent', type: 'checkbox', label: 'Zustimmung zur Veröffentlichung liegt vor', defaultValue: false },
        { name: 'person', type: 'text', label: 'Ansprechperson', access: { read: consentedOrOwner } },
        { name: 'email', type: 'email', label: 'E-Mail', access: { read: consentedOrOwner } },
        { name: 'phone', type: 'text', label: 'Telefon', access: { read: consentedOrOwner } },
      ],
    },
    slugField('name', { localized: false }),
    sampleField,
    ...workflowFields({ changeNote: false }),
    ...translationFields,
  ],
}
