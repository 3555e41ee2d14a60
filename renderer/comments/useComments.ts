/**
 * The app's side of the comments: where each comment of the project is anchored in the proposal
 * now (once, for the panel, the editor's highlights and the views' counts and highlights), which
 * comment is selected, and the passage a new comment is about to be made on.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react'
import type { ResolvedComment } from '../../shared/comments/index.js'
import type { LegalText } from '../../shared/model/types.js'
import type { ProjectFile } from '../../shared/project/schema.js'
import type { EditorAnchor, HighlightInput } from '../editor/comment-highlights.js'
import type { EditorHandle } from '../editor/ProposedEditor.js'
import { columnSelection } from './column-selection.js'
import { CommentPlaces } from './places-store.js'
import { commentVersions, onCurrentText, resolveProjectComments, textsOf } from './resolve-comments.js'
import type { PassageDraft } from './new-comment.js'

export interface CommentsState {
  readonly resolved: readonly ResolvedComment[]
  /** For the editor: the anchored passages, and the selected comment. */
  readonly highlights: HighlightInput
  /** For the views (provide through CommentPlacesContext). */
  readonly places: CommentPlaces
  readonly active: string | null
  readonly setActive: (id: string | null) => void
  /** A passage chosen in the text for a new comment (the form is filled with it). */
  readonly draft: PassageDraft | null
  readonly setDraft: (draft: PassageDraft | null) => void
  /** The passage selected now: in the current text's column of the comparison, else in the editor. */
  readonly selection: () => PassageDraft | null
  /**
   * Opens the form on the selected passage: 'ok'; else why not — nothing selected ('empty'), or a
   * selection over more than one unit ('across'), which the form does not take.
   */
  readonly commentOnSelection: () => 'ok' | 'empty' | 'across'
  /** Selects a comment and shows it in the panel (focusing its card unless `focus` is false). */
  readonly showComment: (id: string, focus?: boolean) => void
  /** The last request to bring a card into view; the card marks it done (a remount does not repeat it). */
  readonly reveal: RevealRequest | null
  /** The comments whose passage holds the editor's caret. */
  readonly atCursor: readonly string[]
  readonly setAtCursor: (ids: readonly string[]) => void
}

export interface RevealRequest {
  readonly id: string
  /** Move the keyboard focus to the card (not when the drafter clicked in the editor to type). */
  readonly focus: boolean
  done: boolean
}

interface Options {
  readonly project: ProjectFile | null
  readonly oldText: LegalText | null
  readonly newText: LegalText | null
  readonly editor: RefObject<EditorHandle | null>
  /** Brings the comments panel into view. */
  readonly openPanel: () => void
}

/** The side-by-side view's current-text cells. */
const CURRENT_COLUMN = 'td.cell-old'
const NONE: readonly ResolvedComment[] = []

export function useComments({ project, oldText, newText, editor, openPanel }: Options): CommentsState {
  const [active, setActive] = useState<string | null>(null)
  const [atCursor, setAtCursor] = useState<readonly string[]>([])
  const [reveal, setReveal] = useState<RevealRequest | null>(null)
  const [draft, setDraft] = useState<PassageDraft | null>(null)
  const versions = project ? commentVersions(project.comments) : ''
  const stored = useMemo(() => (project ? textsOf(project, versions) : new Map<string, LegalText>()), [project?.versions, project?.compare, versions])
  const resolved = useMemo(
    () => (project && oldText && newText && project.comments.length ? resolveProjectComments(project, oldText, newText, stored) : NONE),
    [project?.compare, project?.comments, oldText, newText, stored],
  )
  const compare = project?.compare
  const anchors = useMemo(() => resolved.flatMap(({ comment, resolution: r }) => (r.state !== 'anchored' ? [] : [{
    id: comment.id, unitPath: r.unitPath, start: r.position.start, end: r.position.end,
    side: compare && onCurrentText(comment, compare) ? 'old' as const : 'new' as const,
  }])), [resolved, compare])
  // The editor holds the proposal: comments on the current text are marked in the comparison only.
  const inProposal = useMemo<EditorAnchor[]>(() => anchors.filter((a) => a.side === 'new'), [anchors])
  const highlights = useMemo<HighlightInput>(() => ({ anchors: inProposal, active }), [inProposal, active])
  const places = useMemo(() => new CommentPlaces(), [])
  useEffect(() => places.update(anchors, active), [places, anchors, active])

  const open = useRef(openPanel)
  open.current = openPanel
  const showComment = useCallback((id: string, focus = true) => {
    setActive(id)
    setReveal({ id, focus, done: false })
    open.current()
  }, [])
  places.onActivate = showComment

  const texts = useRef({ project, oldText })
  texts.current = { project, oldText }
  const selection = useCallback((): PassageDraft | null => {
    const { project: p, oldText: old } = texts.current
    if (!p) return null
    const inColumn = old ? columnSelection(window.getSelection(), CURRENT_COLUMN, old) : null
    if (inColumn) return { version: p.compare.old, ...inColumn }
    const inEditor = editor.current?.selectedPassage() ?? null
    return inEditor ? { version: p.compare.new, ...inEditor } : null
  }, [editor])

  const commentOnSelection = useCallback((): 'ok' | 'empty' | 'across' => {
    const picked = selection()
    if (!picked) return window.getSelection()?.isCollapsed === false ? 'across' : 'empty'
    setDraft(picked)
    open.current()
    return 'ok'
  }, [selection])

  return { resolved, highlights, places, active, setActive, draft, setDraft, selection, commentOnSelection, showComment, reveal, atCursor, setAtCursor }
}
