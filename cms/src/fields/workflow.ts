import type { Field, FieldAccess } from 'payload'

import { selectOptions } from './options'

/** Entwurf → In Prüfung → Veröffentlicht → Archiviert. */
export const workflowStates = ['draft', 'review', 'published', 'archived'] as const
export type WorkflowState = (typeof workflowStates)[number]

export const workflowStateLabels: Record<WorkflowState, string> = {
  draft: 'Entwurf',
  review: 'In Prüfung',
  published: 'Veröffentlicht',
  archived: 'Archiviert',
}

/** Who reviewed what is internal: signed-in accounts only (the site reads anonymously and never sees it). */
const signedIn: FieldAccess = ({ req }) => Boolean(req.user)

/** Written by the workflow hook only (cms/src/hooks/workflow/applyWorkflow.ts); the form shows them read-only. */
const byWorkflowOnly = { readOnly: true } as const

/**
 * The review workflow of an entry: its state, who submitted it when, who reviewed it and what they wrote back, and the
 * "prüfen bis" date (default: 12 months after publishing). The buttons ("Zur Prüfung einreichen", "Freigeben und
 * veröffentlichen", "Zurück an Autor/in", "Archivieren") sit above them in the sidebar. `changeNote` adds the public
 * "Änderungshinweis" that pages and documents show readers beside "zuletzt aktualisiert".
 */
export function workflowFields({ changeNote }: { changeNote: boolean }): Field[] {
  return [
    {
      name: 'workflowActions',
      type: 'ui',
      label: 'Prüfung',
      admin: { position: 'sidebar', components: { Field: '/components/Workflow/WorkflowActions#WorkflowActions' } },
    },
    {
      name: 'workflow',
      type: 'group',
      label: 'Prüfung und Freigabe',
      access: { read: signedIn },
      admin: { position: 'sidebar' },
      fields: [
        {
          name: 'state',
          type: 'select',
          label: 'Bearbeitungsstand',
          defaultValue: 'draft',
          index: true,
          options: selectOptions(workflowStates, workflowStateLabels),
          admin: byWorkflowOnly,
        },
        {
          name: 'submittedBy',
          type: 'relationship',
          relationTo: 'users',
          label: 'Eingereicht von',
          admin: byWorkflowOnly,
        },
        {
          name: 'submittedAt',
          type: 'date',
          label: 'Eingereicht am',
          admin: { ...byWorkflowOnly, date: { pickerAppearance: 'dayAndTime' } },
        },
        { name: 'reviewer', type: 'relationship', relationTo: 'users', label: 'Geprüft von', admin: byWorkflowOnly },
        {
          name: 'reviewedAt',
          type: 'date',
          label: 'Geprüft am',
          admin: { ...byWorkflowOnly, date: { pickerAppearance: 'dayAndTime' } },
        },
        { name: 'reviewComment', type: 'textarea', label: 'Hinweis der Prüfung', admin: byWorkflowOnly },
      ],
    },
    {
      name: 'reviewBy',
      type: 'date',
      label: 'Prüfen bis',
      index: true,
      access: { read: signedIn },
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayOnly' },
        description:
          'Bis wann der Inhalt erneut geprüft werden soll. Leer oder abgelaufen: beim Veröffentlichen 12 Monate später.',
      },
    },
    ...(changeNote
      ? [
          {
            name: 'changeNote',
            type: 'textarea',
            label: 'Änderungshinweis',
            localized: true,
            admin: {
              position: 'sidebar',
              description:
                'Öffentlich: erscheint unter „Zuletzt aktualisiert“, z. B. „Öffnungszeiten ergänzt“. Leer lassen, wenn nichts zu sagen ist.',
            },
          } satisfies Field,
        ]
      : []),
  ]
}
