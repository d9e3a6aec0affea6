/**
 * The values of every option list that both the CMS (select fields) and the site (validation, filters, labels)
 * use. The CMS gives each value its German label; adding a value here makes both sides' type-check ask for it.
 */

export const eventStatuses = ['scheduled', 'cancelled', 'postponed'] as const
export type EventStatus = (typeof eventStatuses)[number]

/**
 * Whether an event's place is accessible: "yes", "no", or "unknown" (no answer given). "unknown" is the default and
 * shows nothing on the site: an event whose editor did not say must not tell readers it is not accessible.
 */
export const accessibilityAnswers = ['yes', 'no', 'unknown'] as const
export type AccessibilityAnswer = (typeof accessibilityAnswers)[number]

export const documentTypes = ['report', 'standard', 'concept', 'agreement', 'study', 'council-decision'] as const
export type DocumentType = (typeof documentTypes)[number]

export const indicatorAreas = [
  'demografie',
  'fruehe-bildung',
  'schule',
  'ausbildung-arbeit',
  'soziales',
  'partizipation',
  'ikoe',
] as const
export type IndicatorArea = (typeof indicatorAreas)[number]

export const indicatorUnits = ['percent', 'count', 'per100', 'per1000'] as const
export type IndicatorUnit = (typeof indicatorUnits)[number]

export const contactKinds = ['office', 'person'] as const
export type ContactKind = (typeof contactKinds)[number]

export const networkLevels = ['local', 'regional'] as const
export type NetworkLevel = (typeof networkLevels)[number]

export const alertPriorities = ['info', 'warning', 'urgent'] as const
export type AlertPriority = (typeof alertPriorities)[number]

/** The tone of a callout block (its colour and icon on the site). */
export const calloutTones = ['info', 'warning', 'success'] as const
export type CalloutTone = (typeof calloutTones)[number]

/**
 * How far a translation is: made from the current German source (every field with German text translated), partly
 * (some of those fields left empty: the site shows them in German with a notice), from an older source, or not yet.
 */
export const translationStates = ['current', 'partial', 'outdated', 'missing'] as const
export type TranslationState = (typeof translationStates)[number]
