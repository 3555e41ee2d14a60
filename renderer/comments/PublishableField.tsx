/**
 * The "may be published" checkbox of the add and edit forms (contract field `publishable`), with
 * a line saying what it means: only ticked comments appear, with their words and author, in a
 * report made with "Alleen openbare opmerkingen".
 */
import { useId } from 'react'
import { useI18n } from '../i18n/index.js'

export function PublishableField({ checked, onChange }: { readonly checked: boolean; readonly onChange: (publishable: boolean) => void }) {
  const { t } = useI18n()
  const hint = useId()
  return (
    <div className="comment-field comment-wide comment-publishable">
      <label>
        <input type="checkbox" checked={checked} aria-describedby={hint} onChange={(e) => onChange(e.currentTarget.checked)} />{' '}
        {t('comments.publishable')}
      </label>
      <p id={hint} className="help">{t('comments.publishableHelp')}</p>
    </div>
  )
}

/** The small label on a comment card: "openbaar" / "niet openbaar". */
export function PublishableLabel({ publishable }: { readonly publishable: boolean }) {
  const { t } = useI18n()
  return (
    <span className={`comment-publishable-word${publishable ? ' public' : ''}`} data-publishable={publishable}>
      {t(publishable ? 'comments.public' : 'comments.notPublic')}
    </span>
  )
}
