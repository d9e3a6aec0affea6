import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { compareEntries, richTextAsText } from '../../src/mso/comparison'
import { confirmationToken, readConfirmationToken } from '../../src/mso/confirmation/links'
import { decisionOf, describeDecision } from '../../src/mso/pendingChange'

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] })
const richText = (...texts: string[]) => ({ root: { type: 'root', children: texts.map(paragraph) } })

const fields: Field[] = [
  { name: 'workflowActions', type: 'ui', admin: {} },
  { name: 'title', type: 'text', label: 'Titel', localized: true },
  { name: 'description', type: 'richText', label: 'Beschreibung', localized: true },
  {
    type: 'row',
    fields: [
      {
        name: 'district',
        type: 'select',
        label: 'Stadtbezirk',
        options: [
          { label: 'Sterkrade', value: 'sterkrade' },
          { label: 'Osterfeld', value: 'osterfeld' },
        ],
      },
    ],
  },
  { name: 'address', type: 'group', label: 'Adresse', fields: [{ name: 'postcode', type: 'text', label: 'PLZ' }] },
  { name: 'networkMember', type: 'checkbox', label: 'Mitglied im MSO-Netzwerk' },
  { name: 'workflow', type: 'group', fields: [{ name: 'state', type: 'text' }] },
  { name: 'translationLedger', type: 'json', admin: { hidden: true } },
]

describe('the comparison of a submitted change with the published entry', () => {
  it('lists each changed field with its German label, each locale by its German name, rich text as text', () => {
    const published = {
      title: { de: 'Sprachcafé', ar: 'مقهى اللغة' },
      description: { de: richText('Jeden Dienstag.', 'Im Rathaus.') },
      district: 'sterkrade',
      address: { postcode: '46145' },
      networkMember: false,
      workflow: { state: 'published' },
      translationLedger: { savedAt: '2026-11-30' },
    }
    const pending = {
      title: { de: 'Sprachcafé', ar: 'مقهى اللغة الجديد', 'de-x-ls': 'Sprach-Café' },
      description: { de: richText('Jeden Mittwoch.', 'Im Rathaus.') },
      district: 'osterfeld',
      address: { postcode: '46117' },
      networkMember: true,
      workflow: { state: 'review' },
      translationLedger: { savedAt: '2026-12-01' },
    }
    expect(compareEntries(fields, published, pending)).toEqual([
      { path: 'title', label: 'Titel', language: 'Leichte Sprache', before: '', after: 'Sprach-Café' },
      { path: 'title', label: 'Titel', language: 'Arabisch', before: 'مقهى اللغة', after: 'مقهى اللغة الجديد' },
      {
        path: 'description',
        label: 'Beschreibung',
        language: 'Deutsch',
        before: 'Jeden Dienstag.\nIm Rathaus.',
        after: 'Jeden Mittwoch.\nIm Rathaus.',
      },
      { path: 'district', label: 'Stadtbezirk', before: 'Sterkrade', after: 'Osterfeld' },
      { path: 'address.postcode', label: 'Adresse › PLZ', before: '46145', after: '46117' },
      { path: 'networkMember', label: 'Mitglied im MSO-Netzwerk', before: 'Nein', after: 'Ja' },
    ])
  })

  it('shows every filled field as new for an entry that was never published', () => {
    expect(compareEntries(fields, null, { title: { de: 'Neu' }, district: 'sterkrade' })).toEqual([
      { path: 'title', label: 'Titel', language: 'Deutsch', before: '', after: 'Neu' },
      { path: 'district', label: 'Stadtbezirk', before: '', after: 'Sterkrade' },
    ])
  })

  it('reads headings, lists and links of rich text as lines of text', () => {
    const value = {
      root: {
        type: 'root',
        children: [
          { type: 'heading', children: [{ type: 'text', text: 'Termine' }] },
          {
            type: 'list',
            children: [
              { type: 'listitem', children: [{ type: 'text', text: 'Montag' }] },
              {
                type: 'listitem',
                children: [
                  { type: 'text', text: 'Siehe ' },
                  { type: 'link', children: [{ type: 'text', text: 'Website' }] },
                ],
              },
            ],
          },
        ],
      },
    }
    expect(richTextAsText(value)).toBe('Termine\nMontag\nSiehe Website')
  })
})

describe('where a submitted change stands', () => {
  it('names the workflow states as an organisation reads them', () => {
    expect(
      [
        { state: 'review', submittedAt: '2026-12-01T09:30:00.000Z' },
        { state: 'published', reviewedAt: '2026-12-02T14:05:00.000Z' },
        { state: 'draft', reviewedAt: '2026-12-02T14:05:00.000Z', reviewComment: 'Bitte Adresse ergänzen.' },
      ].map((workflow) =>
        describeDecision(decisionOf({ workflow: { ...workflow, state: workflow.state as 'draft' } })),
      ),
    ).toEqual([
      'Eingereicht am 01.12.2026, 10:30 – wartet auf die Freigabe durch die Redaktion.',
      'Freigegeben am 02.12.2026, 15:05 und veröffentlicht.',
      'Abgelehnt am 02.12.2026, 15:05 mit der Begründung: „Bitte Adresse ergänzen.“',
    ])
  })
})

describe('the signed confirmation link', () => {
  const secret = 'unit-test-secret'
  const issued = new Date('2026-12-01T08:00:00.000Z')

  it('reads back the organisation and the time it was issued', () => {
    expect(readConfirmationToken(secret, confirmationToken(secret, 42, issued))).toEqual({
      organisation: '42',
      issued,
    })
  })

  it('is forged when any part was changed or another secret signed it', () => {
    const token = confirmationToken(secret, 42, issued)
    const [id, time, signature] = token.split('.')
    expect(
      [
        `43.${time}.${signature}`,
        `${id}.${Number(time) + 1}.${signature}`,
        `${id}.${time}.${signature.slice(0, -1)}x`,
        confirmationToken('another-secret', 42, issued),
        '',
        'kaputt',
      ].map((each) => readConfirmationToken(secret, each)),
    ).toEqual(Array(6).fill({ forged: true }))
  })
})
