import type { LegalText, Unit } from '../model/types.js'
import { isDivision } from '../model/path.js'
import { normalizeSpace } from '../model/normalize.js'
import { ShingleDictionary, type Shingles } from './shingles.js'
import { keepShape } from '../model/shapes.js'

/**
 * One side of a comparison as flat arrays in document order: every addressable unit (artikel
 * and below) with its parent, enclosing article, depth, normalised own text, fingerprint, and a
 * structure hash that is equal for identical subtrees whatever their numbers — so a renumbered
 * but unchanged lid is found in one look-up.
 */
const NO_CHILDREN: number[] = []

export class Node {
  /** Equal for identical subtrees, numbers excluded (see StructureKeys); -1 when settled. */
  key = -1
  /** Equal for equal own texts, on both sides (see StructureKeys); -1 when settled. */
  textId = -1
  /** Own text, white space normalised (as found for a settled unit: equal on both sides anyway). */
  own = ''
  /** Index of the last unit in this subtree. */
  end: number
  /** Indices of the child units; one shared empty array for the many leaves. */
  children: number[] = NO_CHILDREN
  private fingerprint: Shingles | undefined

  constructor(
    readonly idx: number,
    readonly unit: Unit,
    /** Index of the addressable parent, -1 for articles. */
    readonly parent: number,
    readonly article: number,
    readonly depth: number,
    private readonly dict: ShingleDictionary,
  ) {
    this.end = idx
  }

  /** Paired whole with its article before the alignment (settle.ts): no key, no fingerprint. */
  get settled(): boolean {
    return this.key < 0
  }

  /**
   * Fingerprint of the own text, made on first use: most units of a large text are matched as
   * identical subtrees by their hash and never need one.
   */
  get shingles(): Shingles {
    return (this.fingerprint ??= this.dict.shingles(this.own))
  }
}

export interface Side {
  readonly text: LegalText
  readonly nodes: Node[]
}

export function buildSide(text: LegalText, dict: ShingleDictionary): Side {
  const nodes: Node[] = []
  // Depth-first in document order (as model/path `flatten`), divisions passed through.
  const visit = (units: readonly Unit[], p: number): void => {
    for (let k = 0; k < units.length; k++) {
      const unit = units[k]!
      if (isDivision(unit.type)) {
        visit(unit.children, -1)
        continue
      }
      const idx = nodes.length
      const up = p >= 0 ? nodes[p]! : null
      nodes.push(new Node(idx, unit, p, up ? up.article : idx, up ? up.depth + 1 : 0, dict))
      if (up) {
        if (up.children === NO_CHILDREN) up.children = []
        up.children.push(idx)
      }
      visit(unit.children, idx)
    }
  }
  visit(text.units, -1)
  // Children come after their parent, so a backward pass sees every child before its parent.
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i]!
    const last = n.children[n.children.length - 1]
    if (last !== undefined) n.end = nodes[last]!.end
  }
  return { text, nodes }
}

/**
 * Normalised own texts and structure keys of the units not `settled` already (see settle.ts):
 * what the alignment needs to find identical subtrees and texts among the rest. A settled unit
 * keeps its text as found, which is the same on both sides.
 */
export function keySide(side: Side, keys: StructureKeys, settled: Uint8Array): void {
  const { nodes } = side
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i]!
    if (settled[i]) {
      n.own = n.unit.text
      continue
    }
    n.own = normalizeSpace(n.unit.text)
    n.textId = keys.text(n.own)
    n.key = keys.of(n.textId, n.children, nodes)
  }
}

/**
 * Structure keys shared by both sides of a comparison: a small id for each distinct own text,
 * and for each distinct (own text, children's keys) combination. Equal keys mean identical
 * subtrees, numbers aside; interning in a Map is faster than hashing the texts in JavaScript.
 */
export class StructureKeys {
  private readonly texts = new Map<string, number>()
  private readonly shapes = new Map<string, number>()

  /** The id of an own text: equal texts, equal ids. */
  text(own: string): number {
    let t = this.texts.get(own)
    if (t === undefined) this.texts.set(own, (t = this.texts.size))
    return t
  }

  /** Number of distinct own texts seen: text ids are below it. */
  get textCount(): number {
    return this.texts.size
  }

  /** Even keys are leaves (an own-text id), odd keys containers (a shape id). */
  of(t: number, children: readonly number[], nodes: readonly Node[]): number {
    if (!children.length) return 2 * t
    let shape = `${t}(`
    for (const c of children) shape += `${nodes[c]!.key},`
    let key = this.shapes.get(shape)
    if (key === undefined) this.shapes.set(shape, (key = this.shapes.size))
    return 2 * key + 1
  }
}

// See model/shapes.ts: a side built and keyed as in a comparison, a settled unit and a
// fingerprinted one among its nodes.
const shapedKeys = keepShape(new StructureKeys())
const shapedSide = keepShape(
  buildSide({ label: '', source: '', units: [{ type: 'artikel', number: '1', path: 'artikel:1', text: 'a b c', children: [{ type: 'lid', number: '1', path: 'artikel:1/lid:1', text: 'a b c', children: [] }] }] },
    keepShape(new ShingleDictionary())),
)
keySide(shapedSide, shapedKeys, Uint8Array.of(0, 1))
void shapedSide.nodes[0]!.shingles
