/**
 * The number of the lid or onderdeel at the cursor, editable. Numbers are not text in the
 * editor (they are attrs), so this is where a drafter renumbers.
 */
import { useState, type FormEvent } from 'react'
import type { CursorUnit } from '../editor/commands.js'
import { useI18n } from '../i18n/index.js'

export function NumberField({ unit, onSet }: { unit: CursorUnit | null; onSet: (nr: string) => void }) {
  const { t } = useI18n()
  // The App keys this component by the unit, so moving the cursor starts afresh.
  const [value, setValue] = useState(unit?.nr ?? '')
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (value.trim() && value.trim() !== unit?.nr) onSet(value)
  }
  return (
    <form className="number-field" onSubmit={submit}>
      <label>
        {unit ? t('editor.numberOf', { unit: unit.type }) : t('editor.number')}{' '}
        <input type="text" size={6} value={value} disabled={!unit} onChange={(e) => setValue(e.currentTarget.value)} />
      </label>{' '}
      <button type="submit" disabled={!unit || !value.trim() || value.trim() === unit.nr}>{t('action.renumber')}</button>
    </form>
  )
}
