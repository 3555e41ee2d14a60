import type { Badge } from '../model/rows.js'
import { useI18n } from '../i18n/index.js'

/** The badges of a change, as words (never colour alone). */
export function BadgeList({ badges }: { badges: readonly Badge[] }) {
  const { t } = useI18n()
  if (!badges.length) return null
  return (
    <span className="badges">
      {badges.map((b) => (
        <span key={b} className={`badge badge-${b}`} data-badge={b} title={t(`badgeHelp.${b}`)}>{t(`badge.${b}`)}</span>
      ))}
    </span>
  )
}
