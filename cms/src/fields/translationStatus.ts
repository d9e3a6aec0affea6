import { createHash } from 'node:crypto'

import {
  flattenTopLevelFields,
  type CollectionBeforeChangeHook,
  type Field,
  type FieldHook,
  type TypeWithID,
} from 'payload'

import { sourceLocale, translationLocales, type LocaleCode, type TranslationState } from '@ki/contract'

/** What the CMS remembers: a hash of the German source, and for each translation the source hash it was made from. */
export type TranslationLedger = {
  source?: string
  locales?: Partial<Record<LocaleCode, { source: string; savedAt: string }>>
}

/**
 * A document of a translated collection as these hooks see it: they read its localized fields by name (whichever the
 * collection has), and the ledger, a JSON field whose shape only this module knows.
 */
type TranslatedDocument = TypeWithID & Record<string, unknown> & { translationLedger?: unknown }

/** Names of the localized fields that hold data, including those inside rows and collapsibles. */
function localizedFieldNames(fields: Field[]): string[] {
  return flattenTopLevelFields(fields).flatMap((field) =>
    'localized' in field && field.localized && field.name ? [field.name] : [],
  )
}

/**
 * The content of a value without what a save changes by itself: empty values (a field never filled reads
 * back as null or []), row ids and the order of object keys. Only a real edit changes the result.
 */
function canonical(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return undefined
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.map((item) => canonical(item) ?? null)
  if (typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.keys(value as Record<string, unknown>)
      .filter((key) => key !== 'id')
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])] as const)
      .filter(([, item]) => item !== undefined)
    return entries.length === 0 ? undefined : Object.fromEntries(entries)
  }
  return value
}

function hashOf(values: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical(values) ?? null))
    .digest('hex')
    .slice(0, 16)
}

/** The status of every translation locale, derived from the ledger. */
export function translationStatusFrom(ledger: TranslationLedger | null | undefined): Record<string, TranslationState> {
  const status: Record<string, TranslationState> = {}
  for (const locale of translationLocales) {
    const entry = ledger?.locales?.[locale]
    status[locale] = !entry ? 'missing' : entry.source === ledger?.source ? 'current' : 'outdated'
  }
  return status
}

/**
 * Records, on every save, what changed: a German save updates the source hash (so translations made from
 * an older source become "outdated"); a save in another locale records the source it was translated from.
 */
export const trackTranslations: CollectionBeforeChangeHook<TranslatedDocument> = ({
  data,
  originalDoc,
  req,
  collection,
}) => {
  const names = localizedFieldNames(collection.fields)
  const locale = req.locale && req.locale !== 'all' ? req.locale : sourceLocale
  const ledger: TranslationLedger = structuredClone(
    (originalDoc?.translationLedger as TranslationLedger | undefined) ?? {},
  )
  ledger.locales ??= {}
  if (locale === sourceLocale) {
    const values = Object.fromEntries(names.map((name) => [name, name in data ? data[name] : originalDoc?.[name]]))
    ledger.source = hashOf(values)
  } else {
    ledger.locales[locale] = { source: ledger.source ?? '', savedAt: new Date().toISOString() }
  }
  return { ...data, translationLedger: ledger }
}

const computeStatus: FieldHook<TranslatedDocument, Record<string, TranslationState>, TranslatedDocument> = ({
  siblingData,
}) => translationStatusFrom(siblingData.translationLedger as TranslationLedger | undefined)

/** Fields every translated collection carries; pair with the `trackTranslations` hook. */
export const translationFields: Field[] = [
  {
    name: 'translationLedger',
    type: 'json',
    label: 'Übersetzungsprotokoll (intern)',
    admin: { hidden: true },
  },
  {
    name: 'translationStatus',
    type: 'json',
    virtual: true,
    label: 'Stand der Übersetzungen',
    admin: {
      readOnly: true,
      position: 'sidebar',
      components: { Field: '/components/TranslationStatus#TranslationStatus' },
    },
    hooks: { afterRead: [computeStatus] },
  },
]
