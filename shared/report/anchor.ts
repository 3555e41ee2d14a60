import type { WordRun } from '../compare/types.js'
import type { ChangeView } from './comparison-view.js'
import type { ReportComment } from './model.js'

/**
 * Placing anchored comments on a row's redline. A comment's offsets count in one unit's own text
 * on one side; a row's runs spell that side's units joined by '\n' (equal + delete for the old
 * side, equal + insert for the new), so the offsets translate into cut points in the runs. The
 * runs are cut there and each comment opens before its first piece and closes after its last, which
 * is what Word comment ranges and HTML highlights both need.
 */
export interface ReportPiece extends WordRun {
  /** Comment ids whose passage starts at this piece. */
  readonly opens: readonly string[]
  /** Comment ids whose passage ends with this piece. */
  readonly closes: readonly string[]
}

export interface CommentAnchor {
  readonly comment: ReportComment
  readonly row: number
}

export interface AnchoredComments {
  readonly pieces: ReportPiece[][]
  readonly perRow: CommentAnchor[][]
  readonly unplaced: ReportComment[]
}

type Span = { comment: ReportComment; side: 'old' | 'new'; start: number; end: number }

export function anchorComments(views: readonly ChangeView[], comments: readonly ReportComment[]): AnchoredComments {
  const where = new Map<string, { row: number; offset: number; length: number }>()
  views.forEach((v, row) => {
    for (const [side, units] of [['old', v.oldUnits], ['new', v.newUnits]] as const) {
      let offset = 0
      for (const u of units) {
        where.set(`${side} ${u.path}`, { row, offset, length: u.text.length })
        offset += u.text.length + 1
      }
    }
  })
  const spans: Span[][] = views.map(() => [])
  const perRow: CommentAnchor[][] = views.map(() => [])
  const unplaced: ReportComment[] = []
  for (const c of comments) {
    const at = c.unitPath === null ? undefined : where.get(`${c.side} ${c.unitPath}`)
    if (!at || c.start < 0 || c.end < c.start || c.end > at.length) {
      unplaced.push(c)
      continue
    }
    spans[at.row]!.push({ comment: c, side: c.side, start: at.offset + c.start, end: at.offset + c.end })
    perRow[at.row]!.push({ comment: c, row: at.row })
  }
  return { pieces: views.map((v, i) => cut(v.runs, spans[i]!)), perRow, unplaced }
}

/** Cuts the runs at every comment boundary and attaches the opens and closes. */
function cut(runs: readonly WordRun[], spans: readonly Span[]): ReportPiece[] {
  const source = runs.length ? runs : [{ op: 'equal' as const, text: '' }]
  if (!spans.length) return source.map((r) => ({ ...r, opens: [], closes: [] }))
  // Position of every run on both sides, then cut points per side.
  const cuts = { old: new Set<number>(), new: new Set<number>() }
  for (const s of spans) cuts[s.side].add(s.start).add(s.end)
  const pieces: Array<WordRun & { old: number; new: number }> = []
  let pos = { old: 0, new: 0 }
  for (const r of source) {
    // An equal run lies on both sides, so both sides' cut points apply to it.
    const local = [
      ...(r.op !== 'insert' ? [...cuts.old].map((x) => x - pos.old) : []),
      ...(r.op !== 'delete' ? [...cuts.new].map((x) => x - pos.new) : []),
    ].filter((p) => p > 0 && p < r.text.length).sort((a, b) => a - b)
    let from = 0
    for (const p of [...new Set(local), r.text.length]) {
      const text = r.text.slice(from, p)
      pieces.push({ op: r.op, text, old: pos.old + (r.op !== 'insert' ? from : 0), new: pos.new + (r.op !== 'delete' ? from : 0) })
      from = p
    }
    if (r.op !== 'insert') pos = { ...pos, old: pos.old + r.text.length }
    if (r.op !== 'delete') pos = { ...pos, new: pos.new + r.text.length }
  }
  const out = pieces.map((p) => ({ op: p.op, text: p.text, opens: [] as string[], closes: [] as string[] }))
  for (const s of spans) {
    const counts = (p: (typeof pieces)[number]): boolean => p.op === 'equal' || (p.op === 'delete') === (s.side === 'old')
    const inside = pieces.map((p, i) => ({ p, i })).filter(({ p }) => counts(p) && p[s.side] >= s.start && p[s.side] + p.text.length <= s.end && (p.text.length > 0 || s.start === s.end))
    // An empty passage (or one the cuts could not isolate) becomes a point at its start.
    const first = inside[0]?.i ?? nearest(pieces, s)
    const last = inside[inside.length - 1]?.i ?? first
    out[first]!.opens.push(s.comment.id)
    out[last]!.closes.push(s.comment.id)
  }
  return out
}

function nearest(pieces: ReadonlyArray<{ op: string; text: string; old: number; new: number }>, s: Span): number {
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!
    if ((p.op === 'equal' || (p.op === 'delete') === (s.side === 'old')) && p[s.side] + p.text.length >= s.start) return i
  }
  return pieces.length - 1
}
