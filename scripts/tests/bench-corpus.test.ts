import { describe, expect, it } from 'vitest'

import { generateCorpus, LOCALES, saveCount } from '../bench/corpus'
import { Random } from '../bench/random'

describe('the benchmark corpus generator', () => {
  it('gives the same corpus for the same scale, seed and month', () => {
    const first = generateCorpus({ size: 300, seed: 7, anchor: '2026-11' })
    const second = generateCorpus({ size: 300, seed: 7, anchor: '2026-11' })
    expect(JSON.stringify(second)).toBe(JSON.stringify(first))
  })

  it('gives a different corpus for another seed', () => {
    const titles = (seed: number) =>
      generateCorpus({ size: 50, seed, anchor: '2026-11' }).entries.map(
        (entry) => entry.localized.de?.title ?? entry.shared.name,
      )
    expect(titles(2)).not.toEqual(titles(1))
  })

  it('makes exactly the requested number of entries in the stated mix', () => {
    const corpus = generateCorpus({ size: 1000, seed: 1, anchor: '2026-11' })
    expect(corpus.entries).toHaveLength(1000)
    expect(corpus.counts).toEqual({ pages: 250, documents: 150, events: 350, organisations: 150, indicators: 100 })
  })

  it('translates about 30% of entries, only into the portal languages, with German always present', () => {
    const corpus = generateCorpus({ size: 2000, seed: 3, anchor: '2026-11' })
    const translated =
      corpus.entries.filter((entry) => Object.keys(entry.localized).length > 1).length / corpus.entries.length
    expect(translated).toBeGreaterThan(0.27)
    expect(translated).toBeLessThan(0.33)
    expect(corpus.entries.every((entry) => entry.localized.de !== undefined)).toBe(true)
    const used = new Set(corpus.entries.flatMap((entry) => Object.keys(entry.localized)))
    expect([...used].every((locale) => (LOCALES as readonly string[]).includes(locale))).toBe(true)
    expect(saveCount(corpus)).toBe(corpus.entries.reduce((sum, entry) => sum + Object.keys(entry.localized).length, 0))
  })

  it('gives keys and slugs that are unique, and parents that are earlier pages', () => {
    const corpus = generateCorpus({ size: 1000, seed: 5, anchor: '2026-11' })
    const keys = corpus.entries.map((entry) => entry.key)
    expect(new Set(keys).size).toBe(keys.length)
    const pages = corpus.entries.filter((entry) => entry.kind === 'pages')
    pages.forEach((entry, index) => {
      if (entry.relations.parent !== undefined) expect(entry.relations.parent).toBeLessThan(index)
    })
  })

  it('reuses three sample PDFs instead of rendering one per document', () => {
    const corpus = generateCorpus({ size: 1000, seed: 1, anchor: '2026-11' })
    expect(corpus.pdfs.map((pdf) => pdf.pages.length)).toEqual([2, 5, 12])
    const used = new Set(
      corpus.entries.filter((entry) => entry.kind === 'documents').map((entry) => entry.relations.pdf),
    )
    expect([...used].sort()).toEqual([0, 1, 2])
  })
})

describe('the seeded random source', () => {
  it('repeats its sequence for a seed', () => {
    const sequence = (seed: number) => {
      const random = new Random(seed)
      return Array.from({ length: 5 }, () => random.int(0, 1000))
    }
    expect(sequence(42)).toEqual(sequence(42))
    expect(sequence(42)).not.toEqual(sequence(43))
  })

  it('samples distinct items', () => {
    const picked = new Random(1).sample(['a', 'b', 'c', 'd', 'e'], 4)
    expect(new Set(picked).size).toBe(4)
  })
})
