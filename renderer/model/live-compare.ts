/**
 * Keeping the comparison current while the drafter types, without re-running the whole
 * structural alignment on every keystroke. Typing inside a lid changes that unit's own text and
 * nothing else; if the unit was matched one-to-one before, its new redline is all that changes
 * (GUIDE §4.4: recompute only the units a transaction touched). The App shows this patched
 * comparison at once and replaces it with a full `compareTexts` when typing pauses, because a
 * large enough edit can change how units align.
 */
import type { Change, Comparison } from '../../shared/compare/types.js'
import { correspondence, countStats } from '../../shared/compare/index.js'
import type { LegalText, Unit } from '../../shared/model/types.js'
import { flatten, isDivision } from '../../shared/model/path.js'

/**
 * Path → unit of a text, cached per text object. The current text stays the same object while
 * the drafter types, so it is indexed once, not on every keystroke.
 */
const oldIndexes = new WeakMap<LegalText, Map<string, Unit>>()
function indexOldText(text: LegalText): Map<string, Unit> {
  let index = oldIndexes.get(text)
  if (!index) {
    index = new Map(flatten(text.units).map(({ unit }) => [unit.path, unit]))
    oldIndexes.set(text, index)
  }
  return index
}

/**
 * Collects into `edited` the units whose own text differs between two versions of the same
 * tree, or returns false when the trees differ in shape, numbers, paths or headings. Subtrees
 * that are the same object are skipped: the editor's converter hands back the very same Unit for
 * everything the drafter did not touch, so a keystroke walks only the top level and the edited
 * unit's ancestors instead of flattening the whole text. Divisions are not units of the
 * comparison (flatten leaves them out), so only their children are compared.
 */
function collectEdits(before: readonly Unit[], after: readonly Unit[], edited: Map<string, Unit>): boolean {
  if (before.length !== after.length) return false
  for (let i = 0; i < after.length; i++) {
    const a = before[i]!
    const b = after[i]!
    if (a === b) continue
    if (isDivision(a.type) || isDivision(b.type)) {
      if (a.type !== b.type) return false
    } else {
      if (a.path !== b.path || a.type !== b.type || a.number !== b.number || a.heading !== b.heading) return false
      if (a.text !== b.text) edited.set(b.path, b)
    }
    if (!collectEdits(a.children, b.children, edited)) return false
  }
  return true
}

/**
 * The comparison of `oldText` with `next`, derived from `previous` (the comparison with
 * `prevNew`), or null when the edit is not a text change inside one-to-one matched units.
 */
export function patchComparison(previous: Comparison, oldText: LegalText, prevNew: LegalText, next: LegalText): Comparison | null {
  const edited = new Map<string, Unit>()
  if (!collectEdits(prevNew.units, next.units, edited)) return null
  if (edited.size === 0) return { ...previous, new: { ...previous.new, label: next.label } }

  const oldByPath = indexOldText(oldText)
  let pending = edited.size
  const changes = previous.changes.map((change): Change => {
    const path = change.new.length === 1 ? change.new[0]! : null
    const unit = path === null ? undefined : edited.get(path)
    if (!unit) return change
    if (change.kind !== 'unchanged' && change.kind !== 'modified') return change
    const old = change.old.length === 1 ? oldByPath.get(change.old[0]!) : undefined
    if (!old) return change
    pending--
    return correspondence([old], [unit], { renumbered: change.renumbered ?? false, moved: change.moved ?? false })
  })
  // An edited unit that was inserted, split or merged: its alignment may change, so start over.
  if (pending !== 0) return null
  return { ...previous, new: { ...previous.new, label: next.label }, changes, stats: countStats(changes) }
}

/** Structural equality of plain data (the comparison is JSON-shaped). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false
    return true
  }
  if (Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false
    if (!deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false
  }
  return true
}

const changeKey = (c: Change): string => `${c.old.join('+')}>${c.new.join('+')}`

/**
 * `next` with every change that equals one in `previous` replaced by that very object, so the
 * views' per-change caches and memoised rows see nothing new; `previous` itself when the two
 * comparisons are equal altogether (then there is nothing to show again). The full comparison
 * that runs when typing pauses usually agrees with the live patch, and this keeps it from
 * re-rendering thousands of rows.
 */
export function reuseEqualChanges(previous: Comparison, next: Comparison): Comparison {
  const before = new Map<string, Change>()
  for (const c of previous.changes) before.set(changeKey(c), c)
  let allSame = previous.changes.length === next.changes.length
  const changes = next.changes.map((c, i) => {
    const old = before.get(changeKey(c))
    const kept = old && deepEqual(old, c) ? old : c
    if (kept !== previous.changes[i]) allSame = false
    return kept
  })
  if (allSame && deepEqual(previous.old, next.old) && deepEqual(previous.new, next.new) && deepEqual(previous.stats, next.stats)
    && previous.format === next.format && previous.version === next.version) return previous
  return { ...next, changes }
}
