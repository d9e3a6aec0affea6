import { createHash } from 'node:crypto'

import {
  flattenTopLevelFields,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type Field,
  type FieldHook,
  type TypeWithID,
  type Validate,
  ValidationError,
} from 'payload'

import { localeCodes, sourceLocale, translationLocales, type LocaleCode, type TranslationState } from '@ki/contract'

/** Plain text per localized field (name → text); only fields that have text are listed. */
export type FieldTexts = Record<string, string>

/** What a translation was made from. `source`, `savedAt`: since the start; `sourceText`, `untranslated`: since issue 14. */
export type TranslationLedgerEntry = {
  /** The hash of the German source this translation was made from. */
  source: string
  savedAt: string
  /** The German text this translation was made from, per field: what the translator saw. */
  sourceText?: FieldTexts
  /** Localized fields with German text that this translation leaves empty: "teilweise übersetzt" while not empty. */
  untranslated?: string[]
  /** The hash of this locale's own text when a person checked it (see `languageReviewedBy`): a later change undoes it. */
  reviewedText?: string
}

/** What the CMS remembers: a hash (and the text) of the published German source, and per translation its entry. */
export type TranslationLedger = {
  source?: string
  sourceText?: FieldTexts
  locales?: Partial<Record<LocaleCode, TranslationLedgerEntry>>
}

/**
 * A document of a translated collection as these hooks see it: they read its localized fields by name (whichever the
 * collection has), and the ledger, a JSON field whose shape only this module knows.
 */
type TranslatedDocument = TypeWithID & Record<string, unknown> & { translationLedger?: unknown; _status?: unknown }

/** Names of the localized fields that hold data, including those inside rows and collapsibles. */
function localizedFieldNames(fields: Field[]): string[] {
  return flattenTopLevelFields(fields).flatMap((field) =>
    'localized' in field && field.localized && field.name && !reviewFields.includes(field.name) ? [field.name] : [],
  )
}

/** The localized fields recording who checked a translation or a Leichte Sprache text, and when. */
export const reviewFields = ['languageReviewedBy', 'languageReviewedOn']

type LanguageReview = { reviewedBy: string | null; reviewedOn: string | null }

/** The check as a document (or a save's data) holds it; `fallback` where the save does not name a field. */
function reviewIn(data: Record<string, unknown> | undefined, fallback?: Record<string, unknown>): LanguageReview {
  const pick = (name: string): unknown => (data && name in data ? data[name] : fallback?.[name])
  const by = pick('languageReviewedBy')
  const on = pick('languageReviewedOn')
  return {
    reviewedBy: typeof by === 'string' && by.trim() ? by.trim() : null,
    reviewedOn: typeof on === 'string' && on ? on : on instanceof Date ? on.toISOString() : null,
  }
}

const isComplete = (review: LanguageReview): boolean => Boolean(review.reviewedBy && review.reviewedOn)

/**
 * Whether a translation's check by a person still holds after this save. A check given in this save holds for the
 * text saved with it; one given earlier holds while the text is unchanged: a changed text is not the checked one,
 * so the check is undone (its fields emptied), whoever changed it. A check on a locale without text is refused.
 */
function reviewAfterSave(
  data: Record<string, unknown>,
  original: Record<string, unknown> | undefined,
  previous: TranslationLedgerEntry | undefined,
  ownText: string,
  hasText: boolean,
): { review: LanguageReview; reviewedText?: string } {
  const given = reviewIn(data, original)
  if (!isComplete(given)) return { review: given }
  if (!hasText)
    throw new ValidationError({
      errors: [
        {
          path: 'languageReviewedBy',
          message:
            'In dieser Sprache gibt es noch keinen Text, der geprüft sein könnte. Bitte lassen Sie die Prüfung leer.',
        },
      ],
    })
  const changedNow =
    JSON.stringify(given) !== JSON.stringify(reviewIn(original)) || previous?.reviewedText === undefined
  if (changedNow || previous?.reviewedText === ownText) return { review: given, reviewedText: ownText }
  return { review: { reviewedBy: null, reviewedOn: null } }
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

/** Keys that carry structure, not text: row ids, block types, Lexical's formatting and link targets. */
const structuralKeys = new Set(['id', 'blockType', 'blockName', 'type', 'version', 'format', 'indent', 'direction'])

/**
 * The text a reader sees in a field value: strings, the text of Lexical rich text (paragraph by paragraph) and of
 * the blocks' text fields. Numbers, dates, ids and flags are not text.
 */
export function plainTextOf(value: unknown): string {
  if (typeof value === 'string') return value.trim()
  if (Array.isArray(value)) return joinTexts(value.map(plainTextOf))
  if (!value || typeof value !== 'object') return ''
  const node = value as Record<string, unknown>
  if (node.type === 'text' && typeof node.text === 'string') return node.text
  if (Array.isArray(node.children)) {
    const inline =
      node.type === 'paragraph' || node.type === 'heading' || node.type === 'link' || node.type === 'listitem'
    const parts = node.children.map(plainTextOf)
    return inline ? parts.join('').trim() : joinTexts(parts)
  }
  if ('root' in node) return plainTextOf(node.root)
  return joinTexts(
    Object.entries(node)
      .filter(([key]) => !structuralKeys.has(key) && key !== 'fields')
      .map(([, item]) => plainTextOf(item))
      .concat('fields' in node ? [plainTextOf(node.fields)] : []),
  )
}

function joinTexts(parts: string[]): string {
  return parts.filter((part) => part !== '').join('\n')
}

/** Plain text per localized field, only those with text. */
function textsOf(names: string[], valueOf: (name: string) => unknown): FieldTexts {
  return Object.fromEntries(
    names.map((name) => [name, plainTextOf(valueOf(name))] as const).filter(([, text]) => text !== ''),
  )
}

/** The state of one translation: missing, outdated (German changed since), partial (fields left empty) or current. */
export function translationStateOf(ledger: TranslationLedger | null | undefined, locale: LocaleCode): TranslationState {
  const entry = ledger?.locales?.[locale]
  if (!entry) return 'missing'
  if (entry.source !== ledger?.source) return 'outdated'
  return entry.untranslated && entry.untranslated.length > 0 ? 'partial' : 'current'
}

/** The status of every translation locale, derived from the ledger. */
export function translationStatusFrom(ledger: TranslationLedger | null | undefined): Record<string, TranslationState> {
  return Object.fromEntries(translationLocales.map((locale) => [locale, translationStateOf(ledger, locale)]))
}

function ledgerOf(doc: { translationLedger?: unknown } | null | undefined): TranslationLedger {
  return structuredClone((doc?.translationLedger as TranslationLedger | undefined) ?? {})
}

function asLocale(code: string | null | undefined): LocaleCode {
  return localeCodes.find((each) => each === code) ?? sourceLocale
}

function localeOf(req: { locale?: string | null }): LocaleCode {
  return asLocale(req.locale)
}

/**
 * Records, on every save, what changed. A published German save updates the source hash and text (translations
 * made from an older source become "outdated"); a German draft changes nothing yet: the translations still match
 * the published German text (Integreat #4284/#4563: a draft save or a move marked them outdated). A save in another
 * locale records the source it was translated from and which fields with German text it leaves empty.
 */
export const trackTranslations: CollectionBeforeChangeHook<TranslatedDocument> = ({
  data,
  originalDoc,
  req,
  collection,
}) => {
  const names = localizedFieldNames(collection.fields)
  const locale = localeOf(req)
  const ledger = ledgerOf(originalDoc)
  ledger.locales ??= {}
  const valueOf = (name: string) => (name in data ? data[name] : originalDoc?.[name])
  if (locale === sourceLocale) {
    if (data._status === 'draft') return { ...data, translationLedger: ledgerOf(originalDoc) }
    ledger.source = hashOf(Object.fromEntries(names.map((name) => [name, valueOf(name)])))
    ledger.sourceText = textsOf(names, valueOf)
  } else {
    const sourceText = ledger.sourceText
    const ownValues = Object.fromEntries(names.map((name) => [name, valueOf(name)]))
    const { review, reviewedText } = reviewAfterSave(
      data,
      originalDoc,
      ledger.locales[locale],
      hashOf(ownValues),
      Object.keys(textsOf(names, valueOf)).length > 0,
    )
    ledger.locales[locale] = {
      source: ledger.source ?? '',
      savedAt: new Date().toISOString(),
      ...(sourceText && {
        sourceText,
        untranslated: Object.keys(sourceText).filter((name) => plainTextOf(valueOf(name)) === ''),
      }),
      ...(reviewedText && { reviewedText }),
    }
    return {
      ...data,
      languageReviewedBy: review.reviewedBy,
      languageReviewedOn: review.reviewedOn,
      translationLedger: ledger,
    }
  }
  return { ...data, translationLedger: ledger }
}

/** The collections whose translations are published locale by locale. */
type LocalePublishing = 'documents' | 'events' | 'organisations' | 'pages'

type PublishedLedgers = { localePublish?: { locale: LocaleCode; ledger: TranslationLedger } }

/**
 * Publishing one locale (`publishSpecificLocale`, see access/editorial.ts) keeps the published version's
 * non-localized fields, the ledger among them, so the new translation would read as missing on the site.
 * Before the save: remember the published ledger; after it (publishLedgerOfLocale): add this locale's entry.
 */
export const rememberPublishedLedger: CollectionBeforeOperationHook<LocalePublishing> = async ({
  args,
  operation,
  req,
  collection,
}) => {
  if (operation !== 'update' || !('id' in args) || typeof args.publishSpecificLocale !== 'string') return args
  const published = await req.payload.db.findOne<TranslatedDocument>({
    collection: collection.slug,
    where: { id: { equals: args.id } },
    req,
  })
  const context: PublishedLedgers = {
    localePublish: { locale: asLocale(args.publishSpecificLocale), ledger: ledgerOf(published) },
  }
  Object.assign(req.context, context)
  return args
}

export const publishLedgerOfLocale: CollectionAfterChangeHook<TranslatedDocument> = async ({
  doc,
  data,
  req,
  collection,
}) => {
  const { localePublish } = req.context as PublishedLedgers
  if (!localePublish || doc._status !== 'published') return doc
  const { locale, ledger } = localePublish
  const saved = ledgerOf(data)
  const entry = saved.locales?.[locale]
  const translationLedger: TranslationLedger =
    locale === sourceLocale
      ? { ...ledger, source: saved.source, sourceText: saved.sourceText }
      : { ...ledger, locales: { ...ledger.locales, ...(entry && { [locale]: entry }) } }
  const slug: CollectionSlug = collection.slug
  await req.payload.db.updateOne({ collection: slug, id: doc.id, data: { translationLedger }, req, returning: false })
  return { ...doc, translationLedger, translationStatus: translationStatusFrom(translationLedger) }
}

const computeStatus: FieldHook<TranslatedDocument, Record<string, TranslationState>, TranslatedDocument> = ({
  siblingData,
}) => translationStatusFrom(siblingData.translationLedger as TranslationLedger | undefined)

type ReviewSiblings = { languageReviewedBy?: string | null; languageReviewedOn?: unknown }

const reviewedOnValid: Validate<Date | string | null | undefined, unknown, ReviewSiblings> = (
  value,
  { siblingData },
) => {
  if (!value) return siblingData.languageReviewedBy?.trim() ? 'Bitte geben Sie an, wann der Text geprüft wurde.' : true
  if (new Date(value).getTime() > Date.now()) return 'Das Datum der Prüfung darf nicht in der Zukunft liegen.'
  return true
}

const reviewedByValid: Validate<string | null | undefined, unknown, ReviewSiblings> = (value, { siblingData }) =>
  !value?.trim() && siblingData.languageReviewedOn
    ? 'Bitte geben Sie an, wer den Text geprüft hat (bei Leichter Sprache: die Prüfgruppe).'
    : true

/**
 * Who checked the text in this language, and when: for Leichte Sprache the Prüfgruppe (readers with learning
 * difficulties), for other languages a native speaker. Empty means not yet checked, and the site says so. Set only
 * by a person; a later change of the text undoes it (trackTranslations).
 */
const languageReviewFields: Field[] = [
  // Two top-level fields: in a named group or an unnamed collapsible, Payload 3.90's admin rendered them not at all
  // (an empty box under the label; cf. payloadcms/payload#17812).
  {
    name: 'languageReviewedBy',
    type: 'text',
    localized: true,
    label: 'Sprachliche Prüfung: Prüfgruppe bzw. Prüfer*in',
    maxLength: 200,
    validate: reviewedByValid,
    admin: {
      position: 'sidebar',
      description:
        'Für Leichte Sprache: die Prüfgruppe; sie steht mit dem Datum auf der Website. Für andere Sprachen: wer die ' +
        'Übersetzung als Muttersprachler*in geprüft hat (der Name wird nicht veröffentlicht). Leer heißt: noch nicht ' +
        'geprüft, und die Website sagt das. Ändert sich der Text danach, wird die Prüfung zurückgesetzt. Für den ' +
        'deutschen Text ohne Bedeutung.',
    },
  },
  {
    name: 'languageReviewedOn',
    type: 'date',
    localized: true,
    label: 'Sprachliche Prüfung: Datum',
    validate: reviewedOnValid,
    admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
  },
]

/** Fields every translated collection carries; pair with the `trackTranslations` hook. */
export const translationFields: Field[] = [
  ...languageReviewFields,

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
      components: {
        Field: '/components/TranslationStatus#TranslationStatus',
        Cell: '/components/TranslationStatus#TranslationStatusCell',
      },
    },
    hooks: { afterRead: [computeStatus] },
  },
]
