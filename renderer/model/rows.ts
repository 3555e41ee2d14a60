/**
 * The comparison as rows for the views: one row per change, in the new text's document order,
 * each with the units it concerns on both sides and the badges a drafter reads
 * (gewijzigd, vernummerd, verplaatst, nieuw, vervallen, gesplitst, samengevoegd).
 */
import type { Change, Comparison } from '../../shared/compare/types.js'
import type { LegalText, Unit } from '../../shared/model/types.js'
import { flatten, isDivision, parsePath } from '../../shared/model/path.js'

export type Badge = 'gewijzigd' | 'vernummerd' | 'verplaatst' | 'nieuw' | 'vervallen' | 'gesplitst' | 'samengevoegd'

export interface Row {
  readonly key: string
  readonly change: Change
  readonly old: readonly Unit[]
  readonly new: readonly Unit[]
  /** Nesting for indentation: 0 for an artikel, 1 for a lid, 2 for an onderdeel … */
  readonly depth: number
  readonly badges: readonly Badge[]
  /** Whether next/previous change stops here. */
  readonly changed: boolean
}

export function badgesOf(change: Change): Badge[] {
  const badges: Badge[] = []
  switch (change.kind) {
    case 'modified': badges.push('gewijzigd'); break
    case 'inserted': badges.push('nieuw'); break
    case 'deleted': badges.push('vervallen'); break
    case 'split': badges.push('gesplitst'); break
    case 'merged': badges.push('samengevoegd'); break
    case 'unchanged': break
  }
  if (change.renumbered) badges.push('vernummerd')
  if (change.moved) badges.push('verplaatst')
  return badges
}

/**
 * Path → unit of a text. Indexes are cached per text object, and the index of the text last
 * asked for is carried over to its successor while the drafter types: the editor's converter
 * hands back the same Unit objects for everything untouched, so walking the two trees and
 * skipping identical subtrees updates the index for a keystroke without flattening the whole
 * text (a 1,500-article code has some 11,000 units). The carried-over index then belongs to the
 * new text alone; the old text is indexed afresh should it be asked for again.
 */
const indexes = new WeakMap<LegalText, Map<string, Unit>>()
let lastIndexed: { text: LegalText; index: Map<string, Unit> } | null = null

function addAll(units: readonly Unit[], index: Map<string, Unit>): void {
  for (const { unit } of flatten(units)) index.set(unit.path, unit)
}

/** Updates `index` from `before` to `after`; false when the shapes differ (then rebuild). */
function carryOver(before: readonly Unit[], after: readonly Unit[], index: Map<string, Unit>): boolean {
  if (before.length !== after.length) return false
  for (let i = 0; i < after.length; i++) {
    const a = before[i]!
    const b = after[i]!
    if (a === b) continue
    if (a.path !== b.path || a.type !== b.type) return false
    // flatten leaves divisions out of the index, so only their children are entered.
    if (!isDivision(b.type)) index.set(b.path, b)
    if (!carryOver(a.children, b.children, index)) return false
  }
  return true
}

/** The index of `text`; with `carry`, derived from the last text indexed with `carry` (see above). */
export function pathIndex(text: LegalText, carry = false): Map<string, Unit> {
  const hit = indexes.get(text)
  if (hit) return hit
  let index: Map<string, Unit> | null = null
  if (carry && lastIndexed && lastIndexed.text !== text) {
    const prev = lastIndexed
    indexes.delete(prev.text)
    if (carryOver(prev.text.units, text.units, prev.index)) index = prev.index
  }
  if (!index) {
    index = new Map()
    addAll(text.units, index)
  }
  indexes.set(text, index)
  if (carry) lastIndexed = { text, index }
  return index
}

const depthOf = (path: string): number => Math.max(0, parsePath(path).length - 1)

/** The rows last built with a cache, so that the next call can start from them (see buildRows). */
const lastBuilt = new WeakMap<WeakMap<Change, Row>, { changes: readonly Change[]; rows: Row[] }>()

/**
 * Rows for a comparison. Pass the same `cache` across calls while the drafter types: a change
 * object that the live patch left alone maps to the very same Row, so memoised row components
 * skip it and only the edited rows render again. With a cache, a comparison with as many changes
 * as the one before is built from that one's rows, comparing change objects by identity: a
 * keystroke in a whole code then builds one row instead of looking up 11,000.
 */
export function buildRows(comparison: Comparison, oldText: LegalText, newText: LegalText, cache?: WeakMap<Change, Row>): Row[] {
  // Indexed only when a change is not in the cache (usually one per keystroke).
  let oldUnits: Map<string, Unit> | null = null
  let newUnits: Map<string, Unit> | null = null
  const pick = (paths: readonly string[], units: Map<string, Unit>): Unit[] =>
    paths.flatMap((p) => {
      const u = units.get(p)
      return u ? [u] : []
    })
  const rowOf = (change: Change): Row => {
    const hit = cache?.get(change)
    if (hit) return hit
    oldUnits ??= pathIndex(oldText)
    newUnits ??= pathIndex(newText, true)
    const badges = badgesOf(change)
    const anchor = change.new[0] ?? change.old[0] ?? ''
    const row: Row = {
      // Every unit is in exactly one change, so its paths identify the row.
      key: `${change.old.join('+')}>${change.new.join('+')}`,
      change,
      old: pick(change.old, oldUnits),
      new: pick(change.new, newUnits),
      depth: depthOf(anchor),
      badges,
      changed: badges.length > 0,
    }
    cache?.set(change, row)
    return row
  }
  const last = cache ? lastBuilt.get(cache) : undefined
  let rows: Row[]
  if (last && last.changes.length === comparison.changes.length) {
    rows = last.rows.slice()
    const { changes } = comparison
    for (let i = 0; i < changes.length; i++) if (changes[i] !== last.changes[i]) rows[i] = rowOf(changes[i]!)
  } else {
    rows = comparison.changes.map(rowOf)
  }
  if (cache) lastBuilt.set(cache, { changes: comparison.changes, rows })
  return rows
}

/** How a unit's number reads in the text: `Artikel 273f`, `1.`, `a.`, `1°.` */
export function numberLabel(unit: Pick<Unit, 'type' | 'number'>): string {
  if (unit.type === 'artikel') return `Artikel ${unit.number}`
  if (unit.type === 'lid' || unit.type === 'onderdeel' || unit.type === 'subonderdeel') return `${unit.number}.`
  return unit.number
}

/** A short name for a path, for outlines and screen readers: `Artikel 273f, lid 2, onderdeel a`. */
export function pathLabel(path: string): string {
  return parsePath(path)
    .map(([type, number]) => (type === 'artikel' ? `Artikel ${number}` : `${type} ${number}`))
    .join(', ')
}
