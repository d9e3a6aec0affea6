/** One run of words in a diff: unchanged, removed from the old text or added in the new one. */
export type DiffPart = { kind: 'same' | 'removed' | 'added'; text: string }

/** Longest texts compared word by word; beyond this (product of word counts) the diff shows old and new whole. */
const MAX_CELLS = 4_000_000

/**
 * A word-level diff of `before` and `after` (longest common subsequence of words; whitespace kept with the word
 * before it). Neighbouring words of the same kind are joined into one part.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = before.match(/\S+\s*/g) ?? []
  const b = after.match(/\S+\s*/g) ?? []
  if (a.length * b.length > MAX_CELLS) {
    return joinRuns([
      ...a.map((text) => ({ kind: 'removed' as const, text })),
      ...b.map((text) => ({ kind: 'added' as const, text })),
    ])
  }
  const same = (i: number, j: number) => a[i].trim() === b[j].trim()
  // lcs[i][j]: length of the common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1))
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i][j] = same(i, j) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1])
  const parts: DiffPart[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && same(i, j)) {
      parts.push({ kind: 'same', text: b[j] })
      i++
      j++
    } else if (j < b.length && (i === a.length || lcs[i][j + 1] > lcs[i + 1][j])) {
      parts.push({ kind: 'added', text: b[j++] })
    } else {
      parts.push({ kind: 'removed', text: a[i++] })
    }
  }
  return joinRuns(parts)
}

function joinRuns(parts: DiffPart[]): DiffPart[] {
  const joined: DiffPart[] = []
  for (const part of parts) {
    const last = joined.at(-1)
    if (last && last.kind === part.kind) last.text += part.text
    else joined.push({ ...part })
  }
  return joined
}
