/** Previous/next change, the position among the changes and the totals, announced politely. */
import type { Comparison } from '../../shared/compare/types.js'
import type { Row } from '../model/rows.js'
import { useI18n } from '../i18n/index.js'
import { summary } from '../../shared/report/comparison-text.js'

/** Index of the next (direction 1) or previous (-1) changed row from `from`, or -1. */
export function nextChange(rows: readonly Row[], from: number, direction: 1 | -1): number {
  for (let i = from + direction; i >= 0 && i < rows.length; i += direction) {
    if (rows[i]!.changed) return i
  }
  return -1
}

export function ChangeNavigator({ rows, current, onMove, comparison }: { rows: readonly Row[]; current: number; onMove: (d: 1 | -1) => void; comparison: Comparison | null }) {
  const { t, language } = useI18n()
  const changed = rows.filter((r) => r.changed)
  const position = current >= 0 && rows[current]?.changed ? rows.slice(0, current + 1).filter((r) => r.changed).length : 0
  return (
    <div className="change-nav">
      <button type="button" onClick={() => onMove(-1)} aria-keyshortcuts="Alt+ArrowUp" disabled={nextChange(rows, current, -1) < 0}>
        ↑ {t('action.previousChange')}
      </button>
      <button type="button" onClick={() => onMove(1)} aria-keyshortcuts="Alt+ArrowDown" disabled={nextChange(rows, current, 1) < 0}>
        ↓ {t('action.nextChange')}
      </button>
      <span className="change-position" aria-live="polite">
        {position ? t('change.position', { n: position, total: changed.length }) : ''}
      </span>
      <span className="stats" data-testid="stats">
        {comparison ? (changed.length ? summary(comparison, language) : t('stats.none')) : ''}
      </span>
    </div>
  )
}
