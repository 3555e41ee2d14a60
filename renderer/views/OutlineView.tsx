/** The structure of the proposal (and what was removed), one line per unit with its badges. */
import type { Row } from '../model/rows.js'
import { pathLabel } from '../model/rows.js'
import { useI18n } from '../i18n/index.js'
import { BadgeList } from './BadgeList.js'

export function OutlineView({ rows, current, onSelect }: { rows: readonly Row[]; current: number; onSelect: (index: number) => void }) {
  const { t } = useI18n()
  return (
    <nav className="outline-view" aria-label={t('view.outline')}>
      <ol>
        {rows.map((row, i) => {
          const newPath = row.change.new.map(pathLabel).join(' + ')
          const oldPath = row.change.old.map(pathLabel).join(' + ')
          return (
            <li key={row.key} className={`depth-${Math.min(row.depth, 4)}${i === current ? ' current' : ''}`} data-kind={row.change.kind}>
              <button
                type="button"
                id={`row-${i}`}
                className="outline-item"
                aria-current={i === current ? 'true' : undefined}
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
        })}
      </ol>
    </nav>
  )
}
