import { localeCodes } from '@ki/contract'
import type { Field } from 'payload'

import { localeName } from '../admin/localeNames'

/** One field that differs between the published entry and the submitted change, in one locale where it is localized. */
export type ChangedField = {
  /** The field's path, e.g. `address.postcode`. */
  path: string
  /** The German labels from the field's form, e.g. "Adresse › PLZ". */
  label: string
  /** The locale's German name ("Englisch", "Leichte Sprache"), for localized fields. */
  language?: string
  before: string
  after: string
}

/** What the comparison leaves out: the review's own bookkeeping and the translation state, not the content. */
const bookkeeping = new Set(['workflow', 'workflowActions', 'reviewBy', 'translationStatus', 'lastChangedBy'])

const germanDateTime = new Intl.DateTimeFormat('de-DE', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Berlin',
})

type Lexical = { text?: unknown; children?: unknown; type?: unknown }

/** Rich text (Lexical JSON) as plain text: paragraphs, headings and list items on lines of their own. */
export function richTextAsText(value: unknown): string {
  const lines: string[] = []
  const inline = (node: Lexical): string => {
    if (typeof node.text === 'string') return node.text
    if (node.type === 'linebreak') return '\n'
    return Array.isArray(node.children) ? node.children.map((child: Lexical) => inline(child)).join('') : ''
  }
  const walk = (node: Lexical) => {
    const children: Lexical[] = Array.isArray(node.children) ? (node.children as Lexical[]) : []
    const blockChildren = children.some((child) => Array.isArray(child.children) && child.type !== 'link')
    if (blockChildren && node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'listitem')
      children.forEach(walk)
    else lines.push(inline(node))
  }
  const root = typeof value === 'object' && value !== null && 'root' in value ? (value as { root: Lexical }).root : null
  if (!root) return ''
  walk(root)
  return lines
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n')
}

/** A related entry by its name (depth 1) or its number (depth 0). */
function relatedName(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'string') return `#${value}`
  if (typeof value !== 'object' || value === null) return ''
  const entry = value as Record<string, unknown>
  if ('relationTo' in entry && 'value' in entry) return relatedName(entry.value)
  for (const key of ['title', 'name', 'email', 'filename']) {
    const name = entry[key]
    if (typeof name === 'string' && name) return name
    if (typeof name === 'object' && name !== null && typeof (name as Record<string, unknown>).de === 'string')
      return String((name as Record<string, unknown>).de)
  }
  return typeof entry.id === 'number' || typeof entry.id === 'string' ? `#${entry.id}` : ''
}

/** A plain value as text; anything else (a structure the comparison has no reading for) as its JSON. */
const scalarText = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : JSON.stringify(value)

/** One value as the text an editor reads: option labels, "Ja"/"Nein", German dates, names of related entries. */
function asText(field: Field, value: unknown): string {
  if (value === null || value === undefined || value === '') return ''
  switch (field.type) {
    case 'richText':
      return richTextAsText(value)
    case 'checkbox':
      return value === true ? 'Ja' : 'Nein'
    case 'date': {
      const date = new Date(scalarText(value))
      return Number.isNaN(date.getTime()) ? scalarText(value) : germanDateTime.format(date)
    }
    case 'select':
    case 'radio': {
      const values = Array.isArray(value) ? (value as unknown[]) : [value]
      return values
        .map((each) => {
          const option = field.options.find((candidate) =>
            typeof candidate === 'string' ? candidate === each : candidate.value === each,
          )
          if (option === undefined || typeof option === 'string') return String(each)
          return typeof option.label === 'string' ? option.label : String(each)
        })
        .join(', ')
    }
    case 'relationship':
    case 'upload': {
      const values = Array.isArray(value) ? (value as unknown[]) : [value]
      return values.map(relatedName).filter(Boolean).join(', ')
    }
    case 'array':
      return Array.isArray(value)
        ? value
            .map((row: unknown, index) => {
              const rowData = typeof row === 'object' && row !== null ? (row as Record<string, unknown>) : {}
              const cells = field.fields.flatMap((child) =>
                'name' in child && child.type !== 'ui' ? [asText(child, rowData[child.name])] : [],
              )
              return `${index + 1}. ${cells.filter(Boolean).join(' · ')}`
            })
            .join('\n')
        : ''
    case 'blocks':
      return Array.isArray(value)
        ? value
            .map((block: unknown) => JSON.stringify(block, (key, each: unknown) => (key === 'id' ? undefined : each)))
            .join('\n')
        : ''
    default:
      return Array.isArray(value) ? value.map(scalarText).join(', ') : scalarText(value)
  }
}

const labelOf = (field: Field): string | undefined =>
  'label' in field && typeof field.label === 'string' ? field.label : 'name' in field ? field.name : undefined

const recordOf = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {}

/** Locales in the contract's order (Deutsch first); an unknown code last. */
const localeOrder = (code: string) => {
  const index = localeCodes.findIndex((each) => each === code)
  return index === -1 ? localeCodes.length : index
}

type Walk = { prefix: string; labels: string[]; localized: boolean }

/**
 * The fields that differ between `published` (null: never published) and `pending`, read with `locale: 'all'` so that
 * a localized field holds one value per locale: every locale that differs is a row of its own. Groups, rows,
 * collapsibles and tabs are followed; the review's bookkeeping is left out.
 */
export function compareEntries(fields: Field[], published: object | null, pending: object): ChangedField[] {
  const changes: ChangedField[] = []
  const visit = (list: Field[], before: Record<string, unknown>, after: Record<string, unknown>, at: Walk) => {
    for (const field of list) {
      if (field.type === 'ui') continue
      if (field.type === 'row' || field.type === 'collapsible') {
        visit(field.fields, before, after, at)
        continue
      }
      if (field.type === 'tabs') {
        for (const tab of field.tabs) {
          if ('name' in tab && tab.name) {
            const label = typeof tab.label === 'string' ? tab.label : tab.name
            visit(tab.fields, recordOf(before[tab.name]), recordOf(after[tab.name]), {
              prefix: `${at.prefix}${tab.name}.`,
              labels: [...at.labels, label],
              localized: at.localized || tab.localized === true,
            })
          } else visit(tab.fields, before, after, at)
        }
        continue
      }
      if (!('name' in field) || bookkeeping.has(field.name) || field.name.startsWith('_')) continue
      // Hidden from the form (e.g. the translation ledger): internal, not what an editor compares.
      if (field.admin?.hidden === true) continue
      const path = `${at.prefix}${field.name}`
      const labels = [...at.labels, labelOf(field) ?? field.name]
      const localized = at.localized || ('localized' in field && field.localized === true)
      if (field.type === 'group') {
        visit(field.fields, recordOf(before[field.name]), recordOf(after[field.name]), {
          prefix: `${path}.`,
          labels,
          localized,
        })
        continue
      }
      const compare = (was: unknown, is: unknown, language?: string) => {
        const beforeText = asText(field, was)
        const afterText = asText(field, is)
        if (beforeText !== afterText)
          changes.push({ path, label: labels.join(' › '), language, before: beforeText, after: afterText })
      }
      if (localized) {
        const wasByLocale = recordOf(before[field.name])
        const isByLocale = recordOf(after[field.name])
        const codes = [...new Set([...Object.keys(wasByLocale), ...Object.keys(isByLocale)])].sort(
          (a, b) => localeOrder(a) - localeOrder(b),
        )
        for (const code of codes) compare(wasByLocale[code], isByLocale[code], localeName(code))
      } else compare(before[field.name], after[field.name])
    }
  }
  visit(fields, recordOf(published), recordOf(pending), { prefix: '', labels: [], localized: false })
  return changes
}
