/**
 * The arithmetic of row windowing (virtualisation), free of React and the DOM so that it can be
 * unit-tested: row heights (estimated, replaced by measured ones) kept in a Fenwick tree for
 * O(log n) offsets, the range of rows that covers a viewport plus overscan, and the segments to
 * render — rendered rows and the spacers standing in for the rows that are not.
 */

/** Heights of `n` rows with prefix sums in O(log n): offset of a row, row at an offset, total. */
export class RowHeights {
  private readonly heights: Float64Array
  private readonly tree: Float64Array

  constructor(heights: ArrayLike<number>) {
    const n = heights.length
    this.heights = Float64Array.from(heights)
    // Linear-time Fenwick construction.
    this.tree = new Float64Array(n + 1)
    for (let i = 1; i <= n; i++) {
      this.tree[i]! += this.heights[i - 1]!
      const parent = i + (i & -i)
      if (parent <= n) this.tree[parent]! += this.tree[i]!
    }
  }

  get length(): number {
    return this.heights.length
  }

  height(index: number): number {
    return this.heights[index] ?? 0
  }

  /** Sets one row's height; returns whether it changed. */
  set(index: number, height: number): boolean {
    const delta = height - this.heights[index]!
    if (delta === 0 || !Number.isFinite(delta)) return false
    this.heights[index] = height
    for (let i = index + 1; i < this.tree.length; i += i & -i) this.tree[i]! += delta
    return true
  }

  /** Sum of the heights of rows 0 … index-1: where row `index` begins. */
  offsetOf(index: number): number {
    let sum = 0
    for (let i = Math.min(index, this.heights.length); i > 0; i -= i & -i) sum += this.tree[i]!
    return sum
  }

  total(): number {
    return this.offsetOf(this.heights.length)
  }

  /** The row at offset `y` (clamped to 0 … length-1); -1 for no rows. */
  indexAt(y: number): number {
    const n = this.heights.length
    if (n === 0) return -1
    if (y <= 0) return 0
    // Largest position whose prefix sum is <= y, by descending powers of two.
    let pos = 0
    let rest = y
    let step = 1
    while (step * 2 <= n) step *= 2
    for (; step > 0; step >>= 1) {
      const next = pos + step
      if (next <= n && this.tree[next]! <= rest) {
        pos = next
        rest -= this.tree[next]!
      }
    }
    return Math.min(pos, n - 1)
  }
}

/** Half-open range of row indexes [start, end). */
export interface Range {
  readonly start: number
  readonly end: number
}

/**
 * The rows that cover the viewport [top, top + height) (in list coordinates: 0 is the top of the
 * first row), widened by `overscan` pixels on both sides.
 */
export function rangeFor(heights: RowHeights, top: number, height: number, overscan: number): Range {
  const n = heights.length
  if (n === 0) return { start: 0, end: 0 }
  const start = heights.indexAt(top - overscan)
  const last = heights.indexAt(top + height + overscan)
  return { start, end: Math.min(n, last + 1) }
}

/** Whether `outer` contains `inner` (an empty inner range is always contained). */
export const covers = (outer: Range, inner: Range): boolean => inner.start >= inner.end || (outer.start <= inner.start && inner.end <= outer.end)

export type Segment =
  | { readonly kind: 'rows'; readonly start: number; readonly end: number }
  | { readonly kind: 'spacer'; readonly start: number; readonly end: number; readonly height: number }

/**
 * What to render: the window's rows, rows pinned outside it (the current row, the focused one),
 * and between them spacers as high as the rows they stand for, so that the scroll height and every
 * rendered row's position are what they would be with all rows rendered. Always begins and ends
 * with a spacer (possibly of height 0), so the list keeps stable first and last children.
 */
export function segments(heights: RowHeights, window: Range, pinned: readonly number[] = []): Segment[] {
  const n = heights.length
  const ranges: Array<[number, number]> = []
  if (window.start < window.end) ranges.push([Math.max(0, window.start), Math.min(n, window.end)])
  for (const p of pinned) if (p >= 0 && p < n) ranges.push([p, p + 1])
  ranges.sort((a, b) => a[0] - b[0])
  const merged: Array<[number, number]> = []
  for (const r of ranges) {
    const last = merged[merged.length - 1]
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1])
    else merged.push([r[0], r[1]])
  }
  const out: Segment[] = []
  let at = 0
  const spacer = (start: number, end: number) => out.push({ kind: 'spacer', start, end, height: heights.offsetOf(end) - heights.offsetOf(start) })
  for (const [start, end] of merged) {
    if (start > at || out.length === 0) spacer(at, start)
    out.push({ kind: 'rows', start, end })
    at = end
  }
  spacer(at, n)
  return out
}
