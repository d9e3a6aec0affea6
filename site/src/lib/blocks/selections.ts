/** Which records a list block shows. Pure, so the choice can be tested without a CMS. */
import type { LocaleCode } from '#/i18n/locales.ts'
import type { ActivityField, Block, CmsDocument, Organisation, Topic } from '#/loaders/schemas.ts'
import { newestFirst } from '#/lib/documents/document-filters.ts'
import { pageSizes } from '#/lib/pagination.ts'
import { documentsUrl, organisationsUrl } from '#/lib/urls.ts'

type DocumentListBlock = Extract<Block, { blockType: 'documentList' }>
type OrganisationListBlock = Extract<Block, { blockType: 'organisationList' }>

/**
 * Lists chosen by topic, type, field, language or district grow with the content: a block shows the first few
 * (`items`) and, when there are `more`, links the full list of `total`.
 */
export function listExcerpt<T>(items: T[]): { items: T[]; total: number; more: boolean } {
  return {
    items: items.slice(0, pageSizes.listBlock),
    total: items.length,
    more: items.length > pageSizes.listBlock,
  }
}

/** Hand-picked documents in the editor's order; otherwise all matching topic and type, newest first. */
export function documentsForBlock(block: DocumentListBlock, documents: CmsDocument[]): CmsDocument[] {
  if (block.documents && block.documents.length > 0) {
    return block.documents
      .map((id) => documents.find((doc) => doc.id === id))
      .filter((doc): doc is CmsDocument => doc !== undefined)
  }
  return newestFirst(
    documents.filter(
      (doc) => (!block.topic || (doc.topics ?? []).includes(block.topic)) && (!block.type || doc.type === block.type),
    ),
  )
}

/**
 * Where a document list block's full list is: the library filtered by the block's topic, else by its type, else
 * the whole library. (A block with topic and type links the topic: the library has no page for both.)
 */
export function documentBlockListUrl(block: DocumentListBlock, topics: Topic[], locale: LocaleCode): string {
  const topic = topics.find((each) => each.id === block.topic)
  if (topic) return `${documentsUrl(locale)}thema/${topic.slug.de}/`
  if (block.type) return `${documentsUrl(locale)}art/${block.type}/`
  return documentsUrl(locale)
}

/** Organisations matching the block's field, language and district, alphabetically. */
export function organisationsForBlock(block: OrganisationListBlock, organisations: Organisation[]): Organisation[] {
  return organisations
    .filter(
      (org) =>
        (!block.field || (org.fields ?? []).includes(block.field)) &&
        (!block.language || (org.languages ?? []).includes(block.language)) &&
        (!block.district || org.district === block.district),
    )
    .sort((a, b) => a.name.localeCompare(b.name, 'de'))
}

/** Where an organisation list block's full list is: the directory filtered by field, else language, else district. */
export function organisationBlockListUrl(
  block: OrganisationListBlock,
  fields: ActivityField[],
  locale: LocaleCode,
): string {
  const field = fields.find((each) => each.id === block.field)
  if (field) return `${organisationsUrl(locale)}feld/${field.slug}/`
  if (block.language) return `${organisationsUrl(locale)}sprache/${block.language}/`
  if (block.district) return `${organisationsUrl(locale)}bezirk/${block.district}/`
  return organisationsUrl(locale)
}
