import { alertPriorities } from '@ki/contract'
import type { AlertBanner as AlertBannerData } from '@ki/contract/payload-types'
import type { GlobalConfig, Validate } from 'payload'

import { anyone } from '../../access/anyone'
import { editors } from '../../access/roles'
import { selectOptions } from '../../fields/options'

const endsAfterStart: Validate<Date | string, AlertBannerData, AlertBannerData> = (value, { siblingData }) => {
  const start = siblingData.startsAt
  if (!value || !start) return true
  return new Date(value) > new Date(start) ? true : 'Das Ende der Anzeige liegt vor ihrem Beginn.'
}

/** A site-wide notice (e.g. office closed, urgent information), shown between its start and end. */
export const AlertBanner: GlobalConfig = {
  slug: 'alert-banner',
  label: 'Hinweisbanner',
  admin: { group: 'Verwaltung' },
  access: { read: anyone, update: editors },
  fields: [
    { name: 'active', type: 'checkbox', label: 'Anzeigen', defaultValue: false },
    {
      name: 'priority',
      type: 'select',
      label: 'Dringlichkeit',
      defaultValue: 'info',
      required: true,
      options: selectOptions(alertPriorities, { info: 'Information', warning: 'Wichtig', urgent: 'Dringend' }),
    },
    { name: 'message', type: 'textarea', label: 'Text', localized: true },
    { name: 'link', type: 'relationship', relationTo: 'pages', label: 'Mehr dazu (Seite)' },
    { name: 'startsAt', type: 'date', label: 'Anzeigen ab', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'endsAt',
      type: 'date',
      label: 'Anzeigen bis',
      validate: endsAfterStart,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
