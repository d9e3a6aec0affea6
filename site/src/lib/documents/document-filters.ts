/**
 * The documents library filters by type, topic or year without JavaScript: each filter value is its own
 * pre-rendered page, e.g. /de/dokumente/art/study/, /de/dokumente/thema/schule/, /de/dokumente/jahr/2014/.
 */
import type { CmsDocument, Topic } from '#/loaders/schemas.ts'

export type DocumentFilter = { kind: 'art' | 'thema' | 'jahr'; value: string }

/** The newest year first; within a year, the latest upload first. */
export function newestFirst(documents: CmsDocument[]): CmsDocument[] {
  return [...documents].sort((a, b) => b.year - a.year || b.createdAt.localeCompare(a.createdAt))
}

export function matchesFilter(doc: CmsDocument, filter: DocumentFilter, topics: Topic[]): boolean {
  switch (filter.kind) {
    case 'art':
      return doc.type === filter.value
    case 'jahr':
      return String(doc.year) === filter.value
    case 'thema': {
      const topic = topics.find((each) => each.slug.de === filter.value)
      return topic !== undefined && (doc.topics ?? []).includes(topic.id)
    }
  }
}

/** Every filter value that has at least one document, in a stable order: types as defined, topics by order, years newest first. */
export function availableFilters(
  documents: CmsDocument[],
  topics: Topic[],
  types: readonly string[],
): DocumentFilter[] {
  const usedTypes = types.filter((type) => documents.some((doc) => doc.type === type))
  const usedTopics = [...topics]
    .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
    .filter((topic) => documents.some((doc) => (doc.topics ?? []).includes(topic.id)))
  const years = [...new Set(documents.map((doc) => doc.year))].sort((a, b) => b - a)
  return [
    ...usedTypes.map((value) => ({ kind: 'art' as const, value })),
    ...usedTopics.map((topic) => ({ kind: 'thema' as const, value: topic.slug.de })),
    ...years.map((year) => ({ kind: 'jahr' as const, value: String(year) })),
  ]
}

export function filteredDocuments(
  documents: CmsDocument[],
  filter: DocumentFilter | null,
  topics: Topic[],
): CmsDocument[] {
  return newestFirst(filter ? documents.filter((doc) => matchesFilter(doc, filter, topics)) : documents)
}

/** Earlier versions of a document, newest first, following `supersedes` links. */
export function earlierVersions(doc: CmsDocument, documents: CmsDocument[]): CmsDocument[] {
  const chain: CmsDocument[] = []
  let previousId = doc.supersedes
  while (previousId !== null && previousId !== undefined) {
    const previous = documents.find((each) => each.id === previousId)
    if (!previous || chain.includes(previous) || previous === doc) break
    chain.push(previous)
    previousId = previous.supersedes
  }
  return chain
}

const replacementIndex = new WeakMap<readonly CmsDocument[], Map<number, CmsDocument[]>>()

/**
 * For each document id, the published documents that replace it, in the list's order: built once per list, since
 * every row of the library asks (a search per row made a 10k-document library quadratic).
 */
function replacementsById(documents: readonly CmsDocument[]): Map<number, CmsDocument[]> {
  const cached = replacementIndex.get(documents)
  if (cached) return cached
  const position = new Map(documents.map((each, index) => [each.id, index]))
  const found = new Map<number, Set<number>>()
  const add = (replaced: number, by: number) => {
    if (replaced === by || !position.has(by)) return
    found.set(replaced, (found.get(replaced) ?? new Set()).add(by))
  }
  for (const each of documents) {
    if (typeof each.supersedes === 'number') add(each.supersedes, each.id)
    for (const id of each.supersededBy?.docs ?? []) add(each.id, id)
  }
  const index = new Map(
    [...found].map(([id, by]) => [
      id,
      [...by]
        .map((each) => position.get(each) ?? 0)
        .sort((a, b) => a - b)
        .map((at) => documents[at]),
    ]),
  )
  replacementIndex.set(documents, index)
  return index
}

/** Published documents that replace this one. */
export function replacements(doc: CmsDocument, documents: readonly CmsDocument[]): CmsDocument[] {
  return replacementsById(documents).get(doc.id) ?? []
}
