import { describe, expect, it } from 'vitest'

import type { CmsDocument } from '#/loaders/schemas.ts'
import { earlierVersions, replacements } from '#/lib/documents/document-filters.ts'

function edition(id: number, supersedes: number | null, supersededBy: number[] = []): CmsDocument {
  return {
    id,
    title: { de: `Bericht ${id}` },
    type: 'report',
    year: 2000 + id,
    publisher: 'Stadt Oberhausen',
    fileLanguages: ['de'],
    supersedes,
    supersededBy: { docs: supersededBy },
    slug: `bericht-${id}`,
    url: `/files/bericht-${id}.pdf`,
    filename: `bericht-${id}.pdf`,
    filesize: 1000,
    updatedAt: '2026-11-30T09:00:00.000Z',
    createdAt: '2026-11-30T09:00:00.000Z',
  }
}

describe('which editions replace a document', () => {
  // 1 ← 2 ← 3, and 4 also replaces 1; 9 is named by 2's join field but not published (not in the list).
  const documents = [edition(4, 1), edition(1, null, [2, 4]), edition(2, 1, [3, 9]), edition(3, 2)]

  it('names every published edition that replaces it, in the list’s order, each once', () => {
    expect(replacements(documents[1], documents).map((each) => each.id)).toEqual([4, 2])
    expect(replacements(documents[2], documents).map((each) => each.id)).toEqual([3])
    expect(replacements(documents[3], documents)).toEqual([])
  })

  it('never names a document as its own replacement', () => {
    const self = [edition(5, 5)]
    expect(replacements(self[0], self)).toEqual([])
    expect(earlierVersions(documents[3], documents).map((each) => each.id)).toEqual([2, 1])
  })
})
