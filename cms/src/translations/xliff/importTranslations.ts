import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type PayloadRequest,
  type SanitizedCollectionConfig,
} from 'payload'

import { sourceLocale, translationLocales, type LocaleCode } from '@ki/contract'

import { localeName } from '../../admin/localeNames'
import { collectionLabel, entryState, translatedCollections, type EntryState } from './entries'
import { contentOf } from './exportTranslations'
import { fromInline, UnitContentError, type Inline } from './richText'
import { segmentHash, translatableFields, translatedField, type Segment, type SegmentValue } from './segments'
import { fileId, readXliff, XliffFormatError, type ReadFile, type ReadUnit } from './xliffDocument'

export type UnitStatus = 'applied' | 'unchanged' | 'conflict' | 'error'

/** One line of the import report: a unit, what happens (or happened) to it, and why, in German. */
export type UnitReport = {
  /** `<file id>/<unit id>`, as it stands in the XLIFF file. */
  unit: string
  entry: string
  place: string
  status: UnitStatus
  message: string
}

export type ImportReport = {
  locale: string
  /** True once the applicable units are saved; a dry run and an import with errors write nothing. */
  written: boolean
  counts: Record<UnitStatus, number>
  /** Errors of the file as a whole (not XLIFF, wrong locale). */
  errors: string[]
  units: UnitReport[]
}

type Planned = UnitReport & { apply?: { state: EntryState; segment: Segment; value: SegmentValue } }

function report(locale: string, written: boolean, errors: string[], units: Planned[]): ImportReport {
  const counts: Record<UnitStatus, number> = { applied: 0, unchanged: 0, conflict: 0, error: 0 }
  for (const unit of units) counts[unit.status] += 1
  return {
    locale,
    written,
    counts,
    errors,
    units: units.map(({ unit, entry, place, status, message }) => ({ unit, entry, place, status, message })),
  }
}

const isTranslationLocale = (code: string | null): code is LocaleCode =>
  translationLocales.some((locale) => locale === code)

/** The translation a unit's target stands for: text for a text field, a text block rebuilt for rich text. */
function translationFrom(segment: Segment, target: Inline[], unit: string): SegmentValue {
  if (typeof segment.source === 'string') {
    return target
      .map((item) => {
        if (item.kind === 'text') return item.text
        throw new UnitContentError(
          `Einheit ${unit}: Das Feld ist einfacher Text; Formatierungscodes sind dort nicht möglich.`,
        )
      })
      .join('')
  }
  const { originalData } = contentOf(segment.source)
  return { ...segment.source, children: fromInline(target, originalData, unit) }
}

function planUnit(state: EntryState, file: ReadFile, unit: ReadUnit): Planned {
  const name = `${file.id}/${unit.id}`
  const base = { unit: name, entry: `${collectionLabel(state.collection)}: ${state.title}`, place: unit.id }
  const error = (message: string): Planned => ({ ...base, status: 'error', message })
  const conflict = (message: string): Planned => ({ ...base, status: 'conflict', message })
  const fieldName = unit.id.split(/[.:]/)[0] ?? ''
  const field = state.collection.flattenedFields.find((candidate) => candidate.name === fieldName)
  if (!field)
    return error(`Einheit ${name}: Das Feld „${fieldName}“ gibt es in ${collectionLabel(state.collection)} nicht.`)
  if (!translatableFields(state.collection.fields).some((candidate) => candidate.name === fieldName))
    return error(`Einheit ${name}: Das Feld „${fieldName}“ wird nicht übersetzt (es ist nicht je Sprache gespeichert).`)
  if (!unit.sourceHash)
    return error(`Einheit ${name}: Die Einheit trägt keinen Hash des deutschen Textes (ki:sourceHash).`)
  if (unit.target === undefined) return { ...base, status: 'unchanged', message: 'Keine Übersetzung in der Datei.' }
  const segment = state.segments.find((candidate) => candidate.id === unit.id)
  if (!segment) return conflict('Diese Stelle gibt es im deutschen Text nicht mehr: Er wurde seit dem Export geändert.')
  const place = { ...base, place: segment.label }
  let value: SegmentValue
  try {
    value = translationFrom(segment, unit.target, name)
  } catch (failure) {
    if (failure instanceof UnitContentError) return { ...place, status: 'error', message: failure.message }
    throw failure
  }
  if (segmentHash(segment.source) !== unit.sourceHash)
    return { ...place, status: 'conflict', message: 'Der deutsche Text wurde seit dem Export geändert.' }
  const current = state.existing.get(segment.id)
  if (current !== undefined && segmentHash(current) === segmentHash(value))
    return { ...place, status: 'unchanged', message: 'Die Übersetzung steht so schon im CMS.' }
  if ((current === undefined ? '' : segmentHash(current)) !== (unit.targetHash ?? ''))
    return {
      ...place,
      status: 'conflict',
      message: 'Die Übersetzung wurde seit dem Export im CMS geändert; sie wird nicht überschrieben.',
    }
  return {
    ...place,
    status: 'applied',
    message: state.pendingDraft
      ? 'Wird als Entwurf übernommen: Für den Eintrag liegt ein unveröffentlichter Entwurf vor.'
      : 'Wird übernommen und veröffentlicht.',
    apply: { state, segment, value },
  }
}

async function planFile(
  req: PayloadRequest,
  collections: SanitizedCollectionConfig[],
  file: ReadFile,
  locale: LocaleCode,
): Promise<Planned[]> {
  const everyUnit = (status: UnitStatus, message: (unit: string) => string, entry: string): Planned[] =>
    file.units.map((unit) => {
      const name = `${file.id}/${unit.id}`
      return { unit: name, entry, place: unit.id, status, message: message(name) }
    })
  const collection = collections.find((candidate) => candidate.slug === file.collection)
  if (!collection || !file.entry)
    return everyUnit(
      'error',
      (unit) => `Einheit ${unit}: Die Datei nennt keine übersetzbare Sammlung („${file.collection ?? ''}“).`,
      file.id,
    )
  if (file.id !== fileId(collection.slug, file.entry))
    return everyUnit('error', (unit) => `Einheit ${unit}: Die Datei-id passt nicht zu Sammlung und Eintrag.`, file.id)
  const german = await req.payload.findByID({
    collection: collection.slug,
    id: file.entry,
    locale: sourceLocale,
    fallbackLocale: false,
    draft: true,
    depth: 0,
    disableErrors: true,
    req,
    overrideAccess: false,
  })
  const label = `${collectionLabel(collection)} ${file.entry}`
  if (!german) return everyUnit('error', (unit) => `Einheit ${unit}: Den Eintrag ${label} gibt es nicht mehr.`, label)
  const state = await entryState(req, collection, Object.fromEntries(Object.entries(german)), locale)
  return file.units.map((unit) => planUnit(state, file, unit))
}

async function plan(
  req: PayloadRequest,
  xml: string,
  locale: LocaleCode,
): Promise<{ errors: string[]; units: Planned[] }> {
  let parsed
  try {
    parsed = readXliff(xml)
  } catch (failure) {
    if (failure instanceof XliffFormatError) return { errors: [failure.message], units: [] }
    throw failure
  }
  if (parsed.srcLang !== sourceLocale)
    return {
      errors: [`Die Datei hat die Ausgangssprache „${parsed.srcLang ?? ''}“; erwartet wird Deutsch (de).`],
      units: [],
    }
  if (!isTranslationLocale(parsed.trgLang))
    return { errors: [`Die Datei hat keine übersetzbare Zielsprache („${parsed.trgLang ?? ''}“).`], units: [] }
  if (parsed.trgLang !== locale)
    return {
      errors: [
        `Die Zielsprache der Datei ist ${localeName(parsed.trgLang)} (${parsed.trgLang}), gewählt ist ${localeName(locale)} (${locale}).`,
      ],
      units: [],
    }
  const collections = translatedCollections(req)
  const units: Planned[] = []
  for (const file of parsed.files) units.push(...(await planFile(req, collections, file, locale)))
  return { errors: [], units }
}

/** Saves the applicable units, entry by entry: each localized field rebuilt from its German structure. */
async function write(req: PayloadRequest, units: Planned[], locale: LocaleCode): Promise<void> {
  const byEntry = new Map<string, { state: EntryState; values: Map<string, SegmentValue> }>()
  for (const { apply } of units) {
    if (!apply) continue
    const key = `${apply.state.collection.slug}/${apply.state.id}`
    const entry = byEntry.get(key) ?? { state: apply.state, values: new Map() }
    entry.values.set(apply.segment.id, apply.value)
    byEntry.set(key, entry)
  }
  for (const { state, values } of byEntry.values()) {
    const fields = new Set([...values.keys()].map((id) => state.segments.find((segment) => segment.id === id)?.field))
    const data: Record<string, unknown> = {}
    for (const field of fields) {
      if (!field) continue
      const segments = state.segments.filter((segment) => segment.field === field)
      data[field] = translatedField(state.german[field], segments, (segment) =>
        values.has(segment.id) ? values.get(segment.id) : state.existing.get(segment.id),
      )
    }
    await req.payload.update({
      collection: state.collection.slug,
      id: state.id,
      locale,
      data,
      draft: state.pendingDraft,
      depth: 0,
      req,
      overrideAccess: false,
    })
  }
}

/**
 * Checks a translator's XLIFF file against the CMS and, with `apply`, saves what applies in one transaction.
 * Nothing is written when any unit is an error; conflicts are reported and left alone.
 */
export async function importTranslations(
  req: PayloadRequest,
  xml: string,
  { locale, apply }: { locale: LocaleCode; apply: boolean },
): Promise<ImportReport> {
  if (!apply) {
    const { errors, units } = await plan(req, xml, locale)
    return report(locale, false, errors, units)
  }
  const ownsTransaction = await initTransaction(req)
  try {
    // Planned again inside the transaction: what changed since the dry run counts.
    const { errors, units } = await plan(req, xml, locale)
    const applicable = errors.length === 0 && !units.some((unit) => unit.status === 'error')
    if (applicable) await write(req, units, locale)
    if (ownsTransaction) await commitTransaction(req)
    return report(locale, applicable && units.some((unit) => unit.status === 'applied'), errors, units)
  } catch (failure) {
    if (ownsTransaction) await killTransaction(req)
    throw failure
  }
}
