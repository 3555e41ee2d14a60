import type { LegalText } from '../model/types.js'
import type { Change, Comparison } from './types.js'
import { correspondence, countStats, unchanged } from './change.js'
import { ShingleDictionary } from './shingles.js'
import { buildSide, keySide, StructureKeys, type Side } from './nodes.js'
import { settleIdenticalArticles } from './settle.js'
import { align } from './align.js'
import { Alignment } from './alignment.js'
import { findMoved } from './moves.js'
import type { RedlineOptions } from './redline.js'

export type * from './types.js'
export { redline } from './redline.js'
export { correspondence, countStats } from './change.js'

export interface CompareOptions {
  /** Bounds for the word redline of each unit. */
  readonly redline?: RedlineOptions
  /**
   * Pair articles that came through exactly as they were before aligning (settle.ts); on by
   * default. Off only to check, in tests, that settling changes no result.
   */
  readonly settle?: boolean
  /** Filled with the milliseconds spent aligning and redlining, for `--timings`. */
  readonly timings?: { align?: number; redline?: number }
}

/**
 * Compares two versions of a text structurally and returns the comparison document of
 * contracts/comparison-json.md: every unit of both texts in exactly one change, ordered by the
 * new text with deletions where they stood, with a word redline inside each changed unit.
 */
export function compareTexts(oldText: LegalText, newText: LegalText, opts: CompareOptions = {}): Comparison {
  const t0 = performance.now()
  const dict = new ShingleDictionary()
  const keys = new StructureKeys()
  const a = buildSide(oldText, dict)
  const b = buildSide(newText, dict)
  const al = new Alignment(a.nodes.length, b.nodes.length)
  const settled = opts.settle === false ? { old: new Uint8Array(0), new: new Uint8Array(0) } : settleIdenticalArticles(a, b, al)
  keySide(a, keys, settled.old)
  keySide(b, keys, settled.new)
  align(a, b, al)
  const t1 = performance.now()
  const changes = describe(a, b, al, opts)
  if (opts.timings) {
    opts.timings.align = t1 - t0
    opts.timings.redline = performance.now() - t1
  }
  const stats = countStats(changes)
  return {
    format: 'renvooi.comparison',
    version: 1,
    old: { label: oldText.label, units: a.nodes.length },
    new: { label: newText.label, units: b.nodes.length },
    changes,
    stats,
  }
}

function describe(a: Side, b: Side, al: Alignment, opts: CompareOptions): Change[] {
  const moved = findMoved(a, b, al)
  // Output order: each new unit's change at its place in the new text, and after it the deletions
  // anchored there (in old order). A group is listed at its first new unit, so every slot holds at
  // most one change and no sort is needed.
  const atNew: Array<Change | undefined> = new Array(b.nodes.length)
  const deletedAfter = new Map<number, Change[]>() // anchor (new index, -1: before everything) → deletions

  const ascending = (list: readonly number[]): readonly number[] => (list.length > 1 ? [...list].sort((x, y) => x - y) : list)
  al.groups.forEach((g, id) => {
    if (g.olds.length === 1 && g.news.length === 1) {
      // Most units of a code: no arrays to build for the general case.
      const o = a.nodes[g.olds[0]!]!
      const n = b.nodes[g.news[0]!]!
      if (o.own === n.own) {
        atNew[n.idx] = unchanged(o.unit.path, n.unit.path, { renumbered: o.unit.number !== n.unit.number, moved: moved.has(id) })
        return
      }
    }
    const olds = ascending(g.olds)
    const news = ascending(g.news)
    const o = a.nodes[olds[0]!]!
    const n = b.nodes[news[0]!]!
    atNew[news[0]!] = correspondence(olds.map((k) => a.nodes[k]!.unit), news.map((k) => b.nodes[k]!.unit),
      { renumbered: o.unit.number !== n.unit.number, moved: moved.has(id) }, opts.redline, olds.length === 1 && news.length === 1 ? o.own === n.own : undefined)
  })
  for (let j = 0; j < b.nodes.length; j++) if (al.newFree(j)) atNew[j] = { kind: 'inserted', old: [], new: [b.nodes[j]!.unit.path] }
  // A deletion stands where it stood: inside the new counterpart of its parent, right after the
  // nearest earlier unit that stayed in that parent (or right after the parent itself); a unit
  // deleted together with its parent follows the parent's deletion; an article follows the nearest
  // earlier unit that stayed in its article. Anchoring on just the nearest earlier old unit put a
  // deleted lid inside another article whenever the lid before it had moved there, and a deleted
  // onderdeel under a lid that its predecessor had been merged into (273f: 3° after the new lid 2).
  const host = (i: number): number => {
    const p = al.partnersOfOld(i)
    return p.length === 1 ? p[0]! : p.length ? Math.min(...p) : -1
  }
  const within = (i: number, j: number): boolean => {
    const h = host(i)
    return h >= 0 && j >= h && j <= b.nodes[h]!.end
  }
  // Anchors are the END of the new subtree of the last unit that stayed: a deleted lid follows
  // every onderdeel of the lid before it, inserted ones included, not just the last that stayed.
  const lastIn = new Map<number, number>() // old container → new index after which its deleted children stand
  const anchorOf = new Int32Array(a.nodes.length).fill(-1)
  let lastTop = -1
  // Anchors are kept only where a deletion needs one: for containers with a deleted child, and
  // for the text when an article was deleted. Most comparisons have few deletions or none.
  const hasDeletedChild = new Uint8Array(a.nodes.length)
  let deletedArticle = false
  let deletions = 0
  for (let k = 0; k < a.nodes.length; k++) {
    if (!al.oldFree(k)) continue
    deletions++
    const p = a.nodes[k]!.parent
    if (p >= 0) hasDeletedChild[p] = 1
    else deletedArticle = true
  }
  for (let k = 0; deletions > 0 && k < a.nodes.length; k++) {
    const o = a.nodes[k]!
    const m = host(o.idx)
    if (m >= 0) {
      const end = b.nodes[m]!.end
      for (let c = o.parent; c >= 0; c = a.nodes[c]!.parent) if (hasDeletedChild[c] && within(c, m)) lastIn.set(c, Math.max(lastIn.get(c) ?? -1, end))
      if (deletedArticle && within(o.article, m)) lastTop = Math.max(lastTop, b.nodes[b.nodes[m]!.article]!.end)
      continue
    }
    const anchor = o.parent < 0 ? lastTop : al.oldFree(o.parent) ? anchorOf[o.parent]! : lastIn.get(o.parent) ?? host(o.parent)
    anchorOf[o.idx] = anchor
    const change: Change = { kind: 'deleted', old: [o.unit.path], new: [] }
    const list = deletedAfter.get(anchor)
    if (list) list.push(change)
    else deletedAfter.set(anchor, [change])
  }
  const changes: Change[] = [...(deletedAfter.get(-1) ?? [])]
  for (let j = 0; j < b.nodes.length; j++) {
    const change = atNew[j]
    if (change) changes.push(change)
    const deleted = deletedAfter.get(j)
    if (deleted) changes.push(...deleted)
  }
  return changes
}
