/**
 * One schema per concept the site reads from the CMS. The loader validates every document against these,
 * so a page template can rely on what it gets: a missing German title stops the build, it never renders as "undefined".
 */
import {
  accessibilityAnswers,
  alertPriorities,
  calloutTones,
  contactKinds,
  districts,
  documentTypes,
  eventStatuses,
  indicatorAreas,
  indicatorUnits,
  networkLevels,
  translationStates,
  type TranslationState,
} from '@ki/contract'
import { z } from 'astro/zod'
import { localeCodes, sourceLocale } from '../i18n/locales.ts'

const translations = localeCodes.filter((code) => code !== sourceLocale)
// The schemas name the source language's field (`de`) in their types; a fork with another source language changes it here.
if (sourceLocale !== 'de')
  throw new Error(`site/src/loaders/schemas.ts expects the source locale "de", not "${sourceLocale}"`)
const anyLocale = z.enum(localeCodes)

/** A localized field that must exist in German; other languages may be missing or null. */
function localizedRequired<T extends z.ZodType>(value: T) {
  return z.intersection(z.partialRecord(anyLocale, value.nullable()), z.object({ de: value }))
}

/** A localized field that may be empty in every language. */
function localizedOptional<T extends z.ZodType>(value: T) {
  return z.partialRecord(anyLocale, value.nullable()).nullable().optional()
}

const text = z.string().min(1)
const id = z.number().int()
const relation = id.nullable().optional()
const relations = z.array(id).nullable().optional()

export const translationStatusSchema = z
  .partialRecord(z.enum(translations), z.enum(translationStates))
  .nullable()
  .optional()
export type { TranslationState }

/** Who checked a language's text, and when (Leichte Sprache: the Prüfgruppe; other languages: a native speaker). */
const languageReviewFields = {
  languageReviewedBy: localizedOptional(z.string()),
  languageReviewedOn: localizedOptional(z.string()),
}
export type LanguageReview = {
  languageReviewedBy?: Partial<Record<string, string | null>> | null
  languageReviewedOn?: Partial<Record<string, string | null>> | null
}

/* Lexical rich text: the node types the site knows how to render. Any other type fails the build. */
export type LexicalNode = {
  type:
    | 'root'
    | 'paragraph'
    | 'heading'
    | 'list'
    | 'listitem'
    | 'link'
    | 'autolink'
    | 'text'
    | 'linebreak'
    | 'quote'
    | 'horizontalrule'
    | 'tab'
  children?: LexicalNode[]
  text?: string
  format?: number | string
  tag?: string
  listType?: 'bullet' | 'number' | 'check'
  start?: number
  fields?: {
    linkType?: 'internal' | 'custom'
    url?: string | null
    newTab?: boolean | null
    doc?: { relationTo: string; value: number | { id: number } } | null
  }
}

export const lexicalNodeSchema: z.ZodType<LexicalNode> = z.lazy(() =>
  z.looseObject({
    type: z.enum([
      'root',
      'paragraph',
      'heading',
      'list',
      'listitem',
      'link',
      'autolink',
      'text',
      'linebreak',
      'quote',
      'horizontalrule',
      'tab',
    ]),
    children: z.array(lexicalNodeSchema).optional(),
    text: z.string().optional(),
    format: z.union([z.number(), z.string()]).optional(),
    tag: z.string().optional(),
    listType: z.enum(['bullet', 'number', 'check']).optional(),
    start: z.number().optional(),
    fields: z
      .looseObject({
        linkType: z.enum(['internal', 'custom']).optional(),
        url: z.string().nullable().optional(),
        newTab: z.boolean().nullable().optional(),
        doc: z
          .object({ relationTo: z.string(), value: z.union([id, z.looseObject({ id })]) })
          .nullable()
          .optional(),
      })
      .optional(),
  }),
)

export const richTextSchema = z.object({ root: lexicalNodeSchema })
export type RichTextValue = z.infer<typeof richTextSchema>

const blockBase = { id: z.string().nullable().optional(), blockName: z.string().nullable().optional() }

export const blockSchema = z.discriminatedUnion('blockType', [
  z.object({ ...blockBase, blockType: z.literal('richText'), content: richTextSchema }),
  z.object({
    ...blockBase,
    blockType: z.literal('callout'),
    tone: z.enum(calloutTones),
    title: z.string().nullable().optional(),
    content: richTextSchema,
  }),
  z.object({
    ...blockBase,
    blockType: z.literal('steps'),
    steps: z.array(z.object({ title: text, content: richTextSchema.nullable().optional() })),
  }),
  z.object({
    ...blockBase,
    blockType: z.literal('faq'),
    items: z.array(z.object({ question: text, answer: richTextSchema })),
  }),
  z.object({ ...blockBase, blockType: z.literal('image'), media: id, caption: z.string().nullable().optional() }),
  z.object({
    ...blockBase,
    blockType: z.literal('video'),
    video: id,
    captions: id,
    caption: z.string().nullable().optional(),
    transcript: richTextSchema,
  }),
  z.object({ ...blockBase, blockType: z.literal('contactCard'), contact: id }),
  z.object({
    ...blockBase,
    blockType: z.literal('documentList'),
    topic: relation,
    type: z.string().nullable().optional(),
    documents: relations,
  }),
  z.object({
    ...blockBase,
    blockType: z.literal('eventList'),
    topic: relation,
    limit: z.number().int().nullable().optional(),
  }),
  z.object({
    ...blockBase,
    blockType: z.literal('organisationList'),
    field: relation,
    language: z.string().nullable().optional(),
    district: z.string().nullable().optional(),
  }),
  z.object({
    ...blockBase,
    blockType: z.literal('networkList'),
    level: z.enum(networkLevels).nullable().optional(),
  }),
])
export type Block = z.infer<typeof blockSchema>

export const pageSchema = z.object({
  id,
  title: localizedRequired(text),
  summary: localizedOptional(z.string()),
  layout: localizedOptional(z.array(blockSchema)),
  slug: localizedRequired(text),
  key: z.string().nullable().optional(),
  parent: relation,
  topic: relation,
  order: z.number().nullable().optional(),
  translationStatus: translationStatusSchema,
  ...languageReviewFields,
  changeNote: localizedOptional(z.string()),
  updatedAt: z.string(),
})
export type Page = z.infer<typeof pageSchema>

export const topicSchema = z.object({
  id,
  title: localizedRequired(text),
  summary: localizedOptional(z.string()),
  slug: localizedRequired(text),
  order: z.number().nullable().optional(),
  parent: relation,
  translationStatus: translationStatusSchema,
})
export type Topic = z.infer<typeof topicSchema>

export { documentTypes }
export const documentSchema = z.object({
  id,
  title: localizedRequired(text),
  summary: localizedOptional(z.string()),
  type: z.enum(documentTypes),
  year: z.number().int(),
  decisionDate: z.string().nullable().optional(),
  topics: relations,
  publisher: text,
  fileLanguages: z.array(z.string()).min(1),
  supersedes: relation,
  supersededBy: z
    .object({ docs: z.array(id).optional() })
    .nullable()
    .optional(),
  pageCount: z.number().int().nullable().optional(),
  /** "Text je Seite": the text the CMS extracted from each PDF page (search, HTML version). */
  pageTexts: z
    .array(z.object({ page: z.number().int(), text: z.string() }))
    .nullable()
    .optional(),
  slug: text,
  sample: z.boolean().nullable().optional(),
  translationStatus: translationStatusSchema,
  ...languageReviewFields,
  url: text,
  filename: text,
  mimeType: z.string().nullable().optional(),
  filesize: z.number().int(),
  changeNote: localizedOptional(z.string()),
  updatedAt: z.string(),
  createdAt: z.string(),
})
export type CmsDocument = z.infer<typeof documentSchema>

export const eventSchema = z.object({
  id,
  title: localizedRequired(text),
  description: localizedOptional(richTextSchema),
  start: z.iso.datetime({ offset: true }),
  end: z.iso.datetime({ offset: true }),
  recurrence: z
    .object({
      rule: z.string().nullable().optional(),
      exceptions: z
        .array(z.object({ date: z.iso.datetime({ offset: true }) }))
        .nullable()
        .optional(),
    })
    .nullable()
    .optional(),
  status: z.enum(eventStatuses),
  place: z.object({
    name: text,
    street: z.string().nullable().optional(),
    postcode: z.string().nullable().optional(),
    district: z.enum(districts).nullable().optional(),
  }),
  languages: z.array(z.string()).nullable().optional(),
  targetGroup: localizedOptional(z.string()),
  registration: z
    .object({
      url: z.string().nullable().optional(),
      email: z.string().nullable().optional(),
      deadline: z.iso.datetime({ offset: true }).nullable().optional(),
      capacity: z.number().int().nullable().optional(),
    })
    .nullable()
    .optional(),
  accessibility: z.enum(accessibilityAnswers),
  organiser: relation,
  topics: relations,
  slug: text,
  sample: z.boolean().nullable().optional(),
  translationStatus: translationStatusSchema,
  ...languageReviewFields,
  updatedAt: z.string(),
})
export type CmsEvent = z.infer<typeof eventSchema>

export const organisationSchema = z.object({
  id,
  name: text,
  description: localizedOptional(z.string()),
  communities: z.array(z.string()).nullable().optional(),
  languages: z.array(z.string()).nullable().optional(),
  district: z.enum(districts),
  quarter: z.string().nullable().optional(),
  fields: relations,
  address: z
    .object({
      street: z.string().nullable().optional(),
      postcode: z.string().nullable().optional(),
      lat: z.number().nullable().optional(),
      lng: z.number().nullable().optional(),
    })
    .nullable()
    .optional(),
  website: z.string().nullable().optional(),
  founded: z.number().int().nullable().optional(),
  networkMember: z.boolean().nullable().optional(),
  /** Person, e-mail and phone are only in the API answer when the organisation consented to publication. */
  contact: z
    .object({
      person: z.string().nullable().optional(),
      email: z.string().nullable().optional(),
      phone: z.string().nullable().optional(),
    })
    .nullable()
    .optional(),
  slug: text,
  sample: z.boolean().nullable().optional(),
  translationStatus: translationStatusSchema,
  ...languageReviewFields,
  updatedAt: z.string(),
  /** When the organisation last confirmed its entry ("Angaben bestätigt am"), or null. */
  confirmedAt: z.string().nullable().optional(),
})
export type Organisation = z.infer<typeof organisationSchema>

export const activityFieldSchema = z.object({
  id,
  title: localizedRequired(text),
  order: z.number().nullable().optional(),
  slug: text,
})
export type ActivityField = z.infer<typeof activityFieldSchema>

export const indicatorSchema = z.object({
  id,
  code: text,
  area: z.enum(indicatorAreas),
  unit: z.enum(indicatorUnits),
  name: localizedRequired(text),
  definition: localizedOptional(z.string()),
  source: text,
  topic: relation,
  breakdowns: z.array(z.string()).nullable().optional(),
  values: z
    .array(z.object({ year: z.number().int(), breakdown: z.string().nullable().optional(), value: z.number() }))
    .nullable()
    .optional(),
  slug: text,
  sample: z.boolean().nullable().optional(),
  translationStatus: translationStatusSchema,
  ...languageReviewFields,
  updatedAt: z.string(),
})
export type Indicator = z.infer<typeof indicatorSchema>

export const contactSchema = z.object({
  id,
  kind: z.enum(contactKinds),
  name: text,
  role: localizedOptional(z.string()),
  languages: z.array(z.string()).nullable().optional(),
  phone: z.string().nullable().optional(),
  email: z.string().nullable().optional(),
  hours: localizedOptional(z.string()),
  topics: relations,
  slug: text,
  sample: z.boolean().nullable().optional(),
})
export type Contact = z.infer<typeof contactSchema>

export const networkSchema = z.object({
  id,
  name: text,
  level: z.enum(networkLevels),
  description: localizedOptional(z.string()),
  topics: relations,
  slug: text,
})
export type Network = z.infer<typeof networkSchema>

const imageSize = z.object({
  url: text,
  width: z.number().int(),
  height: z.number().int(),
  mimeType: text,
})
export const mediaSchema = z.object({
  id,
  alt: localizedRequired(text),
  caption: localizedOptional(z.string()),
  credit: z.string().nullable().optional(),
  sample: z.boolean().nullable().optional(),
  url: text,
  filename: text,
  mimeType: text,
  width: z.number().int().nullable().optional(),
  height: z.number().int().nullable().optional(),
  sizes: z
    .record(z.string(), z.union([imageSize, z.looseObject({ url: z.null().optional() })]))
    .nullable()
    .optional(),
})
export type Media = z.infer<typeof mediaSchema>

const navItem = z.object({
  label: localizedRequired(text),
  page: relation,
  path: z.string().nullable().optional(),
})
export type NavItem = z.infer<typeof navItem>

export const navigationSchema = z.object({
  header: z.array(navItem).nullable().optional(),
  footer: z.array(navItem).nullable().optional(),
})
export type Navigation = z.infer<typeof navigationSchema>

export const siteSettingsSchema = z.object({
  siteName: localizedRequired(text),
  organisation: text,
  address: z
    .object({
      street: z.string().nullable().optional(),
      postcode: z.string().nullable().optional(),
      city: z.string().nullable().optional(),
    })
    .nullable()
    .optional(),
  phone: z.string().nullable().optional(),
  email: z.string().nullable().optional(),
  openingHours: localizedOptional(z.string()),
  feedbackEmail: text,
  legalPages: z
    .object({ imprint: relation, privacy: relation, accessibility: relation, contact: relation })
    .nullable()
    .optional(),
})
export type SiteSettings = z.infer<typeof siteSettingsSchema>

export const alertBannerSchema = z.object({
  active: z.boolean().nullable().optional(),
  priority: z.enum(alertPriorities),
  message: localizedOptional(z.string()),
  link: relation,
  startsAt: z.string().nullable().optional(),
  endsAt: z.string().nullable().optional(),
})
export type AlertBanner = z.infer<typeof alertBannerSchema>
