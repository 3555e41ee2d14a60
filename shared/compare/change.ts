import type { Unit } from '../model/types.js'
import { normalizeSpace } from '../model/normalize.js'
import type { Change, ComparisonStats } from './types.js'
import { redline, type RedlineOptions } from './redline.js'
import { keepShape } from '../model/shapes.js'

/**
 * The change for units found to correspond — one old and one new (unchanged or modified), one
 * old and several new (split), several old and one new (merged) — with its word redline. Shared
 * by the full comparison and the editor's per-keystroke patch, so both say exactly the same.
 */
export function correspondence(olds: readonly Unit[], news: readonly Unit[], flags: { renumbered: boolean; moved: boolean }, opts?: RedlineOptions, sameText?: boolean): Change {
  const one = olds.length === 1 && news.length === 1
  // `sameText`: the caller already compared the normalised own texts (the engine has them).
  // Most units of a code are unchanged: their change is written out directly, without spreads.
  if (one && (sameText ?? normalizeSpace(olds[0]!.text) === normalizeSpace(news[0]!.text))) return unchanged(olds[0]!.path, news[0]!.path, flags)
  const base = { old: olds.map((u) => u.path), new: news.map((u) => u.path), ...flags }
  const oldText = olds.map((u) => u.text).join('\n')
  const newText = news.map((u) => u.text).join('\n')
  const kind = olds.length > 1 ? 'merged' : news.length > 1 ? 'split' : 'modified'
  // Split and merged units are redlined as one text, their parts joined by a line break.
  const r = redline(oldText, newText, opts)
  return { kind, ...base, similarity: Math.round(r.similarity * 1000) / 1000, words: r.runs, ...(r.approximate ? { approximate: true } : {}) }
}

/** The change of a unit whose text came through as it was (perhaps renumbered or moved). */
export function unchanged(oldPath: string, newPath: string, flags: { renumbered: boolean; moved: boolean }): Change {
  return { kind: 'unchanged', old: [oldPath], new: [newPath], renumbered: flags.renumbered, moved: flags.moved, similarity: 1 }
}

export function countStats(changes: readonly Change[]): ComparisonStats {
  const stats: ComparisonStats = { unchanged: 0, modified: 0, inserted: 0, deleted: 0, split: 0, merged: 0 }
  for (let k = 0; k < changes.length; k++) stats[changes[k]!.kind]++
  return stats
}

// See model/shapes.ts: one change of each shape kept, so that code reading changes stays optimised.
const shapedUnit = (text: string): Unit => ({ type: 'lid', number: '1', path: 'artikel:1/lid:1', text, children: [] })
const shapedFlags = { renumbered: false, moved: false }
keepShape([
  unchanged('a', 'a', shapedFlags),
  correspondence([shapedUnit('een twee')], [shapedUnit('een drie')], shapedFlags),
  correspondence([shapedUnit('een twee')], [shapedUnit('een'), shapedUnit('twee')], shapedFlags),
  correspondence([shapedUnit('een twee drie vier')], [shapedUnit('vijf zes zeven acht')], shapedFlags, { maxEditLength: 1 }),
])
