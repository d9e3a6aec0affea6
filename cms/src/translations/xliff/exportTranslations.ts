import type { PayloadRequest } from 'payload'

import { sourceLocale, type LocaleCode } from '@ki/contract'

import { entryState, germanEntries, translatedCollections, type EntryState } from './entries'
import { toInline, type Inline, type InlineContent } from './richText'
import { segmentHash, type Segment, type SegmentValue } from './segments'
import { writeXliff, type XliffFile, type XliffUnit } from './xliffDocument'

export type ExportStatus = 'missing' | 'outdated'

/** What an editor asks for: a target locale and a selection of entries. */
export type ExportSelection = {
  locale: LocaleCode
  /** Collection slugs; all translated collections when empty. */
  collections?: string[]
  /** A field of work (Handlungsfeld) id: entries filed under it (and the field of work itself). */
  topic?: string
  /** Entries whose translation is missing or outdated; both when empty. Ignored for hand-picked entries. */
  status?: ExportStatus[]
  /** Hand-picked entries: everything of them goes out, whatever its state. */
  entries?: { collection: string; id: string }[]
}

export type ExportResult = { xml: string | undefined; files: number; units: number; exportedAt: string }

/** A segment's value as XLIFF inline content: text as it is, a text block as its inline codes. */
export function contentOf(value: SegmentValue): InlineContent {
  return typeof value === 'string'
    ? { inline: [{ kind: 'text', text: value }], originalData: new Map() }
    : toInline(value)
}

/**
 * A translation's inline content with its codes renumbered to the source's: each code takes the id of the source
 * code with the same original data. Undefined when the translation has a code the source lacks (then the translator
 * gets no pre-filled target for it).
 */
function alignedToSource(target: InlineContent, source: InlineContent): InlineContent | undefined {
  const free = new Map([...source.originalData].map(([id, node]) => [id, JSON.stringify(node)]))
  const renumber = (inline: Inline[]): Inline[] | undefined => {
    const result: Inline[] = []
    for (const item of inline) {
      if (item.kind === 'text') {
        result.push(item)
        continue
      }
      const data = JSON.stringify(target.originalData.get(item.dataRef))
      const match = [...free].find(([, json]) => json === data)?.[0]
      if (!match) return undefined
      free.delete(match)
      const id = match.slice(1)
      if (item.kind === 'ph') result.push({ ...item, id, dataRef: match })
      else {
        const children = renumber(item.children)
        if (!children) return undefined
        result.push({ ...item, id, dataRef: match, children })
      }
    }
    return result
  }
  const inline = renumber(target.inline)
  return inline ? { inline, originalData: source.originalData } : undefined
}

function unitOf(segment: Segment, translation: SegmentValue | undefined): XliffUnit {
  const source = contentOf(segment.source)
  const target = translation === undefined ? undefined : alignedToSource(contentOf(translation), source)
  return {
    id: segment.id,
    name: segment.label,
    sourceHash: segmentHash(segment.source),
    targetHash: translation === undefined ? '' : segmentHash(translation),
    source,
    ...(target ? { target } : {}),
  }
}

/** Only what needs translating: segments without a translation of today's German, or all of a picked entry. */
function needsTranslation(state: EntryState, segment: Segment, picked: boolean): boolean {
  if (picked) return true
  if (!state.existing.has(segment.id)) return true
  return state.status === 'outdated' && !state.historyKnown
}

/** The XLIFF 2.0 file for a selection; `xml` is undefined when nothing in it needs translating. */
export async function exportTranslations(req: PayloadRequest, selection: ExportSelection): Promise<ExportResult> {
  const statuses = selection.status?.length ? selection.status : ['missing', 'outdated']
  const picked = selection.entries?.length ? selection.entries : undefined
  const collections = translatedCollections(req).filter(
    (collection) =>
      (!selection.collections?.length || selection.collections.includes(collection.slug)) &&
      (!picked || picked.some((entry) => entry.collection === collection.slug)),
  )
  const files: XliffFile[] = []
  for (const collection of collections) {
    const ids = picked?.filter((entry) => entry.collection === collection.slug).map((entry) => entry.id)
    const docs = await germanEntries(req, collection, { topic: selection.topic, ids })
    for (const german of docs ?? []) {
      const state = await entryState(req, collection, german, selection.locale)
      if (!picked && !statuses.includes(state.status)) continue
      const units = state.segments
        .filter((segment) => needsTranslation(state, segment, Boolean(picked)))
        .map((segment) => unitOf(segment, state.existing.get(segment.id)))
      if (units.length > 0) files.push({ collection: collection.slug, entry: state.id, title: state.title, units })
    }
  }
  const exportedAt = new Date().toISOString()
  const units = files.reduce((sum, file) => sum + file.units.length, 0)
  const xml =
    files.length === 0 ? undefined : writeXliff({ sourceLocale, targetLocale: selection.locale, exportedAt, files })
  return { xml, files: files.length, units, exportedAt }
}
