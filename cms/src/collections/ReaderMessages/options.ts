import {
  accessibleFormats,
  localeCodes,
  readerMessageKinds,
  spokenLanguages,
  type AccessibleFormat,
  type LocaleCode,
  type ReaderMessageKind,
} from '@ki/contract'

const kindLabels: Record<ReaderMessageKind, string> = {
  helpful: 'Hilfreich: ja',
  'not-helpful': 'Hilfreich: nein',
  error: 'Fehlermeldung',
  'accessible-format': 'Anfrage barrierefreie Fassung',
}

const formatLabels: Record<AccessibleFormat, string> = {
  'accessible-pdf': 'Barrierefreies PDF',
  word: 'Word-Dokument',
  'large-print': 'Großdruck',
  'easy-language': 'Leichte Sprache',
  other: 'Andere Form',
}

/** What a reader sends, with the words the editors' list shows. */
export const kindOptions = readerMessageKinds.map((value) => ({ value, label: kindLabels[value] }))

/** The formats a reader can ask a PDF document in. */
export const formatOptions = accessibleFormats.map((value) => ({ value, label: formatLabels[value] }))
export const formatLabel = (value: string | null | undefined): string =>
  formatLabels[value as AccessibleFormat] ?? 'barrierefreie Fassung'

export const stateOptions = [
  { value: 'open', label: 'Offen' },
  { value: 'in-progress', label: 'In Bearbeitung' },
  { value: 'done', label: 'Erledigt' },
]

/** The collections a message can concern: the site's entry pages. */
export const concernedCollections = ['pages', 'documents', 'events', 'organisations', 'indicators'] as const
export type ConcernedCollection = (typeof concernedCollections)[number]

/** The site's languages by their German names, for the admin. */
export const localeOptions = localeCodes.map((code: LocaleCode) => ({
  value: code,
  label: code === 'de-x-ls' ? 'Leichte Sprache' : spokenLanguages[code],
}))

export const isOneOf = <T extends string>(values: readonly T[], raw: unknown): raw is T =>
  typeof raw === 'string' && (values as readonly string[]).includes(raw)
