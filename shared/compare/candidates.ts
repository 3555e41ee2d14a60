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

/**
 * (part, host, containment) for every host that holds at least `threshold` of a part's
 * shingles, for splits and merges. Only the few leftover parts are indexed; the many hosts are
 * scanned against that index, counting shared shingles exactly (sets are de-duplicated), so no
 * pair needs a merge of its two sets.
 */
export function containedIn(
  parts: readonly number[], hosts: readonly number[],
  partShingles: (k: number) => Shingles, hostShingles: (k: number) => Shingles,
  threshold: number,
): Array<{ part: number; host: number; score: number }> {
  const postings = new Map<number, number[]>()
  const size = new Map<number, number>()
  for (const p of parts) {
    const sh = partShingles(p)
    size.set(p, sh.length)
    for (const s of sh) {
      const list = postings.get(s)
      if (list) list.push(p)
      else postings.set(s, [p])
    }
  }
  const out: Array<{ part: number; host: number; score: number }> = []
  const counts = new Map<number, number>()
  for (const h of hosts) {
    counts.clear()
    for (const s of hostShingles(h)) {
      const list = postings.get(s)
      if (list) for (const p of list) counts.set(p, (counts.get(p) ?? 0) + 1)
    }
    for (const [p, n] of counts) {
      const score = n / size.get(p)!
      if (score >= threshold) out.push({ part: p, host: h, score })
    }
  }
  return out
}
