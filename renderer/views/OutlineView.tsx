/** The structure of the proposal (and what was removed), one line per unit with its badges. */
import { memo, useCallback } from 'react'
import type { Row } from '../model/rows.js'
import { pathLabel } from '../model/rows.js'
import { useI18n } from '../i18n/index.js'
import { BadgeList } from './BadgeList.js'
import { RowChunks, type RenderRow } from './row-chunks.js'

/** Memoised, and rendered in chunks like the other views (row-chunks.tsx): typing re-renders one chunk. */
export const OutlineView = memo(function OutlineView({ rows, current, onSelect }: { rows: readonly Row[]; current: number; onSelect: (index: number) => void }) {
  const { t } = useI18n()
  const render = useCallback<RenderRow>((row, i, isCurrent) => <OutlineItem key={row.key} row={row} index={i} current={isCurrent} onSelect={onSelect} />, [onSelect])
  return (
    <nav className="outline-view" aria-label={t('view.outline')}>
      <ol>
        <RowChunks rows={rows} current={current} render={render} />
      </ol>
    </nav>
  )
})

const OutlineItem = memo(function OutlineItem({ row, index: i, current, onSelect }: { row: Row; index: number; current: boolean; onSelect: (index: number) => void }) {
  const { t } = useI18n()
  const newPath = row.change.new.map(pathLabel).join(' + ')
  const oldPath = row.change.old.map(pathLabel).join(' + ')
  return (
    <li className={`depth-${Math.min(row.depth, 4)}${current ? ' current' : ''}`} data-kind={row.change.kind}>
      <button
        type="button"
        id={`row-${i}`}
        className="outline-item"
        aria-current={current ? 'true' : undefined}
        onClick={() => onSelect(i)}
      >
        <span className="outline-path">{newPath || oldPath}</span>
        {row.change.renumbered && oldPath && newPath ? (
          <span className="outline-was">{t('change.wasNumbered', { old: oldPath })}</span>
        ) : null}
      </button>{' '}
      <BadgeList badges={row.badges} />
    </li>
  )
})
