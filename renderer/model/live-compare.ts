/**
 * Keeping the comparison current while the drafter types, without re-running the whole
 * structural alignment on every keystroke. Typing inside a lid changes that unit's own text and
 * nothing else; if the unit was matched one-to-one before, its new redline is all that changes
 * (GUIDE §4.4: recompute only the units a transaction touched). The App shows this patched
 * comparison at once and replaces it with a full `compareTexts` when typing pauses, because a
 * large enough edit can change how units align.
 */
import type { Change, Comparison } from '../../shared/compare/types.js'
import { correspondence } from '../../shared/compare/index.js'
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
 * Where each unit of the proposal has its change, if the change has that unit alone on the new
 * side: path → index into `changes`. Cached per comparison; a patched comparison has its changes
 * at the same places, so it shares the index of the comparison it was derived from. A keystroke
 * thus finds its row without walking the 11,000 changes of a whole code.
 */
const changeIndexes = new WeakMap<Comparison, Map<string, number>>()
function changeIndex(comparison: Comparison): Map<string, number> {
  let index = changeIndexes.get(comparison)
  if (!index) {
    index = new Map()
    comparison.changes.forEach((c, i) => {
      if (c.new.length === 1) index!.set(c.new[0]!, i)
    })
    changeIndexes.set(comparison, index)
  }
  return index
}

/**
 * The comparison of `oldText` with `next`, derived from `previous` (the comparison with
 * `prevNew`), or null when the edit is not a text change inside one-to-one matched units.
 */
export function patchComparison(previous: Comparison, oldText: LegalText, prevNew: LegalText, next: LegalText): Comparison | null {
  const edited = new Map<string, Unit>()
  if (!collectEdits(prevNew.units, next.units, edited)) return null
  if (edited.size === 0) {
    const same: Comparison = { ...previous, new: { ...previous.new, label: next.label } }
    changeIndexes.set(same, changeIndex(previous))
    return same
  }

  const oldByPath = indexOldText(oldText)
  const index = changeIndex(previous)
  // A copy of the list (a memcpy) with the edited units' changes replaced, and the counts adjusted.
  const changes = previous.changes.slice()
  const stats = { ...previous.stats }
  for (const [path, unit] of edited) {
    const i = index.get(path)
    const change = i === undefined ? undefined : changes[i]
    // An edited unit that was inserted, split or merged: its alignment may change, so start over.
    if (i === undefined || !change || (change.kind !== 'unchanged' && change.kind !== 'modified')) return null
    const old = change.old.length === 1 ? oldByPath.get(change.old[0]!) : undefined
    if (!old) return null
    const patched = correspondence([old], [unit], { renumbered: change.renumbered ?? false, moved: change.moved ?? false })
    stats[change.kind]--
    stats[patched.kind]++
    changes[i] = patched
  }
  const result: Comparison = { ...previous, new: { ...previous.new, label: next.label }, changes, stats }
  changeIndexes.set(result, index)
  return result
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
