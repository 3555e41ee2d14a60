/**
 * Giving an orphan (or a consultation response still to be placed) a place by hand: a unit of the
 * proposal and a passage in it — typed, or the passage selected in the editor. An empty passage
 * places it on the whole unit, as an imported response about "lid 9" is. The thread, status and
 * reaction stay (shared/comments reattach).
 */
import { useMemo, useState } from 'react'
import { reattach, type Comment } from '../../shared/comments/index.js'
import type { LegalText } from '../../shared/model/types.js'
import { useI18n } from '../i18n/index.js'
import { UnitField } from './UnitField.js'
import { commentableUnits, placePassage, type DraftProblem, type PassageDraft } from './new-comment.js'
import { PROBLEM_KEY } from './problems.js'

interface Props {
  readonly comment: Comment
  readonly text: LegalText
  readonly versionId: string
  readonly now: () => string
  readonly selection: (() => PassageDraft | null) | undefined
  readonly onPlace: (comment: Comment) => void
  readonly onCancel: () => void
}

export function ReattachForm({ comment, text, versionId, now, selection, onPlace, onCancel }: Props) {
  const { t } = useI18n()
  const units = useMemo(() => commentableUnits(text), [text])
  const last = comment.target.unitPath
  const [unitPath, setUnitPath] = useState(units.some((u) => u.path === last) ? last : '')
  const [passage, setPassage] = useState('')
  const [start, setStart] = useState<number | undefined>(undefined)
  const [problem, setProblem] = useState<DraftProblem | 'no-selection' | null>(null)

  const place = () => {
    const unit = units.find((u) => u.path === unitPath)
    if (!unit) return setProblem('no-unit')
    const at = placePassage(unit, passage, start, true)
    if (!at.ok) return setProblem(at.problem)
    onPlace(reattach(comment, versionId, unit, at.start, at.end, now()))
  }

  return (
    <form className="comment-place-form" aria-label={t('comments.placeTitle')} onSubmit={(e) => {
      e.preventDefault()
      place()
    }}>
      <UnitField units={units} value={unitPath} onChange={setUnitPath} />
      <label className="comment-field">
        {t('comments.placePassage')}
        <input value={passage} onChange={(e) => {
          setPassage(e.target.value)
          setStart(undefined)
        }} />
      </label>
      <div className="comment-actions">
        <button type="submit">{t('comments.placeConfirm')}</button>
        {selection ? (
          <button type="button" onClick={() => {
            const picked = selection()
            if (!picked || picked.version !== versionId) return setProblem('no-selection')
            setUnitPath(picked.unitPath)
            setPassage(picked.passage)
            setStart(picked.start)
            setProblem(null)
          }}>{t('comments.useSelection')}</button>
        ) : null}
        <button type="button" onClick={onCancel}>{t('action.cancel')}</button>
      </div>
      {problem ? (
        <p className="comment-problem" role="alert">{problem === 'no-selection' ? t('comments.noSelection') : t(PROBLEM_KEY[problem], { path: unitPath })}</p>
      ) : null}
    </form>
  )
}
