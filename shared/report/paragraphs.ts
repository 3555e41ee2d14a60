import type { Change } from '../compare/types.js'
import type { Unit } from '../model/types.js'
import type { ReportPiece } from './anchor.js'
import { numberLabel } from './labels.js'

/**
 * A row's redline cut into the paragraphs a document shows. A split or merged unit's runs hold
 * '\n' where one unit ends and the next begins; the op of that '\n' says which side has the
 * break (a merge deletes a paragraph mark, a split inserts one). Each paragraph carries the
 * numbers that start it on either side as literal text, so a renumbering is a visible change
 * (`1°.` struck, `a.` inserted) and not hidden in automatic numbering.
 */
export interface ReportParagraph {
  /** The paragraph's own end mark: kept, inserted or deleted (Word's paragraph-mark revision). */
  readonly mark: 'equal' | 'insert' | 'delete'
  /** "2.", "1°.", "Artikel 273f" where an old unit starts here; null otherwise. */
  readonly oldNumber: string | null
  readonly newNumber: string | null
  readonly pieces: readonly ReportPiece[]
}

export function toParagraphs(change: Change, oldUnits: readonly Unit[], newUnits: readonly Unit[], pieces: readonly ReportPiece[]): ReportParagraph[] {
  const rowMark = change.kind === 'inserted' ? 'insert' : change.kind === 'deleted' ? 'delete' : 'equal'
  const out: ReportParagraph[] = []
  let oldIdx = 0
  let newIdx = 0
  let current: { oldNumber: string | null; newNumber: string | null; pieces: ReportPiece[] } = {
    oldNumber: oldUnits[0] ? numberLabel(oldUnits[0]) : null,
    newNumber: newUnits[0] ? numberLabel(newUnits[0]) : null,
    pieces: [],
  }
  for (const piece of pieces) {
    const parts = piece.text.split('\n')
    parts.forEach((text, i) => {
      if (i > 0) {
        // A line break of this piece's op ends the paragraph; the next starts a unit on that side.
        out.push({ mark: piece.op, ...current })
        const oldStarts = piece.op !== 'insert' ? oldUnits[++oldIdx] : undefined
        const newStarts = piece.op !== 'delete' ? newUnits[++newIdx] : undefined
        current = { oldNumber: oldStarts ? numberLabel(oldStarts) : null, newNumber: newStarts ? numberLabel(newStarts) : null, pieces: [] }
      }
      const first = i === 0
      const last = i === parts.length - 1
      // Comment ends stay with the text they bound: opens on the first part, closes on the last.
      if (text || (first && piece.opens.length) || (last && piece.closes.length)) {
        current.pieces.push({ op: piece.op, text, opens: first ? piece.opens : [], closes: last ? piece.closes : [] })
      }
    })
  }
  out.push({ mark: rowMark, ...current })
  return out
}

/** The side's own view of a paragraph: its number and its runs (equal plus that side's changes). */
export function sidePieces(p: ReportParagraph, side: 'old' | 'new'): readonly ReportPiece[] {
  const own = side === 'old' ? 'delete' : 'insert'
  return p.pieces.filter((x) => x.op === 'equal' || x.op === own)
}

/** One side's paragraph: the lines a reader of that version alone sees. */
export interface SideParagraph {
  readonly number: string | null
  /** The unit's number differs on the other side (renumbered). */
  readonly renumbered: boolean
  readonly pieces: readonly ReportPiece[]
}

/**
 * A row as one side reads it: a paragraph per unit that starts on this side; paragraphs that
 * exist only on the other side (a split's new halves, a merge's old halves) continue the
 * previous one. Empty for a side without units (inserted on the old side, deleted on the new).
 */
export function sideParagraphs(paragraphs: readonly ReportParagraph[], side: 'old' | 'new', hasUnits: boolean): SideParagraph[] {
  if (!hasUnits) return []
  const out: Array<{ number: string | null; renumbered: boolean; pieces: ReportPiece[] }> = []
  for (const p of paragraphs) {
    const number = side === 'old' ? p.oldNumber : p.newNumber
    const other = side === 'old' ? p.newNumber : p.oldNumber
    const pieces = sidePieces(p, side)
    if (number !== null || !out.length) out.push({ number, renumbered: number !== null && other !== null && other !== number, pieces: [...pieces] })
    else out[out.length - 1]!.pieces.push(...pieces)
  }
  return out
}
