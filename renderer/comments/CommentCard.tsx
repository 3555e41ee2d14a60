/**
 * One comment in the panel: who, where, whether it may be published, the passage, the comment
 * (editable with its publishable mark), its thread (replies), status
 * with "afhandelen"/"heropenen", the government's reaction, and — for an orphan or a response
 * still to be placed — giving it a place by hand. Every action is a button or a form field.
 */
import { pathLabel } from '../model/rows.js'
import { useEffect, useId, useRef, useState } from 'react'
import { addReply, COMMENT_STATUSES, isPublishable, setReaction, setStatus, type Comment, type CommentStatus, type ResolvedComment } from '../../shared/comments/index.js'
import type { LegalText } from '../../shared/model/types.js'
import { useI18n } from '../i18n/index.js'
import { placeOf } from './filters.js'
import type { PassageDraft } from './new-comment.js'
import { ReattachForm } from './ReattachForm.js'
import { PublishableField, PublishableLabel } from './PublishableField.js'
import { editComment, editReply, isOpen, RESOLVED_STATUS } from './thread-edits.js'
import type { RevealRequest } from './useComments.js'

export interface CardProps {
  readonly resolved: ResolvedComment
  readonly onUpdate: (comment: Comment) => void
  readonly onJump: ((unitPath: string, side: 'old' | 'new') => void) | undefined
  /** Made on the current text (and anchored there), not on the proposal. */
  readonly onCurrent?: boolean
  readonly now: () => string
  /** Selected (a highlight was clicked): shown as such and brought into view. */
  readonly active: boolean
  /** The proposal now and its version id: where an orphan can be placed. */
  readonly newText: LegalText
  readonly versionId: string
  readonly selection: (() => PassageDraft | null) | undefined
  /** A request to bring a card into view (a highlight was activated). */
  readonly reveal: RevealRequest | null
}

export function CommentCard({ resolved, onUpdate, onJump, now, active, newText, versionId, selection, reveal, onCurrent = false }: CardProps) {
  const { comment, resolution } = resolved
  const { t } = useI18n()
  const id = useId()
  const self = useRef<HTMLLIElement>(null)
  const [reaction, setReactionDraft] = useState(comment.reaction ?? '')
  const [editing, setEditing] = useState(false)
  const [bodyDraft, setBodyDraft] = useState(comment.body)
  const [publishableDraft, setPublishableDraft] = useState(isPublishable(comment))
  const [replying, setReplying] = useState(false)
  const [placing, setPlacing] = useState(false)
  const place = placeOf(resolved)

  // Only on request, once: a card that moves between sections (orphaned while the drafter types)
  // is mounted anew and must not take the focus out of the editor.
  useEffect(() => {
    if (!reveal || reveal.done || reveal.id !== comment.id || !self.current) return
    reveal.done = true
    self.current.scrollIntoView?.({ block: 'nearest' })
    if (reveal.focus) self.current.focus({ preventScroll: true })
  }, [reveal, comment.id])

  // Places as a drafter names them ("Artikel 273f, lid 3a"); the path itself stays in data-unit-path.
  const unitName = resolution.state === 'anchored'
    ? pathLabel(resolution.unitPath)
    : resolution.lastUnitPath
      ? t('comments.lastPlace', { path: pathLabel(resolution.lastUnitPath) })
      : comment.target.about
        ? t('comments.inboxAbout', { about: comment.target.about })
        : t('comments.inbox')
  const where = onCurrent ? t('comments.onCurrentText', { place: unitName }) : unitName
  const labelId = `${id}-label`
  return (
    <li
      ref={self}
      tabIndex={-1}
      className={`comment ${resolution.state}${active ? ' active' : ''}`}
      aria-labelledby={labelId}
      aria-current={active ? 'true' : undefined}
      data-comment-id={comment.id}
      data-state={resolution.state}
      data-place={place}
      data-method={resolution.state === 'anchored' ? resolution.method : undefined}
    >
      <div className="comment-meta" id={labelId}>
        <span className="comment-author">{comment.author}</span>
        {comment.organisation ? <span className="comment-organisation">{comment.organisation}</span> : null}
        <span className="comment-kind">{t(`comments.kind.${comment.kind}`)}</span>
        <span className="comment-place" data-unit-path={resolution.state === 'anchored' ? resolution.unitPath : resolution.lastUnitPath ?? undefined}>{where}</span>
        {isOpen(comment) ? null : <span className="comment-status-word">{t(`comments.status.${comment.status}`)}</span>}
        <PublishableLabel publishable={isPublishable(comment)} />
      </div>
      {/* The words as they stand now (a fuzzy match may differ from the stored quote), else the last quote. */}
      {resolution.quote ? <blockquote className="comment-quote"><mark>{resolution.quote}</mark></blockquote> : null}
      {/* The reviewer's own quotation, when edits have changed the words since. */}
      {comment.target.quotedAs !== undefined && comment.target.quotedAs !== resolution.quote ? (
        <p className="comment-quoted-as">{t('comments.quotedAs')} <q lang="nl">{comment.target.quotedAs}</q></p>
      ) : null}
      {editing ? (
        <form className="comment-edit" onSubmit={(e) => {
          e.preventDefault()
          if (bodyDraft.trim() === '') return
          const edited = editComment(comment, { body: bodyDraft.trim(), publishable: publishableDraft }, now())
          if (edited !== comment) onUpdate(edited)
          setEditing(false)
        }}>
          <label className="comment-field">
            {t('comments.editBody')}
            <textarea rows={3} value={bodyDraft} onChange={(e) => setBodyDraft(e.target.value)} autoFocus />
          </label>
          <PublishableField checked={publishableDraft} onChange={setPublishableDraft} />
          <div className="comment-actions">
            <button type="submit" disabled={bodyDraft.trim() === ''}>{t('comments.save')}</button>
            <button type="button" onClick={() => { setEditing(false); setBodyDraft(comment.body); setPublishableDraft(isPublishable(comment)) }}>{t('action.cancel')}</button>
          </div>
        </form>
      ) : <p className="comment-body">{comment.body}</p>}
      <Thread comment={comment} onUpdate={onUpdate} now={now} />
      <div className="comment-actions">
        {editing ? null : <button type="button" onClick={() => { setBodyDraft(comment.body); setPublishableDraft(isPublishable(comment)); setEditing(true) }}>{t('comments.edit')}</button>}
        <button type="button" aria-expanded={replying} onClick={() => setReplying(!replying)}>{t('comments.reply')}</button>
        {isOpen(comment)
          ? <button type="button" onClick={() => onUpdate(setStatus(comment, RESOLVED_STATUS, now()))}>{t('comments.resolve')}</button>
          : <button type="button" onClick={() => onUpdate(setStatus(comment, 'open', now()))}>{t('comments.reopen')}</button>}
        <label>
          {t('comments.status')}{' '}
          <select value={comment.status} onChange={(e) => onUpdate(setStatus(comment, e.target.value as CommentStatus, now()))}>
            {COMMENT_STATUSES.map((s) => <option key={s} value={s}>{t(`comments.status.${s}`)}</option>)}
          </select>
        </label>
        {resolution.state === 'anchored' && onJump ? (
          <button type="button" onClick={() => onJump(resolution.unitPath, onCurrent ? 'old' : 'new')}>{t('comments.jump')}</button>
        ) : null}
        {resolution.state === 'orphaned' ? (
          <button type="button" aria-expanded={placing} onClick={() => setPlacing(!placing)}>{t('comments.placeAction')}</button>
        ) : null}
      </div>
      {replying ? <ReplyForm onReply={(author, body) => {
        onUpdate(addReply(comment, { author, body }, now()))
        setReplying(false)
      }} onCancel={() => setReplying(false)} /> : null}
      {placing ? (
        <ReattachForm comment={comment} text={newText} versionId={versionId} now={now} selection={selection}
          onPlace={(c) => {
            onUpdate(c)
            setPlacing(false)
          }}
          onCancel={() => setPlacing(false)} />
      ) : null}
      <div className="comment-reaction">
        <label className="comment-field">
          {t('comments.reaction')}
          <textarea rows={2} value={reaction} onChange={(e) => setReactionDraft(e.target.value)} />
        </label>
        <button type="button" disabled={reaction === (comment.reaction ?? '')} onClick={() => onUpdate(setReaction(comment, reaction, now()))}>
          {t('comments.saveReaction')}
        </button>
      </div>
    </li>
  )
}

function Thread({ comment, onUpdate, now }: { comment: Comment; onUpdate: (c: Comment) => void; now: () => string }) {
  const { t } = useI18n()
  const replies = comment.replies ?? []
  const [editing, setEditing] = useState<string | null>(null)
  const [draft, setDraft] = useState('')
  if (!replies.length) return null
  return (
    <ol className="comment-thread" aria-label={t('comments.replies', { n: replies.length })}>
      {replies.map((r) => (
        <li key={r.id} className="comment-reply" data-reply-id={r.id}>
          <span className="comment-author">{r.author}</span>{' '}
          {editing === r.id ? (
            <form className="comment-edit" onSubmit={(e) => {
              e.preventDefault()
              if (draft.trim() === '') return
              onUpdate(editReply(comment, r.id, draft.trim(), now()))
              setEditing(null)
            }}>
              <label className="comment-field">
                {t('comments.editReply')}
                <textarea rows={2} value={draft} onChange={(e) => setDraft(e.target.value)} autoFocus />
              </label>
              <div className="comment-actions">
                <button type="submit" disabled={draft.trim() === ''}>{t('comments.save')}</button>
                <button type="button" onClick={() => setEditing(null)}>{t('action.cancel')}</button>
              </div>
            </form>
          ) : (
            <>
              <span className="comment-reply-body">{r.body}</span>{' '}
              <button type="button" className="link-button" aria-label={t('comments.editReplyOf', { author: r.author })} onClick={() => {
                setDraft(r.body)
                setEditing(r.id)
              }}>{t('comments.edit')}</button>
            </>
          )}
        </li>
      ))}
    </ol>
  )
}

function ReplyForm({ onReply, onCancel }: { onReply: (author: string, body: string) => void; onCancel: () => void }) {
  const { t } = useI18n()
  const [author, setAuthor] = useState('')
  const [body, setBody] = useState('')
  const ready = author.trim() !== '' && body.trim() !== ''
  return (
    <form className="comment-reply-form" aria-label={t('comments.reply')} onSubmit={(e) => {
      e.preventDefault()
      if (ready) onReply(author.trim(), body.trim())
    }}>
      <label className="comment-field">
        {t('comments.replyAuthor')}
        <input value={author} onChange={(e) => setAuthor(e.target.value)} autoFocus />
      </label>
      <label className="comment-field">
        {t('comments.replyBody')}
        <textarea rows={2} value={body} onChange={(e) => setBody(e.target.value)} />
      </label>
      <div className="comment-actions">
        <button type="submit" disabled={!ready}>{t('comments.postReply')}</button>
        <button type="button" onClick={onCancel}>{t('action.cancel')}</button>
      </div>
    </form>
  )
}
