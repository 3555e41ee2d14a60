/** The renvooi in one text: struck and inserted words per unit, renumbering shown on the number. */
import { memo, useRef } from 'react'
import type { Row } from '../model/rows.js'
import type { WordRun } from '../../shared/compare/types.js'
import type { Unit } from '../../shared/model/types.js'
import { segmentsPerUnit } from '../model/unit-runs.js'
import { numberLabel, pathLabel } from '../model/rows.js'
import { useI18n } from '../i18n/index.js'
import { BadgeList } from './BadgeList.js'
import { RenvooiRuns } from './RenvooiRuns.js'
import { useUnitMarks } from '../comments/places-store.js'
import { MarkedText, type Piece } from '../comments/MarkedText.js'
import type { RenderRow } from './row-chunks.js'
import { WindowedRows, linesOf, type Estimate, type RenderSpacer } from './windowed-rows.js'

const renderRow: RenderRow = (row, index, current, total) => <InlineRow key={row.key} row={row} index={index} current={current} total={total} />

const renderSpacer: RenderSpacer = (key, height) => <div key={key} className="row-spacer" aria-hidden="true" style={{ height }} />

/** Estimated height: the unit's words (struck and inserted both) at ~7.3 px a character, line height 22.5 px. */
export const estimateInlineRow: Estimate = (row, width) => {
  const chars = Math.floor((width - 16 - 30 * Math.min(row.depth, 3)) / 7.3)
  const words = row.change.words
  const text = words ? words.map((w) => w.text).join('') : [...row.new, ...row.old].slice(0, row.change.kind === 'unchanged' ? 1 : undefined).map((u) => u.text).join('\n')
  return Math.round(linesOf(`${row.badges.length ? '               ' : ''}12. ${text}`, chars) * 22.5 + 11.5)
}

/**
 * A split or merge cut into its units on the side that has several (model/unit-runs.ts), so that
 * each part stands on its own line under its own number. Null when the redline cannot be cut.
 */
function groupParts(row: Row): { side: 'old' | 'new'; units: readonly Unit[]; segments: WordRun[][] } | null {
  const words = row.change.words
  if (!words || (row.old.length < 2 && row.new.length < 2)) return null
  const side = row.new.length > 1 ? 'new' : 'old'
  const units = side === 'new' ? row.new : row.old
  const segments = segmentsPerUnit(words, units, side)
  return segments ? { side, units, segments } : null
}

/** The number of one unit of a split (inserted) or merge (struck), at the start of its part. */
function PartNumber({ unit, side }: { unit: Unit; side: 'old' | 'new' }) {
  return <span className="nr">{side === 'new' ? <ins>{numberLabel(unit)}</ins> : <del>{numberLabel(unit)}</del>}</span>
}

function UnitNumber({ row }: { row: Row }) {
  const oldUnit = row.old[0]
  const newUnit = row.new[0]
  if ((row.old.length > 1 || row.new.length > 1) && !groupParts(row)) {
    // A split or merge that cannot be cut per unit: every number on both sides, the current ones
    // struck ("2°. 5°. → 2."), before the group's text.
    const labels = [...row.old.map((u) => <del key={`old ${u.path}`}>{numberLabel(u)}</del>), ...row.new.map((u) => <ins key={`new ${u.path}`}>{numberLabel(u)}</ins>)]
    return <span className="nr">{labels.flatMap((label, i) => (i ? [' ', label] : [label]))}</span>
  }
  // One unit, or the first part of a split or merge: the number, struck and replaced if it changed.
  if (oldUnit && newUnit && oldUnit.number !== newUnit.number) {
    return <span className="nr"><del>{numberLabel(oldUnit)}</del> <ins>{numberLabel(newUnit)}</ins></span>
  }
  const unit = newUnit ?? oldUnit
  return unit ? <span className="nr">{numberLabel(unit)}</span> : null
}

/**
 * The renvooi of a unit with its comments' passages marked: the words of the proposal (equal and
 * inserted) carry the offsets, the struck words stand between them unmarked. Null when the row
 * is not one proposal unit whose words spell its text.
 */
function markedPieces(row: Row): Piece[] | null {
  const unit = row.new.length === 1 ? row.new[0]! : null
  if (!unit) return null
  const { change } = row
  const pieces: Piece[] = change.kind === 'inserted' ? [{ text: unit.text, as: 'ins' }]
    : change.words ? change.words.map((r): Piece => ({ text: r.text, as: r.op === 'insert' ? 'ins' : r.op === 'delete' ? 'del' : 'plain' }))
      : [{ text: unit.text, as: 'plain' }]
  return pieces.filter((p) => p.as !== 'del').map((p) => p.text).join('') === unit.text ? pieces : null
}

function Body({ row }: { row: Row }) {
  const { change } = row
  const marks = useUnitMarks(row.new.length === 1 ? row.new[0]!.path : '')
  const pieces = marks.length ? markedPieces(row) : null
  if (pieces) return <MarkedText pieces={pieces} marks={marks} />
  if (change.kind === 'inserted') return <ins>{row.new.map((u) => u.text).join('\n')}</ins>
  if (change.kind === 'deleted') return <del>{row.old.map((u) => u.text).join('\n')}</del>
  const parts = groupParts(row)
  if (parts) {
    return parts.segments.map((runs, k) => (
      <span key={parts.units[k]!.path} className="part">
        {k > 0 && <>{'\n'}<PartNumber unit={parts.units[k]!} side={parts.side} />{' '}</>}
        <RenvooiRuns runs={runs} side="both" />
      </span>
    ))
  }
  if (change.words) return <RenvooiRuns runs={change.words} side="both" />
  return <>{(row.new[0] ?? row.old[0])?.text ?? ''}</>
}

/** Memoised like SideBySide: renders again only for other rows or another current row. */
export const InlineView = memo(function InlineView({ rows, current }: { rows: readonly Row[]; current: number }) {
  const { t } = useI18n()
  const list = useRef<HTMLDivElement>(null)
  return (
    <div className="inline-view" role="list" aria-label={t('view.inline')} ref={list}>
      <WindowedRows rows={rows} current={current} render={renderRow} renderSpacer={renderSpacer} estimate={estimateInlineRow} listRef={list} />
    </div>
  )
})

/** One unit in the renvooi; memoised so that typing re-renders only the rows that changed. */
const InlineRow = memo(function InlineRow({ row, index, current, total }: { row: Row; index: number; current: boolean; total: number }) {
  return (
    <div
      id={`row-${index}`}
      data-row={index}
      role="listitem"
      aria-posinset={index + 1}
      aria-setsize={total}
      tabIndex={-1}
      className={`row depth-${Math.min(row.depth, 4)} kind-${row.change.kind}${current ? ' current' : ''}`}
      aria-current={current ? 'true' : undefined}
      aria-label={pathLabel(row.change.new[0] ?? row.change.old[0] ?? '')}
      data-kind={row.change.kind}
    >
      <UnitNumber row={row} /> <BadgeList badges={row.badges} />{' '}
      <span className="text"><Body row={row} /></span>
    </div>
  )
})
