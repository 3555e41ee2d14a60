import { CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, InsertedTextRun, Paragraph, TextRun, type ParagraphChild } from 'docx'
import type { ReportPiece } from './anchor.js'
import { commentBy, statusLabel, type ReportComment, type ReportModel } from './model.js'

/**
 * What both Word exports share: one revision counter (Word is picky about duplicate revision ids,
 * engineering-notes §7.1), the author and date every revision carries, and the consultation
 * comments as Word comments (plain objects: `new Comment()` throws in docx 9.15.2).
 */
export class Revisions {
  private next: number
  /**
   * `firstId` keeps revision ids clear of the Word comment ids (0 … comments − 1), so every
   * `w:id` in the document is unique whatever element carries it.
   */
  constructor(readonly author: string, readonly date: string, firstId = 1) {
    this.next = firstId
  }

  /** The attributes of one `w:ins`/`w:del`, with a fresh id. */
  mark(): { id: number; author: string; date: string } {
    return { id: this.next++, author: this.author, date: this.date }
  }

  inserted(text: string, extra: { bold?: boolean } = {}): InsertedTextRun {
    return new InsertedTextRun({ text, ...this.mark(), ...extra })
  }

  deleted(text: string, extra: { bold?: boolean } = {}): DeletedTextRun {
    return new DeletedTextRun({ text, ...this.mark(), ...extra })
  }
}

/** Word comment ids are numbers: the comment's reference number minus one. */
export function wordCommentIds(model: ReportModel): Map<string, number> {
  return new Map(model.comments.map((c, i) => [c.id, i]))
}

export function wordComments(model: ReportModel, date: string) {
  return model.comments.map((c, i) => ({
    id: i,
    author: commentBy(c, ' — '),
    initials: initials(c.author),
    // When the reviewer made it, as Word shows for its own comments; the export time if unknown.
    date: validDate(c.created) ?? new Date(date),
    children: commentParagraphs(c),
  }))
}

function validDate(iso: string | undefined): Date | undefined {
  const d = iso ? new Date(iso) : undefined
  return d && !Number.isNaN(d.getTime()) ? d : undefined
}

function commentParagraphs(c: ReportComment): Paragraph[] {
  const out = [
    new Paragraph({ children: [new TextRun({ text: `${c.kind} · ${statusLabel(c.status)}${c.publishable ? '' : ' · niet openbaar'}`, italics: true })] }),
    ...c.body.split('\n').map((line) => new Paragraph(line)),
    ...c.replies.map((r) => new Paragraph({ children: [new TextRun({ text: `${r.author}: `, bold: true }), new TextRun(r.body)] })),
  ]
  if (c.reaction) out.push(new Paragraph({ children: [new TextRun({ text: 'Reactie: ', bold: true }), new TextRun(c.reaction)] }))
  return out
}

/** Left indent per level (artikel, lid, onderdeel, subonderdeel …) in twentieths of a point. */
const INDENT = [0, 0, 567, 1134, 1701]
export const indentOf = (level: number): { left: number } => ({ left: INDENT[Math.min(level, 4)]! })

const initials = (name: string): string => name.split(/\s+/).map((w) => w.replace(/[^\p{L}]/gu, '')[0] ?? '').join('').slice(0, 4).toUpperCase()

/**
 * Runs for pieces with the comment ranges around them. `style` decides how a change is shown:
 * as a tracked revision (the renvooi document) or as formatting (the drieluik, where both columns
 * are visible and accepting a revision would make no sense).
 */
export function pieceRuns(
  pieces: readonly ReportPiece[],
  ids: ReadonlyMap<string, number>,
  style: { kind: 'tracked'; revisions: Revisions } | { kind: 'formatted' },
  only?: ReadonlySet<string>,
): ParagraphChild[] {
  return markedRuns<ParagraphChild>(pieces, ids, (p) => run(p, style), only)
}

/** Like `pieceRuns`, with the caller making each piece's run (or leaving a piece out with null). */
export function markedRuns<T>(
  pieces: readonly ReportPiece[],
  ids: ReadonlyMap<string, number>,
  runOf: (p: ReportPiece) => T | null,
  only?: ReadonlySet<string>,
): Array<T | CommentRangeStart | CommentRangeEnd | TextRun> {
  const out: Array<T | CommentRangeStart | CommentRangeEnd | TextRun> = []
  for (const p of pieces) {
    for (const id of p.opens) if (ids.has(id) && (!only || only.has(id))) out.push(new CommentRangeStart(ids.get(id)!))
    const r = p.text ? runOf(p) : null
    if (r !== null) out.push(r)
    for (const id of p.closes) {
      if (!ids.has(id) || (only && !only.has(id))) continue
      out.push(new CommentRangeEnd(ids.get(id)!), new TextRun({ children: [new CommentReference(ids.get(id)!)] }))
    }
  }
  return out
}

function run(p: ReportPiece, style: { kind: 'tracked'; revisions: Revisions } | { kind: 'formatted' }): ParagraphChild {
  if (p.op === 'equal') return new TextRun(p.text)
  if (style.kind === 'tracked') return p.op === 'insert' ? style.revisions.inserted(p.text) : style.revisions.deleted(p.text)
  return p.op === 'insert'
    ? new TextRun({ text: p.text, underline: {}, color: '006644' })
    : new TextRun({ text: p.text, strike: true, color: 'AA0000' })
}
