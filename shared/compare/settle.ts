import type { Alignment } from './alignment.js'
import type { Side } from './nodes.js'

/**
 * Articles that came through exactly as they were — same number, same units, same texts as
 * found — are paired whole, unit by unit, before anything is measured. Most articles of a code
 * are untouched by an amendment, so the alignment then weighs only what changed: no normalised
 * text, structure key or fingerprint is made for a settled unit.
 *
 * These are the pairs the alignment's first step (identical subtrees, align.ts) makes of such
 * articles anyway, whether their text is unique or repeated; the rest is then weighed among the
 * units not settled (a property test checks that the result is the same with settling off).
 * An article number that occurs twice on a side settles neither. Returns, per side, which
 * units are settled.
 */
export function settleIdenticalArticles(a: Side, b: Side, al: Alignment): { old: Uint8Array; new: Uint8Array } {
  const settled = { old: new Uint8Array(a.nodes.length), new: new Uint8Array(b.nodes.length) }
  const newByNumber = new Map<string, number>()
  for (let j = 0; j < b.nodes.length; j = b.nodes[j]!.end + 1) {
    const n = b.nodes[j]!
    newByNumber.set(n.unit.number, newByNumber.has(n.unit.number) ? -1 : j)
  }
  const seenOld = new Set<string>()
  const repeatedOld = new Set<string>()
  for (let i = 0; i < a.nodes.length; i = a.nodes[i]!.end + 1) {
    const number = a.nodes[i]!.unit.number
    if (seenOld.has(number)) repeatedOld.add(number)
    seenOld.add(number)
  }
  for (let i = 0; i < a.nodes.length; i = a.nodes[i]!.end + 1) {
    const o = a.nodes[i]!
    const j = newByNumber.get(o.unit.number) ?? -1
    if (j < 0 || repeatedOld.has(o.unit.number) || !identical(a, i, b, j)) continue
    for (let k = 0; k <= o.end - i; k++) {
      al.pair(i + k, j + k)
      settled.old[i + k] = 1
      settled.new[j + k] = 1
    }
  }
  return settled
}

/**
 * The subtrees at `i` and `j` are the same as found: in document order, units of the same depth,
 * type, number and text (depths in document order fix the shape of a tree).
 */
function identical(a: Side, i: number, b: Side, j: number): boolean {
  const size = a.nodes[i]!.end - i
  if (b.nodes[j]!.end - j !== size) return false
  for (let k = 0; k <= size; k++) {
    const o = a.nodes[i + k]!
    const n = b.nodes[j + k]!
    const u = o.unit
    const v = n.unit
    if (o.depth !== n.depth || u.type !== v.type || u.number !== v.number || u.text !== v.text) return false
  }
  return true
}
