/**
 * A unit's text in the comparison with its comments' passages marked. The text arrives as pieces
 * (the word runs of the redline, or the whole text) whose words together are the unit's own text;
 * the marks are offsets in that text. Clicking a mark (or Enter on it) selects the comment.
 */
import { Fragment, useContext, type ReactNode } from 'react'
import { useI18n } from '../i18n/index.js'
import { CommentPlacesContext, useActiveComment, type UnitMark } from './places-store.js'

export interface Piece {
  readonly text: string
  /**
   * How the piece is shown: inserted words, plain, or deleted words. The words of the other text
   * (deleted ones in the proposal's inline renvooi, inserted ones on the current side) are not
   * part of the text the marks count in: they take no offsets and no marks.
   */
  readonly as: 'ins' | 'plain' | 'del'
}

/** The pieces cut at the marks' edges, each with the comments covering it; `side` is the text the marks are on. */
export function cut(pieces: readonly Piece[], marks: readonly UnitMark[], side: 'old' | 'new' = 'new'): Array<Piece & { readonly ids: readonly string[] }> {
  const other = side === 'new' ? 'del' : 'ins'
  const edges = new Set<number>()
  for (const m of marks) {
    edges.add(m.start)
    edges.add(m.end)
  }
  const out: Array<Piece & { ids: string[] }> = []
  let at = 0
  for (const p of pieces) {
    if (p.as === other) {
      out.push({ ...p, ids: [] })
      continue
    }
    const stops = [...edges].filter((e) => e > at && e < at + p.text.length).sort((a, b) => a - b)
    let from = at
    for (const stop of [...stops, at + p.text.length]) {
      if (stop > from) {
        const ids = marks.filter((m) => m.start <= from && m.end >= stop && m.end > m.start).map((m) => m.id)
        out.push({ text: p.text.slice(from - at, stop - at), as: p.as, ids })
      }
      from = stop
    }
    at += p.text.length
  }
  return out
}

function innermost(ids: readonly string[], marks: readonly UnitMark[]): string {
  const length = (id: string) => {
    const m = marks.find((x) => x.id === id)!
    return m.end - m.start
  }
  return ids.reduce((best, id) => (length(id) < length(best) ? id : best))
}

export function MarkedText({ pieces, marks, side = 'new' }: { pieces: readonly Piece[]; marks: readonly UnitMark[]; side?: 'old' | 'new' }) {
  const { t } = useI18n()
  const active = useActiveComment()
  const store = useContext(CommentPlacesContext)
  const shown: ReactNode[] = cut(pieces, marks, side).map((p, i) => {
    const inner = p.as === 'ins' ? <ins>{p.text}</ins> : p.as === 'del' ? <del>{p.text}</del> : p.text
    if (!p.ids.length) return <Fragment key={i}>{inner}</Fragment>
    // On overlapping passages the shortest (innermost) comment is the one meant.
    const id = innermost(p.ids, marks)
    const activate = () => store?.activate(id)
    return (
      <mark
        key={i}
        className={`comment-mark${p.ids.length > 1 ? ' nested' : ''}${p.ids.includes(active ?? '') ? ' active' : ''}`}
        data-comment-highlight={id}
        title={t('comments.showAtCursor')}
        tabIndex={0}
        onClick={activate}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault()
            activate()
          }
        }}
      >
        {inner}
      </mark>
    )
  })
  return <>{shown}</>
}
