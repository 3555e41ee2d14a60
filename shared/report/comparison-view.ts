import type { Change, Comparison, WordRun } from '../compare/types.js'
import type { LegalText, Unit } from '../model/types.js'
import { unitsByPath } from '../model/path.js'

/**
 * What the terminal and HTML renderings of a comparison need per change: the paths with the
 * unit texts they stand for, and the runs to show (the redline for changed units, the whole text
 * as one run for unchanged, inserted and deleted units).
 */
export interface ChangeView {
  readonly change: Change
  readonly oldUnits: readonly Unit[]
  readonly newUnits: readonly Unit[]
  readonly runs: readonly WordRun[]
}

export function changeViews(comparison: Comparison, oldText: LegalText, newText: LegalText): ChangeView[] {
  const olds = unitsByPath(oldText.units)
  const news = unitsByPath(newText.units)
  return comparison.changes.map((change) => {
    const oldUnits = change.old.map((p) => olds.get(p)!).filter(Boolean)
    const newUnits = change.new.map((p) => news.get(p)!).filter(Boolean)
    const runs: WordRun[] = change.words ? [...change.words]
      : change.kind === 'inserted' ? [{ op: 'insert', text: newUnits.map((u) => u.text).join('\n') }]
      : change.kind === 'deleted' ? [{ op: 'delete', text: oldUnits.map((u) => u.text).join('\n') }]
      : [{ op: 'equal', text: newUnits.map((u) => u.text).join('\n') }]
    return { change, oldUnits, newUnits, runs: runs.filter((r) => r.text) }
  })
}
