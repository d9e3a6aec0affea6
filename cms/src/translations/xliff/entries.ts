import type { PayloadRequest, SanitizedCollectionConfig, Where } from 'payload'

import { sourceLocale, type LocaleCode, type TranslationState } from '@ki/contract'

import { translationStatusFrom, type TranslationLedger } from '../../fields/translationStatus'
import { segmentHash, segmentsOf, segmentValueIn, type DocumentData, type Segment, type SegmentValue } from './segments'

/** A translated collection: one that keeps the translation ledger (fields/translationStatus.ts). */
export function translatedCollections(req: PayloadRequest): SanitizedCollectionConfig[] {
  return req.payload.config.collections.filter((collection) =>
    collection.flattenedFields.some((field) => field.name === 'translationLedger'),
  )
}

export function collectionLabel(collection: SanitizedCollectionConfig): string {
  const plural = collection.labels.plural
  return typeof plural === 'string' ? plural : collection.slug
}

/** The field that files an entry under a field of work (Handlungsfeld), if the collection has one. */
function topicWhere(collection: SanitizedCollectionConfig, topic: string): Where | undefined {
  if (collection.slug === 'topics') return { id: { equals: topic } }
  const field = collection.flattenedFields.find(
    (candidate) => candidate.type === 'relationship' && candidate.relationTo === 'topics',
  )
  return field ? { [field.name]: { equals: topic } } : undefined
}

const asData = (doc: object): DocumentData => Object.fromEntries(Object.entries(doc))

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function ledgerOf(value: unknown): TranslationLedger {
  if (!isRecord(value)) return {}
  const locales: TranslationLedger['locales'] = {}
  if (isRecord(value.locales))
    for (const [code, entry] of Object.entries(value.locales))
      if (isRecord(entry) && typeof entry.source === 'string')
        Object.assign(locales, {
          [code]: { source: entry.source, savedAt: typeof entry.savedAt === 'string' ? entry.savedAt : '' },
        })
  return { source: typeof value.source === 'string' ? value.source : undefined, locales }
}

/** The newest German of every entry (drafts included) in a collection, optionally of one field of work or ids. */
export async function germanEntries(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  { topic, ids }: { topic?: string; ids?: string[] },
): Promise<DocumentData[] | undefined> {
  const conditions: Where[] = []
  if (topic) {
    const where = topicWhere(collection, topic)
    if (!where) return undefined
    conditions.push(where)
  }
  if (ids) conditions.push({ id: { in: ids } })
  const result = await req.payload.find({
    collection: collection.slug,
    locale: sourceLocale,
    fallbackLocale: false,
    draft: true,
    depth: 0,
    pagination: false,
    where: conditions.length > 0 ? { and: conditions } : {},
    req,
    overrideAccess: false,
  })
  return result.docs.map(asData)
}

/** One entry's translation into one locale, as export and import both see it. */
export type EntryState = {
  collection: SanitizedCollectionConfig
  id: string
  title: string
  german: DocumentData
  status: TranslationState
  segments: Segment[]
  /** The translation each segment has today (by segment id), matched to the German text it was made from. */
  existing: Map<string, SegmentValue>
  /** False when the German the translation was made from is unknown (no version with its hash is kept). */
  historyKnown: boolean
  /** The newest version is a draft: a translation goes in as a draft, for the editors to publish with it. */
  pendingDraft: boolean
}

/** The German an entry's translation was made from, from the version history; undefined when not kept. */
async function germanTranslatedFrom(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  id: string,
  source: string,
): Promise<DocumentData | undefined> {
  if (!collection.versions) return undefined
  const versions = await req.payload.findVersions({
    collection: collection.slug,
    where: { parent: { equals: id } },
    locale: sourceLocale,
    fallbackLocale: false,
    depth: 0,
    limit: collection.versions.maxPerDoc || 100,
    sort: '-updatedAt',
    req,
    overrideAccess: false,
  })
  const match = versions.docs.find((doc) => ledgerOf(asData(doc.version).translationLedger).source === source)
  return match ? asData(match.version) : undefined
}

export async function entryState(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  german: DocumentData,
  locale: LocaleCode,
): Promise<EntryState> {
  const id = String(german.id)
  const ledger = ledgerOf(german.translationLedger)
  const status = translationStatusFrom(ledger)[locale] ?? 'missing'
  const segments = segmentsOf(collection.fields, german)
  const targetDoc = await req.payload.findByID({
    collection: collection.slug,
    id,
    locale,
    fallbackLocale: false,
    draft: true,
    depth: 0,
    req,
    overrideAccess: false,
  })
  const target = asData(targetDoc)
  const madeFrom = ledger.locales?.[locale]?.source
  let translatedFrom: Segment[] = segments
  let historyKnown = status !== 'outdated'
  if (status === 'missing') translatedFrom = []
  if (status === 'outdated' && madeFrom) {
    const old = await germanTranslatedFrom(req, collection, id, madeFrom)
    if (old) {
      translatedFrom = segmentsOf(collection.fields, old)
      historyKnown = true
    }
  }
  // A translation is matched to the German it translates by that German's hash, so a moved or inserted paragraph
  // does not shift the translations; a "translation" equal to the German text is none.
  const byGermanHash = new Map<string, SegmentValue>()
  for (const segment of translatedFrom) {
    const value = segmentValueIn(target, segment)
    if (value !== undefined && segmentHash(value) !== segmentHash(segment.source))
      byGermanHash.set(segmentHash(segment.source), value)
  }
  const existing = new Map<string, SegmentValue>()
  for (const segment of segments) {
    const value = byGermanHash.get(segmentHash(segment.source))
    if (value !== undefined) existing.set(segment.id, value)
  }
  const title = german[collection.admin.useAsTitle ?? 'id']
  return {
    collection,
    id,
    title: typeof title === 'string' ? title : `${collectionLabel(collection)} ${id}`,
    german,
    status,
    segments,
    existing,
    historyKnown,
    pendingDraft: german._status === 'draft',
  }
}
