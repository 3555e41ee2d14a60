/**
 * Current and proposed text next to each other, one table row per change, so units stay
 * aligned and both columns scroll as one.
 */
import { memo } from 'react'
import type { Row } from '../model/rows.js'
import { pathLabel } from '../model/rows.js'
import { useI18n } from '../i18n/index.js'
import { BadgeList } from './BadgeList.js'
import { UnitCell } from './UnitCell.js'
import { RowChunks, type RenderRow } from './row-chunks.js'

const renderRow: RenderRow = (row, index, current) => <SideRow key={row.key} row={row} index={index} current={current} />

/** Memoised: a render of the App that leaves the rows alone (a status message) skips the table. */
export const SideBySide = memo(function SideBySide({ rows, current, oldLabel, newLabel }: { rows: readonly Row[]; current: number; oldLabel: string; newLabel: string }) {
  const { t } = useI18n()
  return (
    <table className="side-by-side">
      <caption className="visually-hidden">{`${t('view.sideBySide')}: ${oldLabel} — ${newLabel}`}</caption>
      <thead>
        <tr>
          <th scope="col" data-drop-side="current">{t('side.current')}<span className="side-label">{oldLabel}</span></th>
          <th scope="col">{t('side.proposed')}<span className="side-label">{newLabel}</span></th>
        </tr>
      </thead>
      <tbody>
        <RowChunks rows={rows} current={current} render={renderRow} />
      </tbody>
    </table>
  )
})

/** One aligned row; memoised so that typing re-renders only the rows whose change moved. */
const SideRow = memo(function SideRow({ row, index, current }: { row: Row; index: number; current: boolean }) {
  return (
    <tr
      id={`row-${index}`}
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
