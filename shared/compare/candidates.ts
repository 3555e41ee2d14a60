import { containment, type Shingles } from './shingles.js'

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
 * shingles, for splits and merges. Only the few leftover parts are indexed, by their rarer
 * shingles (those in at most `cap` parts: boilerplate such as "van de" would make every host a
 * candidate of every part, quadratic on a whole Wetboek); the many hosts are scanned against that
 * index, counting hits per part. A part whose hits in a host cannot reach the threshold even if
 * every shingle left out of the index were shared is skipped without measuring; the rest are
 * measured exactly.
 */
export function containedIn(
  parts: readonly number[], hosts: readonly number[],
  partShingles: (k: number) => Shingles, hostShingles: (k: number) => Shingles,
  threshold: number, cap = 8,
): Array<{ part: number; host: number; score: number }> {
  const postings = new Map<number, number[]>()
  for (const p of parts) {
    for (const s of partShingles(p)) {
      const list = postings.get(s)
      if (list) list.push(p)
      else postings.set(s, [p])
    }
  }
  for (const [s, list] of postings) if (list.length > cap) postings.delete(s)
  // Fewest hits a part needs in a host: what remains of the threshold after assuming every
  // shingle of the part that is not in the index is shared.
  const needed = new Map<number, number>()
  for (const p of parts) {
    const all = partShingles(p)
    let indexed = 0
    for (const s of all) if (postings.has(s)) indexed++
    needed.set(p, Math.max(1, indexed - (1 - threshold) * all.length))
  }
  const out: Array<{ part: number; host: number; score: number }> = []
  const hits = new Map<number, number>()
  for (const h of hosts) {
    hits.clear()
    const hostSet = hostShingles(h)
    for (const s of hostSet) {
      const list = postings.get(s)
      if (list) for (const p of list) hits.set(p, (hits.get(p) ?? 0) + 1)
    }
    for (const [p, n] of hits) {
      if (n < needed.get(p)!) continue
      const score = containment(partShingles(p), hostSet)
      if (score >= threshold) out.push({ part: p, host: h, score })
    }
  }
  return out
}
