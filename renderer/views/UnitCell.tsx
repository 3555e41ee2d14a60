/**
 * One side of a row in the side-by-side view: the unit(s) with their numbers and the words
 * deleted (current side) or inserted (proposed side).
 */
import type { Unit } from '../../shared/model/types.js'
import type { Row } from '../model/rows.js'
import { numberLabel, pathLabel } from '../model/rows.js'
import { useI18n } from '../i18n/index.js'
import { RenvooiRuns } from './RenvooiRuns.js'
import { runsPerUnit } from '../model/unit-runs.js'
import type { WordRun } from '../../shared/compare/types.js'
import { useUnitMarks } from '../comments/places-store.js'
import { MarkedText, type Piece } from '../comments/MarkedText.js'

/** A cell's words of its side as pieces, when they spell the unit's own text (else null). */
function sidePieces(unit: Unit, words: readonly WordRun[] | null, whole: boolean, side: 'old' | 'new'): Piece[] | null {
  const [skip, mine, as] = side === 'new' ? ['delete', 'insert', 'ins'] as const : ['insert', 'delete', 'del'] as const
  const pieces: Piece[] = whole ? [{ text: unit.text, as }]
    : words ? words.flatMap((r): Piece[] => (r.op === skip ? [] : [{ text: r.text, as: r.op === mine ? as : 'plain' }]))
      : [{ text: unit.text, as: 'plain' }]
  return pieces.map((p) => p.text).join('') === unit.text ? pieces : null
}

function UnitText({ unit, row, side, unitWords }: { unit: Unit; row: Row; side: 'old' | 'new'; unitWords: readonly WordRun[] | null }) {
  const { change } = row
  const words = unitWords
  const whole = (side === 'old' && change.kind === 'deleted') || (side === 'new' && change.kind === 'inserted')
  // Each side marks the comments made on its own text.
  const marks = useUnitMarks(unit.path, side)
  const pieces = marks.length ? sidePieces(unit, words, whole, side) : null
  if (pieces) {
    return (
      <div className="unit" data-unit-path={unit.path}>
        <span className="nr">{numberLabel(unit)}</span>{' '}
        {unit.heading ? <span className="heading">{unit.heading} </span> : null}
        <span className="text"><MarkedText pieces={pieces} marks={marks} side={side} /></span>
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

const parentPath = (path: string): string => path.slice(0, Math.max(0, path.lastIndexOf('/')))

/**
 * Where a moved unit stood, on the current side ("stond in Artikel 273f, lid 1"), when it went
 * to another parent: its number alone ("6°.") does not say which lid or article it left.
 */
function MovedFrom({ row }: { row: Row }) {
  const { t } = useI18n()
  // One place for the whole group (a merge of onderdelen of one lid into a new lid included).
  const froms = new Set(row.old.map((u) => parentPath(u.path)))
  const from = row.change.moved && froms.size === 1 && row.new.length ? [...froms][0]! : ''
  if (!from || row.new.some((u) => parentPath(u.path) === from)) return null
  return <span className="moved-from">{t('change.movedFrom', { place: pathLabel(from) })}</span>
}

export function UnitCell({ row, side }: { row: Row; side: 'old' | 'new' }) {
  const units = side === 'old' ? row.old : row.new
  const { words } = row.change
  // The redline describes the group; on a side with several units (split, merged) it is cut per
  // unit, and only if it cannot be (it always can for the engine's output) are they shown plainly.
  const perUnit = words && units.length > 1 ? runsPerUnit(words, units, side) : null
  return (
    <>
      {side === 'old' ? <MovedFrom row={row} /> : null}
      {units.map((u, k) => <UnitText key={u.path} unit={u} row={row} side={side} unitWords={units.length === 1 ? words ?? null : perUnit?.[k] ?? null} />)}
    </>
  )
}
