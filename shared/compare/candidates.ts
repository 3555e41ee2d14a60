import type { Shingles } from './shingles.js'

/**
 * Candidate pairs for alignment without comparing every unit with every other: two units are
 * candidates when they share a *rare* shingle — one that occurs in at most `cap` of the units
 * considered on both sides together. Common phrases ("van de", "in het") are thereby ignored for
 * finding candidates, though they still count in the similarity of the pairs found.
 */
export function sharedShingleCandidates(
  olds: readonly number[], news: readonly number[],
  oldShingles: (i: number) => Shingles, newShingles: (j: number) => Shingles,
  cap = 10,
): Array<[number, number]> {
  const postings = new Map<number, { o: number[]; n: number[]; common: boolean }>()
  const add = (list: readonly number[], sh: (k: number) => Shingles, side: 'o' | 'n'): void => {
    for (const k of list) {
      for (const s of sh(k)) {
        let p = postings.get(s)
        if (!p) postings.set(s, (p = { o: [], n: [], common: false }))
        if (p.common) continue
        p[side].push(k)
        if (p.o.length + p.n.length > cap) p.common = true
      }
    }
  }
  add(olds, oldShingles, 'o')
  add(news, newShingles, 'n')
  const seen = new Set<number>()
  const out: Array<[number, number]> = []
  let width = 1
  for (const j of news) if (j >= width) width = j + 1
  for (const { o, n, common } of postings.values()) {
    if (common || !o.length || !n.length) continue
    for (const i of o) {
      for (const j of n) {
        const key = i * width + j
        if (seen.has(key)) continue
        seen.add(key)
        out.push([i, j])
      }
    }
  }
  return out
}
