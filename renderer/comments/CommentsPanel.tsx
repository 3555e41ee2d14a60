/**
 * The "Opmerkingen" panel: every comment of the project with where it sits in the proposal now,
 * searchable and filtered by status, organisation, kind, unit and place, each with its thread,
 * status, the government's reaction and (for orphans) a way to place it again. Comments whose
 * words are gone are listed under "Zonder plaats (verweesd)" with their last quote, imported
 * responses that named no unit under "Te plaatsen": a coordinator must see them to place them,
 * so they are never hidden.
 */
import { pathLabel } from '../model/rows.js'
import { useMemo, useState } from 'react'
import { COMMENT_KINDS, COMMENT_STATUSES, type Comment, type CommentKind, type CommentStatus, type ResolvedComment } from '../../shared/comments/index.js'
import type { LegalText } from '../../shared/model/types.js'
import type { ProjectFile } from '../../shared/project/schema.js'
import { useI18n } from '../i18n/index.js'
import { CommentCard } from './CommentCard.js'
import { CommentForm } from './CommentForm.js'
import { matches, NO_FILTER, NO_ORGANISATION, placeOf, unitOf, type CommentFilter, type PlaceState } from './filters.js'
import { ImportResponses } from './ImportResponses.js'
import type { PassageDraft } from './new-comment.js'
import { commentVersions, onCurrentText, resolveProjectComments, textsOf } from './resolve-comments.js'
import type { RevealRequest } from './useComments.js'
import './comments.css'

interface Props {
  readonly project: ProjectFile
  readonly oldText: LegalText
  /** The proposal as it is now in the editor. */
  readonly newText: LegalText
  /** Where the comments are now, when the app has resolved them already (useComments). */
  readonly resolved?: readonly ResolvedComment[]
  readonly onAdd: (comment: Comment) => void
  /** Several comments at once (an import); defaults to onAdd for each. */
  readonly onAddMany?: (comments: Comment[]) => void
  readonly onUpdate: (comment: Comment) => void
  /** Show the unit at `unitPath` of the proposal in the comparison. */
  readonly onJump?: (unitPath: string, side: 'old' | 'new') => void
  /** The selected comment (a highlight was clicked). */
  readonly active?: string | null
  /** The last request to bring a comment's card into view (useComments). */
  readonly reveal?: RevealRequest | null
  /** A passage selected in a text, to comment on. */
  readonly draft?: PassageDraft | null
  /** The passage selected in the editor now, for placing an orphan. */
  readonly selection?: () => PassageDraft | null
  readonly now?: () => string
}

const PLACES: readonly PlaceState[] = ['anchored', 'orphaned', 'inbox']

export function CommentsPanel(props: Props) {
  const { project, oldText, newText, onAdd, onUpdate, onJump, active = null, reveal = null, draft = null, selection, now = () => new Date().toISOString() } = props
  const { t } = useI18n()
  const [filter, setFilter] = useState<CommentFilter>(NO_FILTER)
  const set = <K extends keyof CommentFilter>(key: K, value: CommentFilter[K]) => setFilter((f) => ({ ...f, [key]: value }))

  const versions = commentVersions(project.comments)
  const stored = useMemo(() => (props.resolved ? null : textsOf(project, versions)), [props.resolved === undefined, project.versions, project.compare, versions])
  const own = useMemo(
    () => (props.resolved || !stored ? null : resolveProjectComments(project, oldText, newText, stored)),
    [props.resolved === undefined, project.compare, project.comments, oldText, newText, stored],
  )
  const resolved = props.resolved ?? own ?? []
  const organisations = useMemo(() => [...new Set(project.comments.map((c) => c.organisation ?? ''))].sort(), [project.comments])
  const units = useMemo(() => [...new Set(resolved.map(unitOf).filter((p): p is string => p !== null))].sort(), [resolved])
  const takenIds = useMemo(() => new Set(project.comments.map((c) => c.id)), [project.comments])

  const shown = resolved.filter((r) => matches(r, filter))
  const groups = { anchored: [] as ResolvedComment[], orphaned: [] as ResolvedComment[], inbox: [] as ResolvedComment[] }
  for (const r of shown) groups[placeOf(r)].push(r)

  const onCurrent = draft !== null && draft.version === project.compare.old
  const card = (r: ResolvedComment) => (
    <CommentCard key={r.comment.id} resolved={r} onUpdate={onUpdate} onJump={onJump} now={now} active={r.comment.id === active}
      onCurrent={onCurrentText(r.comment, project.compare)}
      newText={newText} versionId={project.compare.new} selection={selection} reveal={reveal} />
  )
  const list = (items: ResolvedComment[]) => (items.length ? <ul className="comment-list">{items.map(card)}</ul> : <p className="help">{t('comments.none')}</p>)

  return (
    <div className="comments-panel">
      <CommentForm
        text={onCurrent ? oldText : newText}
        versionId={onCurrent ? project.compare.old : project.compare.new}
        takenIds={takenIds}
        onAdd={onAdd}
        now={now}
        prefill={draft}
        onText={onCurrent ? oldText.label : null}
      />
      <ImportResponses text={newText} versionId={project.compare.new} existingIds={takenIds} now={now}
        onImport={(comments) => (props.onAddMany ? props.onAddMany(comments) : comments.forEach(onAdd))} />
      <div className="comment-filters" role="search" aria-label={t('comments.filters')}>
        <label className="comment-field comment-search">
          {t('comments.search')}
          <input type="search" value={filter.search} onChange={(e) => set('search', e.target.value)} />
        </label>
        <label className="comment-field">
          {t('comments.filterStatus')}
          <select value={filter.status} onChange={(e) => set('status', e.target.value as CommentStatus | '')}>
            <option value="">{t('comments.all')}</option>
            {COMMENT_STATUSES.map((s) => <option key={s} value={s}>{t(`comments.status.${s}`)}</option>)}
          </select>
        </label>
        <label className="comment-field">
          {t('comments.filterOrganisation')}
          <select value={filter.organisation} onChange={(e) => set('organisation', e.target.value)}>
            <option value="">{t('comments.all')}</option>
            {organisations.map((o) => (
              <option key={o} value={o === '' ? NO_ORGANISATION : o}>{o === '' ? t('comments.noOrganisation') : o}</option>
            ))}
          </select>
        </label>
        <label className="comment-field">
          {t('comments.filterKind')}
          <select value={filter.kind} onChange={(e) => set('kind', e.target.value as CommentKind | '')}>
            <option value="">{t('comments.all')}</option>
            {COMMENT_KINDS.map((k) => <option key={k} value={k}>{t(`comments.kind.${k}`)}</option>)}
          </select>
        </label>
        <label className="comment-field">
          {t('comments.filterUnit')}
          <select value={filter.unit} onChange={(e) => set('unit', e.target.value)}>
            <option value="">{t('comments.all')}</option>
            {units.map((u) => <option key={u} value={u}>{pathLabel(u)}</option>)}
          </select>
        </label>
        <label className="comment-field">
          {t('comments.filterPlace')}
          <select value={filter.place} onChange={(e) => set('place', e.target.value as PlaceState | '')}>
            <option value="">{t('comments.all')}</option>
            {PLACES.map((p) => <option key={p} value={p}>{t(`comments.place.${p}`)}</option>)}
          </select>
        </label>
        <p className="help comment-shown" aria-live="polite">{t('comments.shown', { n: shown.length, total: resolved.length })}</p>
      </div>
      <section aria-labelledby="comments-anchored">
        <h3 id="comments-anchored">{t('comments.anchored', { n: groups.anchored.length })}</h3>
        {list(groups.anchored)}
      </section>
      <section aria-labelledby="comments-orphaned">
        <h3 id="comments-orphaned">{t('comments.orphaned', { n: groups.orphaned.length })}</h3>
        {list(groups.orphaned)}
      </section>
      <section aria-labelledby="comments-inbox">
        <h3 id="comments-inbox">{t('comments.inboxTitle', { n: groups.inbox.length })}</h3>
        {list(groups.inbox)}
      </section>
    </div>
  )
}
