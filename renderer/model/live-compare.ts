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
import { flatten } from '../../shared/model/path.js'

const units = (text: LegalText): Unit[] => flatten(text.units).map(({ unit }) => unit)

/**
 * The comparison of `oldText` with `next`, derived from `previous` (the comparison with
 * `prevNew`), or null when the edit is not a text change inside one-to-one matched units.
 */
export function patchComparison(previous: Comparison, oldText: LegalText, prevNew: LegalText, next: LegalText): Comparison | null {
  const before = units(prevNew)
  const after = units(next)
  if (before.length !== after.length) return null
  const edited = new Map<string, Unit>()
  for (let i = 0; i < after.length; i++) {
    const a = before[i]!
    const b = after[i]!
    if (a === b) continue // untouched: the editor's converter hands back the same object
    if (a.path !== b.path || a.type !== b.type || a.number !== b.number || a.heading !== b.heading) return null
    if (a.text !== b.text) edited.set(b.path, b)
  }
  if (edited.size === 0) return { ...previous, new: { ...previous.new, label: next.label } }

  const oldByPath = new Map(units(oldText).map((u) => [u.path, u]))
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
