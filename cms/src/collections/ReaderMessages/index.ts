import type { CollectionConfig } from 'payload'

import { editors } from '../../access/roles'
import { recordClosing } from './hooks/recordClosing'
import { sendReply } from './hooks/sendReply'
import { concernedCollections, formatOptions, kindOptions, localeOptions, stateOptions } from './options'
import { sendReaderMessage } from './send'
import { readerRequestRetentionDays } from './settings'

const readOnlyDate = { readOnly: true, date: { pickerAppearance: 'dayAndTime' as const } }

/**
 * What readers send from the site's pages: "War diese Seite hilfreich?" (ja/nein, with an optional text), "Fehler
 * melden" and, on a PDF document's page, "Barrierefreie Fassung anfordern" with the e-mail address for the answer.
 * Only the form endpoint (./send.ts) creates them; editors and admins read them per page, answer a request by e-mail
 * and set the state. No IP address, cookie or user agent is stored; the personal data (e-mail address, text, reply)
 * is deleted READER_REQUEST_RETENTION_DAYS after "Erledigt" (./deletePersonalData.ts).
 */
export const ReaderMessages: CollectionConfig = {
  slug: 'reader-messages',
  labels: { singular: 'Rückmeldung', plural: 'Rückmeldungen' },
  admin: {
    useAsTitle: 'pageAddress',
    defaultColumns: ['kind', 'pageAddress', 'locale', 'state', 'createdAt'],
    listSearchableFields: ['pageAddress', 'text'],
    group: 'Verwaltung',
    description: `Was Leserinnen und Leser von den Seiten senden. Nach „Seitenadresse“ filtern zeigt die Rückmeldungen einer Seite. Persönliche Daten (E-Mail-Adresse, Text) werden ${readerRequestRetentionDays()} Tage nach „Erledigt“ gelöscht.`,
  },
  defaultSort: '-createdAt',
  access: { read: editors, create: () => false, update: editors, delete: editors },
  endpoints: [{ path: '/send', method: 'post', handler: sendReaderMessage }],
  hooks: { beforeChange: [recordClosing, sendReply] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', label: 'Art', required: true, options: kindOptions, admin: { readOnly: true } },
        {
          name: 'state',
          type: 'select',
          label: 'Stand',
          required: true,
          defaultValue: 'open',
          options: stateOptions,
          index: true,
        },
      ],
    },
    {
      name: 'pageAddress',
      type: 'text',
      label: 'Seitenadresse',
      required: true,
      index: true,
      admin: { readOnly: true, description: 'Die Seite der Website, von der die Nachricht kam.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'locale',
          type: 'select',
          label: 'Sprache der Seite',
          required: true,
          options: localeOptions,
          admin: { readOnly: true },
        },
        {
          name: 'entry',
          type: 'relationship',
          label: 'Betrifft',
          relationTo: [...concernedCollections],
          index: true,
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'text',
      type: 'textarea',
      label: 'Text',
      admin: {
        readOnly: true,
        description: 'E-Mail-Adressen, Telefonnummern und Ähnliches sind schon beim Empfang durch „[…]“ ersetzt.',
      },
    },
    {
      name: 'personalDataRemoved',
      type: 'checkbox',
      label: 'Persönliche Angaben aus dem Text entfernt',
      defaultValue: false,
      admin: { readOnly: true },
    },
    {
      type: 'collapsible',
      label: 'Anfrage barrierefreie Fassung',
      admin: { condition: (data) => data?.kind === 'accessible-format' },
      fields: [
        { name: 'format', type: 'select', label: 'Gewünschte Form', options: formatOptions, admin: { readOnly: true } },
        {
          name: 'email',
          type: 'email',
          label: 'E-Mail-Adresse für die Antwort',
          admin: { readOnly: true },
        },
        {
          name: 'reply',
          type: 'textarea',
          label: 'Antwort per E-Mail',
          admin: {
            description:
              'Beim Speichern wird ein neuer Text an die E-Mail-Adresse der Anfrage geschickt. Setzen Sie den Stand danach auf „Erledigt“.',
          },
        },
        { name: 'repliedAt', type: 'date', label: 'Antwort gesendet am', admin: readOnlyDate },
      ],
    },
    {
      name: 'closedAt',
      type: 'date',
      label: 'Erledigt am',
      index: true,
      admin: { ...readOnlyDate, position: 'sidebar' },
    },
    {
      name: 'personalDataDeletedAt',
      type: 'date',
      label: 'Persönliche Daten gelöscht am',
      admin: { ...readOnlyDate, position: 'sidebar' },
    },
  ],
}
