/** The structure of the proposal (and what was removed), one line per unit with its badges. */
import { memo, useCallback, useRef, type KeyboardEvent } from 'react'
import type { Row } from '../model/rows.js'
import { pathLabel } from '../model/rows.js'
import { useI18n } from '../i18n/index.js'
import { BadgeList } from './BadgeList.js'
import { CommentCount } from '../comments/CommentCount.js'
import type { RenderRow } from './row-chunks.js'
import { WindowedRows, scrollToRow, type Estimate, type RenderSpacer } from './windowed-rows.js'

const renderSpacer: RenderSpacer = (key, height) => <li key={key} className="row-spacer" aria-hidden="true" style={{ height }} />

/** One line a unit (two when a renumbering shows the old number too). */
const estimateOutlineItem: Estimate = (row) => (row.change.renumbered && row.change.old.length && row.change.new.length ? 56 : 31)

/** Memoised, and rendered in chunks or windowed like the other views (windowed-rows.tsx). */
export const OutlineView = memo(function OutlineView({ rows, current, onSelect }: { rows: readonly Row[]; current: number; onSelect: (index: number) => void }) {
  const { t } = useI18n()
  const render = useCallback<RenderRow>((row, i, isCurrent, total) => <OutlineItem key={row.key} row={row} index={i} current={isCurrent} total={total} onSelect={onSelect} />, [onSelect])
  const list = useRef<HTMLOListElement>(null)
  // Arrow keys, Home and End step through the outline (as many items as a code has units: Tab
  // alone would be hopeless), each step taking the drafter to the unit as a click does.
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const item = (e.target as HTMLElement).closest('li[data-row]')
    if (!item || e.altKey || e.ctrlKey || e.metaKey) return
    const at = Number(item.getAttribute('data-row'))
    const next = e.key === 'ArrowDown' ? at + 1 : e.key === 'ArrowUp' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? rows.length - 1 : -1
    if (next < 0 || next >= rows.length || next === at) return
    e.preventDefault()
    onSelect(next)
    // Focus moves at once when the item is rendered, so a quick second key press starts from it.
    const target = document.getElementById(`row-${next}`)
    if (target) {
      target.focus({ preventScroll: true })
      target.scrollIntoView?.({ block: 'nearest' })
    } else requestAnimationFrame(() => scrollToRow(next, { block: 'nearest' }))
  }
  return (
    <nav className="outline-view" aria-label={t('view.outline')} onKeyDown={onKeyDown}>
      <ol ref={list}>
        <WindowedRows rows={rows} current={current} render={render} renderSpacer={renderSpacer} estimate={estimateOutlineItem} listRef={list} />
      </ol>
    </nav>
  )
})

const OutlineItem = memo(function OutlineItem({ row, index: i, current, total, onSelect }: { row: Row; index: number; current: boolean; total: number; onSelect: (index: number) => void }) {
  const { t } = useI18n()
  const newPath = row.change.new.map(pathLabel).join(' + ')
  const oldPath = row.change.old.map(pathLabel).join(' + ')
  return (
    <li className={`depth-${Math.min(row.depth, 4)}${current ? ' current' : ''}`} data-kind={row.change.kind} data-row={i} aria-posinset={i + 1} aria-setsize={total}>
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
      {/* Each badge subscribes to its own unit's comments, so typing re-renders none of the rows. */}
      {row.change.new.map((p) => <CommentCount key={p} path={p} />)}
    </li>
  )
})
