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

const NUMBER = /^(?:\d{1,4}[a-z]{0,2}°?|[a-z]{1,4})\.?$/i

export function NumberField({ unit, onSet, taken }: Props) {
  const { t } = useI18n()
  const errorId = useId()
  // The App keys this component by the unit, so moving the cursor starts afresh.
  const [value, setValue] = useState(unit?.nr ?? '')
  const wanted = value.trim()
  // A number as statutes write them (Aanwijzing 3.59): 3, 3a, 2°, a, aa, iv; a period may follow.
  const malformed = Boolean(unit && wanted && !NUMBER.test(wanted))
  const clash = Boolean(unit && wanted && !malformed && wanted !== unit.nr && taken?.(wanted))
  const problem = malformed ? t('editor.numberInvalid') : clash && unit ? t('editor.numberTaken', { unit: unit.type, number: wanted.replace(/\.$/, '') }) : null
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (wanted && wanted !== unit?.nr && !problem) onSet(value)
  }
  return (
    <form className="number-field" onSubmit={submit}>
      <label>
        {unit ? t('editor.numberOf', { unit: unit.type }) : t('editor.number')}{' '}
        <input type="text" size={6} value={value} disabled={!unit} aria-invalid={problem ? true : undefined} aria-describedby={problem ? errorId : undefined}
          onChange={(e) => setValue(e.currentTarget.value)} />
      </label>{' '}
      <button type="submit" disabled={!unit || !wanted || wanted === unit.nr || Boolean(problem)}>{t('action.renumber')}</button>
      {problem ? <span id={errorId} role="alert" className="field-error">{problem}</span> : null}
    </form>
  )
}
