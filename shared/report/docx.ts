import { AlignmentType, Document, Footer, Header, PageNumber, Paragraph, TextRun, type FileChild, type ParagraphChild } from 'docx'
import { formatDate } from './html-parts.js'
import { utcIsoString } from './datetime.js'
import type { ReportComment, ReportModel, ReportRow } from './model.js'
import type { ReportParagraph } from './paragraphs.js'
import { indentOf, pieceRuns, Revisions, wordCommentIds, wordComments } from './docx-runs.js'
import { layoutRows, type Slot } from './docx-move-plan.js'
import { moveSource, moveTarget, type MoveContext } from './docx-moves.js'

/**
 * The renvooi as a Word document with real tracked changes: the current text with every change
 * as a `w:ins`/`w:del` revision by the configured author on the report's date, so accepting all
 * changes in Word yields the proposed text. Numbers are literal text (a renumbering is a tracked
 * change), whole inserted or deleted units carry paragraph-mark revisions (otherwise accepting
 * would leave empty paragraphs), and consultation comments are Word comments on their passages.
 * A unit that moved is a Word move revision (`w:moveFrom` where it stood, `w:moveTo` where it
 * stands, see docx-moves.ts), so rejecting all changes also gives back the current order.
 * Built here (docx is isomorphic); packed to bytes in main/services.
 */
export function reportToDocx(model: ReportModel): Document {
  // Revision ids start after the comment ids: every w:id in the document is unique.
  // w:date is read by Word, not by people: the instant in UTC, as Word writes it itself.
  const revisions = new Revisions(model.author, utcIsoString(model.provenance.date), model.comments.length)
  const ids = wordCommentIds(model)
  const body: FileChild[] = [...front(model)]
  for (const slot of layoutRows(model.rows)) body.push(...slotParagraphs(model.rows, slot, { revisions, ids }))
  body.push(...commentsApart(model, ids))
  body.push(...provisionParagraphs(model))
  return new Document({
    creator: model.author,
    title: model.title,
    description: `Renvooi ${model.provenance.renvooiVersion}`,
    features: { trackRevisions: true },
    comments: { children: wordComments(model, model.provenance.date) },
    sections: [{ ...pageFrame(model), children: body }],
  })
}

/**
 * Comments with no passage in the text, after it: the general ones and those whose passage is
 * gone, each a Word comment on a line of its own (on the words it quoted, or on what it is about),
 * with `inWords` the comment's text too, for a document that prints comments in a column.
 */
export function commentsApart(model: ReportModel, ids: ReadonlyMap<string, number>, inWords?: (c: ReportComment) => Paragraph[]): Paragraph[] {
  const out: Paragraph[] = []
  const apart = (title: string, list: readonly ReportComment[], about: string): void => {
    if (!list.length) return
    out.push(new Paragraph({ spacing: { before: 360 }, children: [new TextRun({ text: title, bold: true })] }))
    for (const c of list) {
      out.push(new Paragraph({ children: pieceRuns([{ op: 'equal', text: c.quote || about, opens: [c.id], closes: [c.id] }], ids, { kind: 'formatted' }) }))
      if (inWords) out.push(...inWords(c))
    }
  }
  apart('Algemene opmerkingen', model.general, 'Over de tekst als geheel')
  apart('Opmerkingen waarvan de passage niet meer in de tekst staat', model.unplaced, '(geen citaat)')
  return out
}

/** The non-punishment provisions and their comparison, after the text, as in the HTML report. */
function provisionParagraphs(model: ReportModel): Paragraph[] {
  if (!model.provisions.length) return []
  const out = [new Paragraph({ spacing: { before: 360 }, children: [new TextRun({ text: 'Bepalingen', bold: true, size: 28 })] })]
  for (const p of model.provisions) {
    out.push(new Paragraph({ spacing: { before: 200 }, children: [new TextRun({ text: p.title, bold: true })] }))
    for (const line of p.text.split('\n')) out.push(new Paragraph({ children: [new TextRun(line)] }))
    for (const line of (p.rationale ?? '').split('\n').filter(Boolean)) out.push(new Paragraph({ children: [new TextRun({ text: line, italics: true, size: 18 })] }))
  }
  return out
}

/** Title and provenance: every export states what it compared, from which files, and when. */
export function front(model: ReportModel): Paragraph[] {
  const p = model.provenance
  const line = (role: string, v: typeof p.old): Paragraph => new Paragraph({
    children: [new TextRun({ text: `${role}: `, bold: true }), new TextRun(`${v.label} — ${v.sourceName ?? 'geen bestand'}${v.sha256 ? `, SHA-256 ${v.sha256}` : ''}${v.comparedSha256 ? `${v.sha256 ? ', bewerkt na het laden' : ''}; tekst zoals vergeleken: SHA-256 ${v.comparedSha256}` : ''}`)],
  })
  return [
    new Paragraph({ children: [new TextRun({ text: model.title, bold: true, size: 32 })], spacing: { after: 120 } }),
    line('Huidig', p.old),
    line('Voorstel', p.new),
    new Paragraph({ children: [new TextRun({ text: `Gemaakt op ${formatDate(p.date)} met Renvooi ${p.renvooiVersion}. ${model.summary}`, italics: true })], spacing: { after: 240 } }),
  ]
}

/** A4 with the title and version labels in the header and the page number in the footer. */
export function pageFrame(model: ReportModel, landscape = false) {
  const small = (text: string): TextRun => new TextRun({ text, size: 16, color: '555555' })
  return {
    properties: { page: { size: { width: 11906, height: 16838, orientation: landscape ? 'landscape' as const : 'portrait' as const }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
    headers: { default: new Header({ children: [new Paragraph({ children: [small(`${model.title} — ${model.provenance.old.label} → ${model.provenance.new.label} — ${formatDate(model.provenance.date)}`)] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES], size: 16 })] })] }) },
  }
}

function slotParagraphs(rows: readonly ReportRow[], slot: Slot, ctx: MoveContext): FileChild[] {
  const row = rows[slot.row]!
  if (slot.kind === 'target') return moveTarget(row, slot.names, ctx)
  if (slot.kind === 'source' && slot.name !== null) return moveSource(row, slot.unit, slot.name, ctx)
  // A row in place, or a deleted row under a moved unit, deleted where it stood.
  return row.paragraphs.flatMap((p) => paragraphs(row, p, ctx.revisions, ctx.ids))
}

function paragraphs(row: ReportRow, p: ReportParagraph, revisions: Revisions, ids: ReadonlyMap<string, number>): Paragraph[] {
  const markOf = (mark: ReportParagraph['mark']) => (mark === 'insert' ? { run: { insertion: revisions.mark() } } : mark === 'delete' ? { run: { deletion: revisions.mark() } } : {})
  const indent = indentOf(row.level)
  const text = pieceRuns(p.pieces, ids, { kind: 'tracked', revisions })
  if (!row.isArticle) {
    return [new Paragraph({ children: [...numberRuns(p, revisions, false), ...text], indent, spacing: { before: 60 }, ...markOf(p.mark) })]
  }
  // "Artikel 273f" and its heading stand on their own line; an article without leden has its text below.
  const heading = row.newUnits[0]?.heading ?? row.oldUnits[0]?.heading
  const head = new Paragraph({
    children: [...numberRuns(p, revisions, true), ...(heading ? [new TextRun({ text: ` ${heading}`, bold: true })] : [])],
    indent, spacing: { before: 240 }, keepNext: true,
    ...markOf(row.change.kind === 'inserted' ? 'insert' : row.change.kind === 'deleted' ? 'delete' : 'equal'),
  })
  const hasText = p.pieces.some((x) => x.text || x.opens.length)
  return hasText ? [head, new Paragraph({ children: text, indent, spacing: { before: 60 }, ...markOf(p.mark) })] : [head]
}

/** The unit's number as literal text; a renumbering is a deleted plus an inserted number. */
function numberRuns(p: ReportParagraph, revisions: Revisions, bold: boolean): ParagraphChild[] {
  const gap = bold ? '' : ' '
  const { oldNumber: o, newNumber: n } = p
  if (o !== null && o === n) return [new TextRun({ text: o + gap, bold: true })]
  const out: ParagraphChild[] = []
  if (o !== null) out.push(revisions.deleted(o + gap, { bold: true }))
  if (n !== null) out.push(revisions.inserted(n + gap, { bold: true }))
  return out
}
