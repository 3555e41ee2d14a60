/** The renvooi in one text: struck and inserted words per unit, renumbering shown on the number. */
import { memo } from 'react'
import type { Row } from '../model/rows.js'
import { numberLabel, pathLabel } from '../model/rows.js'
import { useI18n } from '../i18n/index.js'
import { BadgeList } from './BadgeList.js'
import { RenvooiRuns } from './RenvooiRuns.js'
import { RowChunks, type RenderRow } from './row-chunks.js'

const renderRow: RenderRow = (row, index, current) => <InlineRow key={row.key} row={row} index={index} current={current} />

function UnitNumber({ row }: { row: Row }) {
  const oldUnit = row.old[0]
  const newUnit = row.new[0]
  if (oldUnit && newUnit && row.change.renumbered) {
    return <span className="nr"><del>{numberLabel(oldUnit)}</del> <ins>{numberLabel(newUnit)}</ins></span>
  }
  const unit = newUnit ?? oldUnit
  return unit ? <span className="nr">{numberLabel(unit)}</span> : null
}

function Body({ row }: { row: Row }) {
  const { change } = row
  if (change.kind === 'inserted') return <ins>{row.new.map((u) => u.text).join('\n')}</ins>
  if (change.kind === 'deleted') return <del>{row.old.map((u) => u.text).join('\n')}</del>
  if (change.words) return <RenvooiRuns runs={change.words} side="both" />
  return <>{(row.new[0] ?? row.old[0])?.text ?? ''}</>
}

/** Memoised like SideBySide: renders again only for other rows or another current row. */
export const InlineView = memo(function InlineView({ rows, current }: { rows: readonly Row[]; current: number }) {
  const { t } = useI18n()
  return (
    <div className="inline-view" role="list" aria-label={t('view.inline')}>
      <RowChunks rows={rows} current={current} render={renderRow} />
    </div>
  )
})

/** One unit in the renvooi; memoised so that typing re-renders only the rows that changed. */
const InlineRow = memo(function InlineRow({ row, index, current }: { row: Row; index: number; current: boolean }) {
  return (
    <div
      id={`row-${index}`}
      role="listitem"
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
