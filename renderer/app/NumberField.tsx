/**
 * The number of the lid or onderdeel at the cursor, editable. Numbers are not text in the
 * editor (they are attrs), so this is where a drafter renumbers. A number that a sibling already
 * has is refused here, with the reason, before the editor is asked.
 */
import { useId, useState, type FormEvent } from 'react'
import type { CursorUnit } from '../editor/commands.js'
import { useI18n } from '../i18n/index.js'

interface Props {
  readonly unit: CursorUnit | null
  readonly onSet: (nr: string) => void
  /** Whether another unit of the same kind has this number where the cursor's unit stands. */
  readonly taken?: (nr: string) => boolean
}

export function NumberField({ unit, onSet, taken }: Props) {
  const { t } = useI18n()
  const errorId = useId()
  // The App keys this component by the unit, so moving the cursor starts afresh.
  const [value, setValue] = useState(unit?.nr ?? '')
  const wanted = value.trim()
  const clash = Boolean(unit && wanted && wanted !== unit.nr && taken?.(wanted))
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (wanted && wanted !== unit?.nr && !clash) onSet(value)
  }
  return (
    <form className="number-field" onSubmit={submit}>
      <label>
        {unit ? t('editor.numberOf', { unit: unit.type }) : t('editor.number')}{' '}
        <input type="text" size={6} value={value} disabled={!unit} aria-invalid={clash || undefined} aria-describedby={clash ? errorId : undefined}
          onChange={(e) => setValue(e.currentTarget.value)} />
      </label>{' '}
      <button type="submit" disabled={!unit || !wanted || wanted === unit.nr || clash}>{t('action.renumber')}</button>
      {clash && unit ? <span id={errorId} role="alert" className="field-error">{t('editor.numberTaken', { unit: unit.type, number: wanted.replace(/\.$/, '') })}</span> : null}
    </form>
  )
}
