import type { CollectionConfig } from 'payload'

import { admins, editors } from '../../access/roles'
import { confirmSiteBuild, reportSiteBuild } from './report'

/** German date and 24-hour time with seconds, as editors read it. */
const germanDateTime = { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd.MM.yyyy HH:mm:ss' } } as const

export const siteBuildStatuses = [
  { label: 'läuft', value: 'running' },
  { label: 'erfolgreich', value: 'succeeded' },
  { label: 'fehlgeschlagen', value: 'failed' },
  { label: 'abgebrochen', value: 'abandoned' },
] as const

/**
 * The log of site builds the publisher ran: when, why and for whom, how (full or incremental, and the planner's
 * reason), how long, how many pages, and the result with the reason of a failure in German. The row of the build that
 * runs holds `lock`: a unique value, so at most one build runs at a time across every CMS process and publisher.
 */
export const SiteBuilds: CollectionConfig = {
  slug: 'site-builds',
  labels: { singular: 'Bau der Website', plural: 'Site-Status' },
  admin: {
    useAsTitle: 'trigger',
    defaultColumns: ['startedAt', 'status', 'trigger', 'kind', 'seconds', 'pages', 'error'],
    group: 'Website',
    description:
      'Die letzten Bauten der öffentlichen Website. Jede Veröffentlichung startet einen Bau von selbst; ' +
      'ein fehlgeschlagener Bau lässt die bisherige Website unverändert online.',
  },
  defaultSort: '-startedAt',
  // Only the publisher writes builds, through its endpoints: the admin shows them read-only.
  access: { read: editors, create: () => false, update: () => false, delete: admins },
  endpoints: [
    { path: '/:id/report', method: 'post', handler: reportSiteBuild },
    { path: '/:id/alive', method: 'post', handler: confirmSiteBuild },
  ],
  fields: [
    { name: 'status', type: 'select', label: 'Ergebnis', required: true, options: [...siteBuildStatuses], index: true },
    { name: 'startedAt', type: 'date', label: 'Gestartet', required: true, index: true, admin: germanDateTime },
    { name: 'finishedAt', type: 'date', label: 'Beendet', admin: germanDateTime },
    { name: 'trigger', type: 'text', label: 'Anlass' },
    { name: 'requestedBy', type: 'relationship', relationTo: 'users', hasMany: true, label: 'Von' },
    { name: 'full', type: 'checkbox', label: 'Alle Seiten angefordert', defaultValue: false },
    {
      name: 'kind',
      type: 'select',
      label: 'Umfang',
      options: [
        { label: 'vollständig', value: 'full' },
        { label: 'nur geänderte Seiten', value: 'incremental' },
        { label: 'unverändert', value: 'reused' },
      ],
    },
    { name: 'reason', type: 'text', label: 'Begründung des Umfangs' },
    { name: 'seconds', type: 'number', label: 'Dauer (s)' },
    { name: 'pages', type: 'number', label: 'Seiten' },
    { name: 'entries', type: 'number', label: 'Neu gebaute Einträge' },
    { name: 'error', type: 'textarea', label: 'Fehler' },
    { name: 'publisher', type: 'text', label: 'Publisher' },
    { name: 'lock', type: 'text', unique: true, admin: { hidden: true } },
  ],
}
