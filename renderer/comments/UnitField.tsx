/** The "Onderdeel" field of the comment forms: the units of the text a comment can be placed on. */
import { pathLabel } from '../model/rows.js'
import type { Unit } from '../../shared/model/types.js'
import { useI18n } from '../i18n/index.js'

export function UnitField({ units, value, onChange }: { units: readonly Pick<Unit, 'path'>[]; value: string; onChange: (path: string) => void }) {
  const { t } = useI18n()
  return (
    <label className="comment-field">
      {t('comments.unit')}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">—</option>
        {units.map((u) => <option key={u.path} value={u.path}>{pathLabel(u.path)}</option>)}
      </select>
    </label>
  )
}
