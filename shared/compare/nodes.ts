import type { LegalText, Unit } from '../model/types.js'
import { flatten } from '../model/path.js'
import { normalizeSpace } from '../model/normalize.js'
import { type ShingleDictionary, type Shingles } from './shingles.js'

/**
 * One side of a comparison as flat arrays in document order: every addressable unit (artikel
 * and below) with its parent, enclosing article, depth, normalised own text, fingerprint, and a
 * structure hash that is equal for identical subtrees whatever their numbers — so a renumbered
 * but unchanged lid is found in one look-up.
 */
export interface Node {
  readonly idx: number
  readonly unit: Unit
  /** Index of the addressable parent, -1 for articles. */
  readonly parent: number
  readonly article: number
  readonly depth: number
  /** Own text, white space normalised. */
  readonly own: string
  readonly shingles: Shingles
  /** Hash of own text and the children's hashes (numbers excluded). */
  key: string
  /** Index of the last unit in this subtree. */
  end: number
  readonly children: number[]
}

export interface Side {
  readonly text: LegalText
  readonly nodes: Node[]
}

export function buildSide(text: LegalText, dict: ShingleDictionary): Side {
  const flat = flatten(text.units)
  const index = new Map<Unit, number>()
  const nodes: Node[] = []
  flat.forEach(({ unit, parent }, idx) => {
    index.set(unit, idx)
    const p = parent ? index.get(parent)! : -1
    const own = normalizeSpace(unit.text)
    const node: Node = {
      idx, unit, parent: p, article: p < 0 ? idx : nodes[p]!.article, depth: p < 0 ? 0 : nodes[p]!.depth + 1,
      own, shingles: dict.shingles(own), key: '', end: idx, children: [],
    }
    nodes.push(node)
    if (p >= 0) nodes[p]!.children.push(idx)
  })
  // Children come after their parent, so a backward pass sees every child before its parent.
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i]!
    const last = n.children[n.children.length - 1]
    if (last !== undefined) n.end = nodes[last]!.end
    n.key = hash(n.own + '\u0001' + n.children.map((c) => nodes[c]!.key).join(','))
  }
  return { text, nodes }
}

/** cyrb53: a fast 53-bit string hash; collisions are checked by comparing texts where it matters. */
function hash(s: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)
}
