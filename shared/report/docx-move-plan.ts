import { longestIncreasing } from '../compare/moves.js'
import type { ReportRow } from './model.js'

/**
 * Where the Word renvooi puts each row when units moved. Rows come in the NEW text's order, so
 * "accept all" reads right by itself; "reject all" must give back the CURRENT text in its own
 * order, so a unit that moved has to stand twice: as a move destination (`w:moveTo`) where the
 * row is, and as a move source (`w:moveFrom`) where its old unit stood.
 *
 * Displaced rows: those the comparison marks `moved`, plus every row of an old unit below one
 * of those (an onderdeel travels with its lid without being marked itself; a deleted one is
 * listed inside the lid's new place, but in Word it must be deleted where it stood), plus, as a
 * safety net, any row whose old unit would otherwise come back out of order (the rows that are
 * not on a longest increasing run of old positions). Every other row keeps its place and its
 * ordinary `w:ins`/`w:del` rendering.
 *
 * A source goes right after the last row that stays in place and stood before it in the old
 * text (or before all rows). One move per old unit, named `move1`, `move2` … in row order: a
 * merge of two old units that stood apart has two sources, so two names into one destination.
 */
export type Slot =
  /** A row rendered as before, at its place. */
  | { readonly kind: 'row'; readonly row: number }
  /** A displaced row with new units: its new-side text as a move destination. */
  | { readonly kind: 'target'; readonly row: number; readonly names: readonly string[] }
  /**
   * The old unit `unit` of a displaced row where it stood: a move source named `name`, or, for a
   * row without new units (deleted), the row's ordinary deletion (`name` null).
   */
  | { readonly kind: 'source'; readonly row: number; readonly unit: number; readonly name: string | null }

export function layoutRows(rows: readonly ReportRow[]): Slot[] {
  const displaced = displacedRows(rows)
  const names = new Map<number, string[]>()
  let n = 0
  rows.forEach((r, i) => {
    if (displaced.has(i) && r.newUnits.length) names.set(i, r.oldUnits.map(() => `move${++n}`))
  })

  type Source = { row: number; unit: number; key: number }
  const sources: Source[] = []
  rows.forEach((r, i) => {
    if (!displaced.has(i)) return
    // A deleted row is one deletion, shown where its (first) old unit stood.
    const units = r.newUnits.length ? r.oldOrder.map((key, unit) => ({ key, unit })) : r.oldOrder.slice(0, 1).map((key) => ({ key, unit: 0 }))
    for (const u of units) sources.push({ row: i, unit: u.unit, key: u.key })
  })
  sources.sort((a, b) => a.key - b.key || a.row - b.row)

  // Rows that stay are in old order (displacedRows made sure); each source follows the last of
  // them that stood before it.
  const after = new Map<number, Source[]>() // row index (-1: before every row) → sources after it
  const anchors = rows.map((r, i) => ({ i, key: firstKey(r) })).filter((a) => !displaced.has(a.i) && a.key !== null)
  let k = -1
  for (const s of sources) {
    while (k + 1 < anchors.length && anchors[k + 1]!.key! < s.key) k++
    const at = k < 0 ? -1 : anchors[k]!.i
    const list = after.get(at)
    if (list) list.push(s)
    else after.set(at, [s])
  }

  const slots: Slot[] = []
  const sourcesAfter = (at: number): void => {
    for (const s of after.get(at) ?? []) slots.push({ kind: 'source', row: s.row, unit: s.unit, name: names.get(s.row)?.[s.unit] ?? null })
  }
  sourcesAfter(-1)
  rows.forEach((r, i) => {
    if (!displaced.has(i)) slots.push({ kind: 'row', row: i })
    else if (r.newUnits.length) slots.push({ kind: 'target', row: i, names: names.get(i)! })
    sourcesAfter(i)
  })
  return slots
}

const firstKey = (r: ReportRow): number | null => (r.oldOrder.length ? Math.min(...r.oldOrder) : null)

function displacedRows(rows: readonly ReportRow[]): Set<number> {
  const displaced = new Set<number>()
  rows.forEach((r, i) => {
    if (r.change.moved && r.oldUnits.length) displaced.add(i)
  })
  // Grows monotonically, so this ends; in practice after one or two rounds.
  for (;;) {
    const size = displaced.size
    const movedPaths = new Set([...displaced].flatMap((i) => rows[i]!.oldUnits.map((u) => u.path)))
    rows.forEach((r, i) => {
      if (!displaced.has(i) && r.oldUnits.some((u) => hasAncestorIn(u.path, movedPaths))) displaced.add(i)
    })
    const staying = rows.map((r, i) => ({ i, key: firstKey(r) })).filter((a) => !displaced.has(a.i) && a.key !== null)
    const inOrder = longestIncreasing(staying.map((a) => a.key!))
    staying.forEach((a, k) => {
      if (!inOrder.has(k)) displaced.add(a.i)
    })
    if (displaced.size === size) return displaced
  }
}

function hasAncestorIn(path: string, paths: ReadonlySet<string>): boolean {
  for (let cut = path.lastIndexOf('/'); cut > 0; cut = path.lastIndexOf('/', cut - 1)) {
    if (paths.has(path.slice(0, cut))) return true
  }
  return false
}
