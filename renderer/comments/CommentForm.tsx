/**
 * Adding a comment by hand: the unit, the exact passage it is about (checked against that unit's
 * own text, so the anchor is a real quote with its context), the comment and who makes it.
 */
import { pathLabel } from '../model/rows.js'
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { COMMENT_KINDS, type Comment, type CommentKind } from '../../shared/comments/index.js'
import type { LegalText } from '../../shared/model/types.js'
import { useI18n } from '../i18n/index.js'
import { PublishableField } from './PublishableField.js'
import { UnitField } from './UnitField.js'
import { commentableUnits, commentFromDraft, type DraftProblem, type PassageDraft } from './new-comment.js'
import { PROBLEM_KEY } from './problems.js'

interface Props {
  /** The proposed text as it is now in the editor. */
  readonly text: LegalText
  readonly versionId: string
  readonly takenIds: ReadonlySet<string>
  readonly onAdd: (comment: Comment) => void
  /** The clock, injectable for tests; ISO 8601. */
  readonly now?: () => string
  /** A passage selected in the text: fills unit and passage (a new object each time). */
  readonly prefill?: PassageDraft | null
  /** Shown when the comment is on another text than the proposal (the current text). */
  readonly onText?: string | null
}


export function CommentForm({ text, versionId, takenIds, onAdd, now = () => new Date().toISOString(), prefill = null, onText = null }: Props) {
  const { t } = useI18n()
  const id = useId()
  const units = useMemo(() => commentableUnits(text), [text])
  const [unitPath, setUnitPath] = useState('')
  const [passage, setPassage] = useState('')
  const [body, setBody] = useState('')
  const [author, setAuthor] = useState('')
  const [organisation, setOrganisation] = useState('')
  const [kind, setKind] = useState<CommentKind>('opmerking')
  // Not publishable unless ticked: a typed comment is a note, not a public consultation response.
  const [publishable, setPublishable] = useState(false)
  const [problem, setProblem] = useState<DraftProblem | null>(null)
  const [added, setAdded] = useState<string | null>(null)
  const [start, setStart] = useState<number | undefined>(undefined)
  const bodyField = useRef<HTMLTextAreaElement>(null)
  const authorField = useRef<HTMLInputElement>(null)
  const passageField = useRef<HTMLInputElement>(null)

  // A passage selected in the text: the drafter only has to write the comment.
  useEffect(() => {
    if (!prefill) return
    setUnitPath(prefill.unitPath)
    setPassage(prefill.passage)
    setStart(prefill.start)
    setProblem(null)
    setAdded(null)
    bodyField.current?.focus()
  }, [prefill])

  const submit = () => {
    const result = commentFromDraft({ unitPath, passage, body, author, organisation, kind, publishable, ...(start === undefined ? {} : { start }) }, text, versionId, now(), takenIds)
    if (!result.ok) {
      setProblem(result.problem)
      setAdded(null)
      // To the field that needs it, so a keyboard user lands there (the form may be scrolled past it).
      const fields: Partial<Record<DraftProblem, { readonly current: HTMLElement | null }>> = {
        'no-author': authorField, 'no-body': bodyField, 'no-passage': passageField, 'passage-not-found': passageField, 'passage-ambiguous': passageField,
      }
      fields[result.problem]?.current?.focus()
      return
    }
    onAdd(result.comment)
    setProblem(null)
    setAdded(result.comment.target.unitPath)
    // Author, organisation and publishable stay: a coordinator usually enters several comments of one respondent.
    setPassage('')
    setStart(undefined)
    setBody('')
  }

  return (
    <form
      className="comment-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault()
        submit()
      }}
    >
      <h3 id={`${id}-title`} className="comment-wide">{t('comments.add')}</h3>
      {onText ? <p className="comment-wide help">{t('comments.onText', { text: onText })}</p> : null}
      <UnitField units={units} value={unitPath} onChange={setUnitPath} />
      <label className="comment-field">
        {t('comments.kind')}
        <select value={kind} onChange={(e) => setKind(e.target.value as CommentKind)}>
          {COMMENT_KINDS.map((k) => <option key={k} value={k}>{t(`comments.kind.${k}`)}</option>)}
        </select>
      </label>
      <label className="comment-field">
        {t('comments.author')}
        <input ref={authorField} value={author} onChange={(e) => setAuthor(e.target.value)} aria-invalid={problem === 'no-author' || undefined} />
      </label>
      <label className="comment-field">
        {t('comments.organisation')}
        <input value={organisation} onChange={(e) => setOrganisation(e.target.value)} />
      </label>
      <label className="comment-field comment-wide">
        {t('comments.passage')}
        <input ref={passageField} value={passage} onChange={(e) => setPassage(e.target.value)} />
      </label>
      <label className="comment-field comment-wide">
        {t('comments.body')}
        <textarea ref={bodyField} rows={3} value={body} onChange={(e) => setBody(e.target.value)} />
      </label>
      <PublishableField checked={publishable} onChange={setPublishable} />
      <div className="comment-wide">
        <button type="submit">{t('comments.add')}</button>
      </div>
      {problem ? <p className="comment-problem comment-wide" role="alert">{t(PROBLEM_KEY[problem], { path: unitPath })}</p> : null}
      {added ? <p className="comment-wide" role="status">{t('comments.added', { path: pathLabel(added) })}</p> : null}
    </form>
  )
}
