/** The number of comments anchored in one unit, as a small badge with its meaning spelt out. */
import { useI18n } from '../i18n/index.js'
import { useUnitMarks } from './places-store.js'

export function CommentCount({ path }: { path: string }) {
  const { t } = useI18n()
  const n = useUnitMarks(path).length
  if (!n) return null
  const label = n === 1 ? t('comments.count.one') : t('comments.count.other', { n })
  return (
    <span className="badge comment-count" data-comment-count={n} title={label}>
      <span aria-hidden="true">✎ {n}</span>
      <span className="visually-hidden">{label}</span>
    </span>
  )
}
