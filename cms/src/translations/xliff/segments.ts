import { createHash } from 'node:crypto'

import { flattenTopLevelFields, type Block, type Field } from 'payload'

import { reviewFields } from '../../fields/translationStatus'
import { isRichText, nodeAt, replaceNodeAt, richSegments, type LexicalNode } from './richText'

/** A document's values by field name, as the Local API reads them. */
export type DocumentData = Record<string, unknown>

/**
 * One piece a translator translates: a text field, or one text block (paragraph, heading, list item …) of a rich-text
 * field, possibly inside the rows of a localized blocks or array field.
 */
export type Segment = {
  /** The unit id: the value path (`layout.2.content`), and for rich text `:` and the node path (`:3.1`). */
  id: string
  /** The localized field of the collection the segment belongs to (the first part of the value path). */
  field: string
  valuePath: (string | number)[]
  nodePath?: number[]
  /** German for translators: where the text stands (`Inhalt › 1. Text › Text › Absatz 3`). */
  label: string
  source: SegmentValue
}

/** A text field's text, or a text block of rich text. */
export type SegmentValue = string | LexicalNode

/**
 * Fields never sent to translators: the slug follows the translated title by itself (fields/slug.ts); who checked a
 * language's text is recorded by a person in the CMS, never by an import (fields/translationStatus.ts).
 */
const followsOtherFields = new Set(['slug', ...reviewFields])

/** Payload's own fields of every block row: its id, the editor's internal block name and the block type. */
const rowBookkeeping = new Set(['id', 'blockName', 'blockType'])

/** A field as the walk sees it: rows and collapsibles flattened away, only fields that hold data by a name. */
type FlatField = ReturnType<typeof flattenTopLevelFields<Field>>[number] & { name: string }

const namedFields = (fields: Field[]): FlatField[] =>
  flattenTopLevelFields(fields).filter((field): field is FlatField => 'name' in field && typeof field.name === 'string')

function labelOf(field: FlatField): string {
  const label = 'label' in field ? field.label : undefined
  if (typeof label === 'string') return label
  return field.name
}

/** The localized fields of a collection that translators translate. */
export function translatableFields(fields: Field[]): FlatField[] {
  return namedFields(fields).filter(
    (field) => 'localized' in field && field.localized && !followsOtherFields.has(field.name),
  )
}

function blockOf(blocks: Block[], row: DocumentData): Block | undefined {
  return blocks.find((block) => block.slug === row.blockType)
}

const isData = (value: unknown): value is DocumentData =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function collectValue(
  field: FlatField,
  value: unknown,
  path: (string | number)[],
  label: string,
  out: Segment[],
): void {
  const top = String(path[0])
  const key = path.join('.')
  switch (field.type) {
    case 'text':
    case 'textarea':
      if (typeof value === 'string' && value.trim() !== '')
        out.push({ id: key, field: top, valuePath: path, label, source: value })
      return
    case 'richText':
      if (!isRichText(value)) return
      for (const { nodePath, node } of richSegments(value))
        out.push({
          id: `${key}:${nodePath.join('.')}`,
          field: top,
          valuePath: path,
          nodePath,
          label: `${label} › ${blockLabel(node)} ${nodePath.map((index) => index + 1).join('.')}`,
          source: node,
        })
      return
    case 'group':
      if (isData(value)) collectFields(field.fields, value, path, label, out)
      return
    case 'array':
      if (Array.isArray(value))
        value.forEach((row, index) => {
          if (isData(row)) collectFields(field.fields, row, [...path, index], `${label} › ${index + 1}.`, out)
        })
      return
    case 'blocks':
      if (Array.isArray(value))
        value.forEach((row, index) => {
          const block = isData(row) ? blockOf(field.blocks, row) : undefined
          if (block && isData(row))
            collectFields(block.fields, row, [...path, index], `${label} › ${index + 1}. ${blockName(block)}`, out)
        })
      return
    default:
      return
  }
}

function blockName(block: Block): string {
  const singular = block.labels?.singular
  return typeof singular === 'string' ? singular : block.slug
}

function blockLabel(node: LexicalNode): string {
  if (node.type === 'heading') return 'Überschrift'
  if (node.type === 'listitem') return 'Listenpunkt'
  if (node.type === 'quote') return 'Zitat'
  return 'Absatz'
}

function collectFields(fields: Field[], data: DocumentData, path: (string | number)[], label: string, out: Segment[]) {
  for (const field of namedFields(fields))
    if (!rowBookkeeping.has(field.name))
      collectValue(field, data[field.name], [...path, field.name], `${label} › ${labelOf(field)}`, out)
}

/** The segments of a document's translatable fields, in the order of the form. */
export function segmentsOf(fields: Field[], data: DocumentData): Segment[] {
  const out: Segment[] = []
  for (const field of translatableFields(fields))
    collectValue(field, data[field.name], [field.name], labelOf(field), out)
  return out
}

/**
 * A value's content without what a save changes by itself (row ids, key order, empty values), so that equal text
 * has equal hashes.
 */
function canonical(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return undefined
  if (Array.isArray(value)) return value.map((item) => canonical(item) ?? null)
  if (isData(value)) {
    const entries = Object.keys(value)
      .filter((key) => key !== 'id')
      .sort()
      .map((key) => [key, canonical(value[key])] as const)
      .filter(([, item]) => item !== undefined)
    return Object.fromEntries(entries)
  }
  return value
}

/** The hash a unit carries of its German source (and of the translation it had at export). */
export function segmentHash(value: SegmentValue): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical(value) ?? null))
    .digest('hex')
    .slice(0, 16)
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  let value = data
  for (const key of path) {
    if (Array.isArray(value) && typeof key === 'number') value = value[key]
    else if (isData(value) && typeof key === 'string') value = value[key]
    else return undefined
  }
  return value
}

/** What a document holds at a segment's place, if it holds a text there of the segment's kind. */
export function segmentValueIn(data: DocumentData, segment: Segment): SegmentValue | undefined {
  const value = valueAt(data, segment.valuePath)
  if (!segment.nodePath) return typeof value === 'string' && value.trim() !== '' ? value : undefined
  if (!isRichText(value) || typeof segment.source === 'string') return undefined
  const node = nodeAt(value, segment.nodePath)
  return node && node.type === segment.source.type && Array.isArray(node.children) ? node : undefined
}

/** A copy without the ids of array and block rows: a new locale's rows get their own ids. */
function withoutRowIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutRowIds)
  if (!isData(value)) return value
  if (isRichText(value)) return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'id')
      .map(([key, item]) => [key, withoutRowIds(item)]),
  )
}

/**
 * The translated value of one localized field: the German value with each segment replaced by its translation
 * (segments without one keep the German text, so the structure — images, lists, block settings — is the source's).
 */
export function translatedField(
  german: unknown,
  segments: Segment[],
  translationOf: (segment: Segment) => SegmentValue | undefined,
): unknown {
  let result = withoutRowIds(structuredClone(german))
  for (const segment of segments) {
    const translation = translationOf(segment)
    if (translation === undefined) continue
    const inner = segment.valuePath.slice(1)
    if (!segment.nodePath) {
      if (inner.length === 0) result = translation
      else setValueAt(result, inner, translation)
      continue
    }
    const rich = inner.length === 0 ? result : valueAt(result, inner)
    if (!isRichText(rich) || typeof translation === 'string')
      throw new Error(`Segment ${segment.id}: no rich text to translate.`)
    replaceNodeAt(rich, segment.nodePath, translation)
  }
  return result
}

function setValueAt(data: unknown, path: (string | number)[], value: unknown): void {
  const parent = valueAt(data, path.slice(0, -1))
  const key = path[path.length - 1]
  if (Array.isArray(parent) && typeof key === 'number') parent[key] = value
  else if (isData(parent) && typeof key === 'string') parent[key] = value
  else throw new Error(`No place ${path.join('.')} to set.`)
}
