import type { Payload } from 'payload'

import { sourceLocale, translationStates, type LocaleCode, type TranslationState } from '@ki/contract'

import { translationStateOf, type FieldTexts, type TranslationLedger } from '../../fields/translationStatus'
import { wordDiff, type DiffPart } from './wordDiff'

/** The collections whose entries carry the translation ledger, with their German names. */
export const translatedCollections = {
  pages: 'Seiten',
  events: 'Veranstaltungen',
  organisations: 'Organisationen',
  documents: 'Dokumente',
  topics: 'Themen',
  contacts: 'Kontakte',
  indicators: 'Indikatoren',
} as const
export type TranslatedCollection = keyof typeof translatedCollections

export const stateLabels: Record<TranslationState, string> = {
  missing: 'fehlt',
  outdated: 'veraltet',
  partial: 'teilweise übersetzt',
  current: 'aktuell',
}

/** The change in one field's German text since the translation was made. */
export type FieldChange = { field: string; parts: DiffPart[] }

export type WorklistEntry = {
  collection: TranslatedCollection
  id: number
  title: string
  state: TranslationState
  /** When the translation was last saved (missing: never). */
  savedAt: string | null
  /** Outdated entries: the German changes per field; partial ones: the fields still empty. */
  changes: FieldChange[]
  untranslated: string[]
}

export type WorklistQuery = {
  locale: LocaleCode
  states: TranslationState[]
  collections: TranslatedCollection[]
  sort: 'state' | 'title' | 'savedAt'
}

/** Entries read per collection; the view says so when a collection has more. */
export const PER_COLLECTION = 500

/** Per field whose German text differs between what the translation was made from and today. */
export function germanChanges(before: FieldTexts | undefined, now: FieldTexts | undefined): FieldChange[] {
  if (!before || !now) return []
  const fields = [...new Set([...Object.keys(before), ...Object.keys(now)])]
  return fields
    .filter((field) => (before[field] ?? '') !== (now[field] ?? ''))
    .map((field) => ({ field, parts: wordDiff(before[field] ?? '', now[field] ?? '') }))
}

const stateOrder = Object.fromEntries(translationStates.map((state, index) => [state, index]))
// Most work first: missing, outdated, partial, current.
const workOrder: Record<TranslationState, number> = { missing: 0, outdated: 1, partial: 2, current: 3 }

/** The worklist of one locale: every entry of the chosen collections in the chosen states. */
export async function worklist(
  payload: Payload,
  { locale, states, collections, sort }: WorklistQuery,
): Promise<{ entries: WorklistEntry[]; cutOff: Partial<Record<TranslatedCollection, number>> }> {
  const cutOff: Partial<Record<TranslatedCollection, number>> = {}
  const lists = await Promise.all(
    collections.map(async (collection) => {
      const titleField = payload.collections[collection].config.admin.useAsTitle ?? 'id'
      const result = await payload.find({
        collection,
        locale: sourceLocale,
        depth: 0,
        draft: false,
        limit: PER_COLLECTION,
        sort: titleField,
        overrideAccess: true,
      })
      if (result.totalDocs > result.docs.length) cutOff[collection] = result.totalDocs - result.docs.length
      return result.docs.map((doc): WorklistEntry => {
        const ledger = (doc as { translationLedger?: TranslationLedger }).translationLedger
        const entry = ledger?.locales?.[locale]
        const state = translationStateOf(ledger, locale)
        const title: unknown = Object.entries(doc).find(([name]) => name === titleField)?.[1]
        return {
          collection,
          id: doc.id,
          title: typeof title === 'string' && title !== '' ? title : `#${doc.id}`,
          state,
          savedAt: entry?.savedAt ?? null,
          changes: state === 'outdated' ? germanChanges(entry?.sourceText, ledger?.sourceText) : [],
          untranslated: state === 'partial' ? (entry?.untranslated ?? []) : [],
        }
      })
    }),
  )
  const entries = lists.flat().filter((entry) => states.includes(entry.state))
  const byTitle = (a: WorklistEntry, b: WorklistEntry) => a.title.localeCompare(b.title, 'de')
  const compare = {
    state: (a: WorklistEntry, b: WorklistEntry) => workOrder[a.state] - workOrder[b.state] || byTitle(a, b),
    title: byTitle,
    savedAt: (a: WorklistEntry, b: WorklistEntry) =>
      (a.savedAt ?? '').localeCompare(b.savedAt ?? '') || stateOrder[a.state] - stateOrder[b.state],
  }[sort]
  return { entries: entries.sort(compare), cutOff }
}
