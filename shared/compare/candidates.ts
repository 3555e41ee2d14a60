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
    // Indexed loops throughout: this runs once per comparison, mostly before the optimising
    // compiler steps in, and unoptimised for…of allocates an iterator result per step.
    for (let x = 0; x < list.length; x++) {
      const k = list[x]!
      const shingles = sh(k)
      for (let y = 0; y < shingles.length; y++) {
        const s = shingles[y]!
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
  for (let x = 0; x < news.length; x++) if (news[x]! >= width) width = news[x]! + 1
  postings.forEach(({ o, n, common }) => {
    if (common || !o.length || !n.length) return
    for (let x = 0; x < o.length; x++) {
      const i = o[x]!
      for (let y = 0; y < n.length; y++) {
        const key = i * width + n[y]!
        if (seen.has(key)) continue
        seen.add(key)
        out.push([i, n[y]!])
      }
    }
  })
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
  for (let x = 0; x < parts.length; x++) {
    const p = parts[x]!
    const shingles = partShingles(p)
    for (let y = 0; y < shingles.length; y++) {
      const s = shingles[y]!
      const list = postings.get(s)
      if (list) list.push(p)
      else postings.set(s, [p])
    }
  }
  postings.forEach((list, s) => {
    if (list.length > cap) postings.delete(s)
  })
  // Fewest hits a part needs in a host: what remains of the threshold after assuming every
  // shingle of the part that is not in the index is shared.
  const needed = new Map<number, number>()
  for (let x = 0; x < parts.length; x++) {
    const p = parts[x]!
    const all = partShingles(p)
    let indexed = 0
    for (let y = 0; y < all.length; y++) if (postings.has(all[y]!)) indexed++
    needed.set(p, Math.max(1, indexed - (1 - threshold) * all.length))
  }
  const out: Array<{ part: number; host: number; score: number }> = []
  const hits = new Map<number, number>()
  for (let x = 0; x < hosts.length; x++) {
    const h = hosts[x]!
    hits.clear()
    const hostSet = hostShingles(h)
    for (let y = 0; y < hostSet.length; y++) {
      const list = postings.get(hostSet[y]!)
      if (list) for (let z = 0; z < list.length; z++) hits.set(list[z]!, (hits.get(list[z]!) ?? 0) + 1)
    }
    hits.forEach((n, p) => {
      if (n < needed.get(p)!) return
      const score = containment(partShingles(p), hostSet)
      if (score >= threshold) out.push({ part: p, host: h, score })
    })
  }
  return out
}
