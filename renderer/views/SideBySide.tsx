/**
 * Current and proposed text next to each other, one table row per change, so units stay
 * aligned and both columns scroll as one. A long comparison is windowed (windowed-rows.tsx).
 */
import { memo, useRef } from 'react'
import type { Row } from '../model/rows.js'
import { pathLabel } from '../model/rows.js'
import { useI18n } from '../i18n/index.js'
import { BadgeList } from './BadgeList.js'
import { UnitCell } from './UnitCell.js'
import type { RenderRow } from './row-chunks.js'
import { WindowedRows, linesOf, type Estimate, type RenderSpacer } from './windowed-rows.js'

const renderRow: RenderRow = (row, index, current) => <SideRow key={row.key} row={row} index={index} current={current} />

const renderSpacer: RenderSpacer = (key, height) => (
  <tr key={key} className="row-spacer" aria-hidden="true"><td colSpan={2} style={{ height }} /></tr>
)

/** Pixels, from the stylesheet: 15 px type, line height 1.45, cell padding 0.45em, ~7.3 px a character. */
const LINE = 21.75
const CHAR = 7.3
const cellLines = (units: Row['old'], chars: number): number =>
  units.reduce((n, u) => n + linesOf(`${u.number}. ${u.heading ?? ''}${u.text}`, chars), 0) + (units.length > 1 ? 0.3 * (units.length - 1) : 0)

/** Estimated height of a row: the taller of its two cells. */
export const estimateSideRow: Estimate = (row, width) => {
  const chars = Math.floor((width / 2 - 16 - 22 * Math.min(row.depth, 3)) / CHAR)
  const lines = Math.max(cellLines(row.old, chars), cellLines(row.new, chars) + (row.badges.length ? 1 : 0), 1)
  return Math.round(lines * LINE + 14.5)
}

/** Memoised: a render of the App that leaves the rows alone (a status message) skips the table. */
export const SideBySide = memo(function SideBySide({ rows, current, oldLabel, newLabel }: { rows: readonly Row[]; current: number; oldLabel: string; newLabel: string }) {
  const { t } = useI18n()
  const body = useRef<HTMLTableSectionElement>(null)
  return (
    <table className="side-by-side" aria-rowcount={rows.length + 1}>
      <caption className="visually-hidden">{`${t('view.sideBySide')}: ${oldLabel} — ${newLabel}`}</caption>
      <thead>
        <tr aria-rowindex={1}>
          <th scope="col" data-drop-side="current">{t('side.current')}<span className="side-label">{oldLabel}</span></th>
          <th scope="col">{t('side.proposed')}<span className="side-label">{newLabel}</span></th>
        </tr>
      </thead>
      <tbody ref={body}>
        <WindowedRows rows={rows} current={current} render={renderRow} renderSpacer={renderSpacer} estimate={estimateSideRow} listRef={body} />
      </tbody>
    </table>
  )
})

/** One aligned row; memoised so that typing re-renders only the rows whose change moved. */
const SideRow = memo(function SideRow({ row, index, current }: { row: Row; index: number; current: boolean }) {
  return (
    <tr
      id={`row-${index}`}
      data-row={index}
      aria-rowindex={index + 2}
      tabIndex={-1}
      className={`row depth-${Math.min(row.depth, 4)} kind-${row.change.kind}${current ? ' current' : ''}`}
      aria-current={current ? 'true' : undefined}
      aria-label={pathLabel(row.change.new[0] ?? row.change.old[0] ?? '')}
      data-kind={row.change.kind}
    >
      <td className="cell-old" data-drop-side="current"><UnitCell row={row} side="old" /></td>
      <td className="cell-new">
        <BadgeList badges={row.badges} />
        <UnitCell row={row} side="new" />
      </td>
    </tr>
  )
})
