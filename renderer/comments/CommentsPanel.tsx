/**
 * The "Opmerkingen" panel: every comment of the project with where it sits in the proposal now,
 * filtered by status and organisation, with its status and the government's reaction editable.
 * Comments whose words are gone are listed under "Zonder plaats (verweesd)" with their last
 * quote: a drafter must see them to re-home them, so they are never hidden.
 */
import { useMemo, useState } from 'react'
import type { Comparison } from '../../shared/compare/types.js'
import { COMMENT_STATUSES, setReaction, setStatus, type Comment, type CommentStatus, type ResolvedComment } from '../../shared/comments/index.js'
import type { LegalText } from '../../shared/model/types.js'
import type { ProjectFile } from '../../shared/project/schema.js'
import { useI18n } from '../i18n/index.js'
import { CommentForm } from './CommentForm.js'
import { storedTexts, resolveProjectComments } from './resolve-comments.js'
import './comments.css'

interface Props {
  readonly project: ProjectFile
  readonly oldText: LegalText
  /** The proposal as it is now in the editor. */
  readonly newText: LegalText
  /** The comparison the app shows, of exactly these two texts, if it has one. */
  readonly comparison?: Comparison | null
  readonly onAdd: (comment: Comment) => void
  readonly onUpdate: (comment: Comment) => void
  /** Show the unit at `unitPath` of the proposal in the comparison. */
  readonly onJump?: (unitPath: string) => void
  readonly now?: () => string
}

const ALL = ''
/** The organisation filter's value for comments that name none. */
const NO_ORGANISATION = '\u0000'

export function CommentsPanel({ project, oldText, newText, comparison = null, onAdd, onUpdate, onJump, now = () => new Date().toISOString() }: Props) {
  const { t } = useI18n()
  const [status, setStatusFilter] = useState<CommentStatus | typeof ALL>(ALL)
  const [organisation, setOrganisation] = useState(ALL)

  const stored = useMemo(() => storedTexts(project), [project.versions, project.compare, project.comments])
  const resolved = useMemo(
    () => resolveProjectComments(project, oldText, newText, stored, comparison),
    [project.compare, project.comments, oldText, newText, stored, comparison],
  )
  const organisations = useMemo(() => [...new Set(project.comments.map((c) => c.organisation ?? ''))].sort(), [project.comments])
  const takenIds = useMemo(() => new Set(project.comments.map((c) => c.id)), [project.comments])

  const shown = resolved.filter(({ comment }) =>
    (status === ALL || comment.status === status) &&
    (organisation === ALL || (comment.organisation ?? '') === (organisation === NO_ORGANISATION ? '' : organisation)))
  const anchored = shown.filter((r) => r.resolution.state === 'anchored')
  const orphaned = shown.filter((r) => r.resolution.state === 'orphaned')

  const card = (r: ResolvedComment) => (
    <CommentCard key={r.comment.id} resolved={r} onUpdate={onUpdate} onJump={onJump} now={now} />
  )

  return (
    <div className="comments-panel">
      <CommentForm text={newText} versionId={project.compare.new} takenIds={takenIds} onAdd={onAdd} now={now} />
      <div className="comment-filters">
        <label className="comment-field">
          {t('comments.filterStatus')}
          <select value={status} onChange={(e) => setStatusFilter(e.target.value as CommentStatus | typeof ALL)}>
            <option value={ALL}>{t('comments.all')}</option>
            {COMMENT_STATUSES.map((s) => <option key={s} value={s}>{t(`comments.status.${s}`)}</option>)}
          </select>
        </label>
        <label className="comment-field">
          {t('comments.filterOrganisation')}
          <select value={organisation} onChange={(e) => setOrganisation(e.target.value)}>
            <option value={ALL}>{t('comments.all')}</option>
            {organisations.map((o) => (
              <option key={o} value={o === '' ? NO_ORGANISATION : o}>{o === '' ? t('comments.noOrganisation') : o}</option>
            ))}
          </select>
        </label>
      </div>
      <section aria-labelledby="comments-anchored">
        <h3 id="comments-anchored">{t('comments.anchored', { n: anchored.length })}</h3>
        {anchored.length ? <ul className="comment-list">{anchored.map(card)}</ul> : <p className="help">{t('comments.none')}</p>}
      </section>
      <section aria-labelledby="comments-orphaned">
        <h3 id="comments-orphaned">{t('comments.orphaned', { n: orphaned.length })}</h3>
        {orphaned.length ? <ul className="comment-list">{orphaned.map(card)}</ul> : <p className="help">{t('comments.none')}</p>}
      </section>
    </div>
  )
}

interface CardProps {
  readonly resolved: ResolvedComment
  readonly onUpdate: (comment: Comment) => void
  readonly onJump: ((unitPath: string) => void) | undefined
  readonly now: () => string
}

function CommentCard({ resolved: { comment, resolution }, onUpdate, onJump, now }: CardProps) {
  const { t } = useI18n()
  const [reaction, setReactionDraft] = useState(comment.reaction ?? '')
  const place = resolution.state === 'anchored'
    ? resolution.unitPath
    : resolution.lastUnitPath
      ? t('comments.lastPlace', { path: resolution.lastUnitPath })
      : t('comments.inbox')
  const labelId = `comment-${comment.id}`
  return (
    <li className={`comment ${resolution.state}`} aria-labelledby={labelId} data-comment-id={comment.id} data-state={resolution.state}
      data-method={resolution.state === 'anchored' ? resolution.method : undefined}>
      <div className="comment-meta" id={labelId}>
        <span className="comment-author">{comment.author}</span>
        {comment.organisation ? <span className="comment-organisation">{comment.organisation}</span> : null}
        <span className="comment-kind">{t(`comments.kind.${comment.kind}`)}</span>
        <code className="comment-place">{place}</code>
      </div>
      {/* The words as they stand now (a fuzzy match may differ from the stored quote), else the last quote. */}
      {resolution.quote ? <blockquote className="comment-quote"><mark>{resolution.quote}</mark></blockquote> : null}
      <p className="comment-body">{comment.body}</p>
      <div className="comment-meta">
        <label>
          {t('comments.status')}{' '}
          <select value={comment.status} onChange={(e) => onUpdate(setStatus(comment, e.target.value as CommentStatus, now()))}>
            {COMMENT_STATUSES.map((s) => <option key={s} value={s}>{t(`comments.status.${s}`)}</option>)}
          </select>
        </label>
        {resolution.state === 'anchored' && onJump ? (
          <button type="button" onClick={() => onJump(resolution.unitPath)}>{t('comments.jump')}</button>
        ) : null}
      </div>
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
