/**
 * The word redline of a split or merge, cut per unit. The engine redlines such a group as one
 * text, its units joined by a line break (shared/compare/change.ts), so on the side with several
 * units the runs of that side spell those texts one after the other. Cut at the units' lengths
 * (not at line breaks: a unit of several alinea holds line breaks of its own), each unit gets the
 * words deleted (current side) or inserted (proposal side) in it.
 */
import type { WordRun } from '../../shared/compare/types.js'
import type { Unit } from '../../shared/model/types.js'

/** Runs per unit on `side`, or null when the runs do not spell the units' texts (then show them plainly). */
export function runsPerUnit(words: readonly WordRun[], units: readonly Unit[], side: 'old' | 'new'): WordRun[][] | null {
  const skip = side === 'old' ? 'insert' : 'delete'
  return segmentsPerUnit(words, units, side)?.map((runs) => runs.filter((r) => r.op !== skip)) ?? null
}

/**
 * The whole redline cut into one segment per unit on `side`, for the inline renvooi: each
 * segment holds that unit's words and the other side's words that stand among them (for a split,
 * the current words struck in that part). The line breaks that joined the units are left out.
 * Null when the runs do not spell the units' texts.
 */
export function segmentsPerUnit(words: readonly WordRun[], units: readonly Unit[], side: 'old' | 'new'): WordRun[][] | null {
  const skip = side === 'old' ? 'insert' : 'delete'
  const out: WordRun[][] = units.map(() => [])
  let k = 0
  /** Characters of units[k] (then of the separator after it) still to be filled. */
  let left = units[0]?.text.length ?? 0
  let inSeparator = false
  for (const run of words) {
    if (run.op === skip) {
      // The other side's words stay in the segment they stand in (after the last unit: in it).
      out[Math.min(k, units.length - 1)]?.push(run)
      continue
    }
    let text = run.text
    while (text.length) {
      if (k >= units.length) return null
      if (inSeparator) {
        // The line break that joined two units: it belongs to neither.
        if (text[0] !== '\n') return null
        text = text.slice(1)
        inSeparator = false
        k++
        left = units[k]?.text.length ?? 0
        continue
      }
      const piece = text.slice(0, left)
      if (piece) out[k]!.push({ op: run.op, text: piece })
      text = text.slice(piece.length)
      left -= piece.length
      if (left === 0) {
        if (k === units.length - 1) {
          if (text.length) return null
          k++
        } else inSeparator = true
      }
    }
  }
  // Every unit filled, and each unit's pieces spell its text.
  if (k < units.length - 1 || (k === units.length - 1 && left > 0) || inSeparator) return null
  const spells = (runs: readonly WordRun[], i: number): boolean => runs.filter((r) => r.op !== skip).map((r) => r.text).join('') === units[i]!.text
  return out.every(spells) ? out : null
}
