import type { Alignment } from './alignment.js'
import type { Side } from './nodes.js'

/**
 * Which aligned units moved: they hang under a parent that does not correspond to their old
 * parent, or their order among their siblings changed in a way that insertions and deletions
 * around them do not explain. The latter is the complement of a longest increasing subsequence
 * of old positions taken in new order — the fewest units that must have moved.
 */
export function findMoved(a: Side, b: Side, al: Alignment): Set<number> {
  const moved = new Set<number>() // group ids
  // New parent (-1: the text) → its groups' first old units, in new document order: walking the
  // new text in order lists each group once, at the unit it started with (`news[0]`, as `olds[0]`
  // on the old side: a split and its mirror merge are then judged alike), with no sort.
  const siblingsByParent = new Map<number, { groups: number[]; olds: number[] }>()
  for (let j = 0; j < b.nodes.length; j++) {
    const g = al.newGroup[j]!
    if (g < 0) continue
    // Below a settled unit (settle.ts) everything stayed in its place.
    const up = b.nodes[j]!.parent
    if (up >= 0 && b.nodes[up]!.settled) continue
    const { olds, news } = al.groups[g]!
    if (news[0] !== j) continue
    const o = a.nodes[olds[0]!]!
    const n = b.nodes[j]!
    if (!al.together(o.parent, n.parent)) {
      moved.add(g)
      continue
    }
    const list = siblingsByParent.get(n.parent)
    if (list) {
      list.groups.push(g)
      list.olds.push(olds[0]!)
    } else siblingsByParent.set(n.parent, { groups: [g], olds: [olds[0]!] })
  }
  for (const { groups, olds } of siblingsByParent.values()) {
    if (groups.length < 2) continue
    const keep = longestIncreasing(olds)
    groups.forEach((g, k) => {
      if (!keep.has(k)) moved.add(g)
    })
  }
  return moved
}

/** Indices (into `seq`) of one longest strictly increasing subsequence; O(n log n). */
export function longestIncreasing(seq: readonly number[]): Set<number> {
  const tails: number[] = [] // index into seq of the smallest tail of each length
  const prev = new Int32Array(seq.length).fill(-1)
  // Made before the loop: code optimised inside the loop (on-stack replacement) would otherwise
  // meet a construction it has no feedback for and bail out, on every long sibling list.
  const out = new Set<number>()
  for (let k = 0; k < seq.length; k++) {
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (seq[tails[mid]!]! < seq[k]!) lo = mid + 1
      else hi = mid
    }
    if (lo > 0) prev[k] = tails[lo - 1]!
    tails[lo] = k
  }
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = prev[k]!) out.add(k)
  return out
}
