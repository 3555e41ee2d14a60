import type { Node } from './nodes.js'
import { keepShape } from '../model/shapes.js'

/**
 * Which units of the old text correspond to which of the new: groups of one old and one new
 * unit (unchanged or modified), one old and several new (split) or several old and one new
 * (merged). Units in no group were deleted or inserted.
 */
export interface Group {
  readonly olds: number[]
  readonly news: number[]
}

export class Alignment {
  readonly groups: Group[] = []
  readonly oldGroup: Int32Array
  readonly newGroup: Int32Array

  constructor(oldCount: number, newCount: number) {
    this.oldGroup = new Int32Array(oldCount).fill(-1)
    this.newGroup = new Int32Array(newCount).fill(-1)
  }

  pair(i: number, j: number): void {
    this.oldGroup[i] = this.newGroup[j] = this.groups.length
    this.groups.push({ olds: [i], news: [j] })
  }

  addOld(group: number, i: number): void {
    this.groups[group]!.olds.push(i)
    this.oldGroup[i] = group
  }

  addNew(group: number, j: number): void {
    this.groups[group]!.news.push(j)
    this.newGroup[j] = group
  }

  /** Re-pairs a one-to-one group (see `uncross` in align.ts). */
  repair(group: number, i: number, j: number): void {
    const g = this.groups[group]!
    g.olds[0] = i
    g.news[0] = j
    this.oldGroup[i] = group
    this.newGroup[j] = group
  }

  private openOlds: number[] | null = null
  private openNews: number[] | null = null

  /**
   * Old units in no group yet, ascending. Units are only ever paired, never unpaired, so each
   * list is the last one filtered: once the identical units are paired, the later phases walk
   * the few units left instead of the whole text.
   */
  openOld(): readonly number[] {
    this.openOlds = stillFree(this.openOlds, this.oldGroup)
    return this.openOlds
  }

  /** New units in no group yet, ascending (see `openOld`). */
  openNew(): readonly number[] {
    this.openNews = stillFree(this.openNews, this.newGroup)
    return this.openNews
  }

  oldFree(i: number): boolean {
    return this.oldGroup[i] === -1
  }

  newFree(j: number): boolean {
    return this.newGroup[j] === -1
  }

  /** Whether old unit `i` and new unit `j` are in one group (-1 with -1 counts: both "no parent"). */
  together(i: number, j: number): boolean {
    if (i < 0 || j < 0) return i === j
    const g = this.oldGroup[i]!
    return g >= 0 && g === this.newGroup[j]
  }

  /** New partners of old unit `i`. */
  partnersOfOld(i: number): readonly number[] {
    const g = this.oldGroup[i]!
    return g >= 0 ? this.groups[g]!.news : []
  }

}

// See model/shapes.ts: a group made, one unit added on each side, and one re-paired.
const shaped = keepShape(new Alignment(3, 3))
shaped.pair(0, 0)
shaped.addOld(0, 1)
shaped.addNew(0, 1)
shaped.repair(0, 2, 2)

function stillFree(last: readonly number[] | null, groupOf: Int32Array): number[] {
  const out: number[] = []
  if (last) {
    for (let x = 0; x < last.length; x++) if (groupOf[last[x]!] === -1) out.push(last[x]!)
  } else {
    for (let k = 0; k < groupOf.length; k++) if (groupOf[k] === -1) out.push(k)
  }
  return out
}

/** A scored candidate pair for best-first assignment. */
export interface Candidate {
  readonly i: number
  readonly j: number
  readonly score: number
}

/**
 * Best-first assignment: the strongest pairs first, each unit used once. Ties are broken by how
 * far apart the two units stand (relative position), then by index sum, so that the result does
 * not depend on which text is called old.
 */
export function assignBestFirst(cands: Candidate[], olds: readonly Node[], news: readonly Node[], threshold: number, al: Alignment): void {
  const relOld = 1 / Math.max(1, olds.length)
  const relNew = 1 / Math.max(1, news.length)
  const distance = (c: Candidate): number => Math.abs(c.i * relOld - c.j * relNew)
  cands.sort((x, y) => y.score - x.score || distance(x) - distance(y) || x.i + x.j - (y.i + y.j))
  for (const c of cands) {
    if (c.score < threshold) break
    if (al.oldFree(c.i) && al.newFree(c.j)) al.pair(c.i, c.j)
  }
}
