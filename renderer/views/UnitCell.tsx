/**
 * One side of a row in the side-by-side view: the unit(s) with their numbers and the words
 * deleted (current side) or inserted (proposed side).
 */
import type { Unit } from '../../shared/model/types.js'
import type { Row } from '../model/rows.js'
import { numberLabel } from '../model/rows.js'
import { RenvooiRuns } from './RenvooiRuns.js'
import type { WordRun } from '../../shared/compare/types.js'
import { useUnitMarks } from '../comments/places-store.js'
import { MarkedText, type Piece } from '../comments/MarkedText.js'

/** The proposal's words of a cell as pieces, when they spell the unit's own text (else null). */
function newPieces(unit: Unit, words: readonly WordRun[] | null, whole: boolean): Piece[] | null {
  const pieces: Piece[] = whole ? [{ text: unit.text, as: 'ins' }]
    : words ? words.flatMap((r): Piece[] => (r.op === 'delete' ? [] : [{ text: r.text, as: r.op === 'insert' ? 'ins' : 'plain' }]))
      : [{ text: unit.text, as: 'plain' }]
  return pieces.map((p) => p.text).join('') === unit.text ? pieces : null
}

function UnitText({ unit, row, side }: { unit: Unit; row: Row; side: 'old' | 'new' }) {
  const { change } = row
  const units = side === 'old' ? row.old : row.new
  // The redline describes the pair; with several units on this side (split, merged) show them plainly.
  const words = change.words && units.length === 1 ? change.words : null
  const whole = (side === 'old' && change.kind === 'deleted') || (side === 'new' && change.kind === 'inserted')
  // Comments are anchored in the proposal: their passages are marked on its side only.
  const marks = useUnitMarks(side === 'new' ? unit.path : '')
  const pieces = marks.length ? newPieces(unit, words, whole) : null
  if (pieces) {
    return (
      <div className="unit" data-unit-path={unit.path}>
        <span className="nr">{numberLabel(unit)}</span>{' '}
        {unit.heading ? <span className="heading">{unit.heading} </span> : null}
        <span className="text"><MarkedText pieces={pieces} marks={marks} /></span>
      </div>
    )
  }
  const text = words ? <RenvooiRuns runs={words} side={side} /> : unit.text
  return (
    <div className="unit" data-unit-path={unit.path}>
      <span className="nr">{numberLabel(unit)}</span>{' '}
      {unit.heading ? <span className="heading">{unit.heading} </span> : null}
      <span className="text">{whole ? (side === 'old' ? <del>{unit.text}</del> : <ins>{unit.text}</ins>) : text}</span>
    </div>
  )
}

export function UnitCell({ row, side }: { row: Row; side: 'old' | 'new' }) {
  const units = side === 'old' ? row.old : row.new
  return <>{units.map((u) => <UnitText key={u.path} unit={u} row={row} side={side} />)}</>
}
