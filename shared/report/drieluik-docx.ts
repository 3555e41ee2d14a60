import { Document, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx'
import { commentBy, commentNumbers, statusLabel, type ReportComment, type ReportModel, type ReportRow } from './model.js'
import { sideParagraphs } from './paragraphs.js'
import { wholeUnitChanged } from './html-parts.js'
import { commentsApart, front, pageFrame } from './docx.js'
import { pieceRuns, wordCommentIds, wordComments } from './docx-runs.js'

/**
 * The drieluik as a Word table: current | proposed | toelichting and comments, one row per unit.
 * Both texts are visible side by side, so the renvooi is formatting (struck red, underlined green),
 * not tracked revisions; the comments are Word comments on their passages in the column of the
 * side they were made on, and are repeated in words in the third column for print.
 */
export function drieluikToDocx(model: ReportModel): Document {
  const ids = wordCommentIds(model)
  const refs = commentNumbers(model)
  const header = new TableRow({
    tableHeader: true,
    children: ['Huidige tekst', 'Voorgestelde tekst', 'Toelichting en opmerkingen'].map((t) => cell([new Paragraph({ children: [new TextRun({ text: t, bold: true })] })])),
  })
  const rows = model.rows.map((r) => new TableRow({
    cantSplit: false,
    children: [cell(side(r, 'old', ids)), cell(side(r, 'new', ids)), cell(third(r, refs))],
  }))
  return new Document({
    creator: model.author,
    title: model.title,
    description: `Renvooi ${model.provenance.renvooiVersion}`,
    comments: { children: wordComments(model, model.provenance.date) },
    sections: [{
      ...pageFrame(model, true),
      children: [
        ...front(model),
        new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE }, columnWidths: [4800, 4800, 4800] }),
        // Comments that have no row: never dropped.
        ...commentsApart(model, ids, (c) => commentLines(c, refs.get(c.id))),
      ],
    }],
  })
}

const cell = (children: Paragraph[]): TableCell => new TableCell({ children: children.length ? children : [new Paragraph('')], width: { size: 33, type: WidthType.PERCENTAGE } })

function side(r: ReportRow, which: 'old' | 'new', ids: ReadonlyMap<string, number>): Paragraph[] {
  const units = which === 'old' ? r.oldUnits : r.newUnits
  if (!units.length) return [new Paragraph({ children: [new TextRun({ text: '—', color: '777777' })] })]
  const mine = new Set(r.comments.filter((c) => c.side === which).map((c) => c.id))
  return sideParagraphs(r.paragraphs, which, true).map((p) => {
    const nr: ParagraphChild[] = p.number === null ? [] : [new TextRun({
      text: p.number + (r.isArticle ? '' : ' '), bold: true,
      ...(p.renumbered || wholeUnitChanged(r, which) ? (which === 'old' ? { strike: true, color: 'AA0000' } : { underline: {}, color: '006644' }) : {}),
    })]
    return new Paragraph({ children: [...nr, ...pieceRuns(p.pieces, ids, { kind: 'formatted' }, mine)], indent: { left: Math.max(0, r.level - 1) * 400 } })
  })
}

function third(r: ReportRow, refs: ReadonlyMap<string, number>): Paragraph[] {
  const out: Paragraph[] = []
  if (r.toelichting) out.push(...r.toelichting.split('\n').map((l) => new Paragraph(l)))
  for (const c of r.comments) out.push(...commentLines(c, refs.get(c.id)))
  return out
}

function commentLines(c: ReportComment, n: number | undefined): Paragraph[] {
  const who = commentBy(c)
  const lines = [new Paragraph({ children: [new TextRun({ text: `[${n ?? '?'}] ${who} (${c.kind}, ${statusLabel(c.status)}): `, bold: true }), new TextRun(c.body)] })]
  if (c.reaction) lines.push(new Paragraph({ children: [new TextRun({ text: 'Reactie: ', italics: true }), new TextRun(c.reaction)] }))
  return lines
}
