/** Which records a list block shows. Pure, so the choice can be tested without a CMS. */
import type { Block, CmsDocument, Organisation } from '../loaders/schemas.ts'

type DocumentListBlock = Extract<Block, { blockType: 'documentList' }>
type OrganisationListBlock = Extract<Block, { blockType: 'organisationList' }>

/** Hand-picked documents in the editor's order; otherwise all matching topic and type, newest first. */
export function documentsForBlock(block: DocumentListBlock, documents: CmsDocument[]): CmsDocument[] {
  if (block.documents && block.documents.length > 0) {
    return block.documents.map((id) => documents.find((doc) => doc.id === id)).filter((doc): doc is CmsDocument => doc !== undefined)
  }
  return newestFirst(
    documents.filter(
      (doc) => (!block.topic || (doc.topics ?? []).includes(block.topic)) && (!block.type || doc.type === block.type),
    ),
  )
}

export function newestFirst(documents: CmsDocument[]): CmsDocument[] {
  return [...documents].sort((a, b) => b.year - a.year || b.createdAt.localeCompare(a.createdAt))
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
