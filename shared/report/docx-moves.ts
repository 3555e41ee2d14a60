import { BuilderElement, FileChild, NextAttributeComponent, Paragraph, ParagraphProperties, TextRun, XmlComponent, type IParagraphOptions } from 'docx'
import type { ReportPiece } from './anchor.js'
import type { ReportRow } from './model.js'
import type { ReportParagraph } from './paragraphs.js'
import { indentOf, markedRuns, type Revisions } from './docx-runs.js'

/**
 * Word move revisions for units that moved (ECMA-376 Part 1 §17.13.5.21–28), which the docx
 * library does not offer: built from its public `BuilderElement`/`FileChild` so that docx still
 * writes and escapes every element; no string surgery on the packed XML.
 *
 * Old place (source), one move per old unit:
 *
 *   <w:moveFromRangeStart w:id="7" w:name="move1" w:author w:date/>
 *   <w:p><w:pPr>…<w:rPr><w:moveFrom w:id w:author w:date/></w:rPr></w:pPr>
 *     <w:moveFrom w:id w:author w:date><w:r><w:t>2°. </w:t></w:r></w:moveFrom> …
 *   </w:p>
 *   <w:moveFromRangeEnd w:id="7"/>
 *
 * Text inside `w:moveFrom` stays in `w:t` (the spec's example; `w:delText` is for `w:del`). The
 * range is around the whole paragraph (as in the spec's example of a moved paragraph, §17.13.5.26)
 * so the paragraph mark, itself a move source, is inside it: ISO 29500 calls move markup outside
 * a matching range non-conformant.
 *
 * New place (destination), the new text with its word-level changes:
 *
 *   <w:moveToRangeStart w:id="9" w:name="move1" …/>
 *   <w:p><w:pPr>…<w:rPr><w:moveTo …/></w:rPr></w:pPr>
 *     <w:ins …><w:r><w:t>2. </w:t></w:r></w:ins>
 *     <w:moveTo …><w:r><w:t>degene die een ander </w:t></w:r></w:moveTo> …
 *   </w:p>
 *   <w:moveToRangeEnd w:id="9"/>
 *
 * Kept words are moved text; inserted words are an ordinary `w:ins` beside them. Words deleted
 * from a moved unit (and an old number) are NOT written at the new place: they stand, with the
 * rest of the old text, in the move source. The schema would allow them as a `w:del` inside the
 * `w:moveTo` (CT_RunTrackChange content includes w:ins/w:del), but LibreOffice reads such a
 * nested deletion as plain, unchanged text (checked: converted to ODF it lies outside every
 * changed region), so accepting all there would keep the deleted words. A sibling `w:del` is no
 * way out either: rejecting it would bring the words back at the new place.
 *
 * So: accept all = every moveFrom and del gone, moveTo and ins kept = the proposed text; reject
 * all = every moveTo and ins gone, moveFrom and del kept = the current text, in its own order.
 */

type Revision = { id: number; author: string; date: string }

const trackAttributes = (r: Revision) => ({
  id: { key: 'w:id', value: r.id },
  author: { key: 'w:author', value: r.author },
  date: { key: 'w:date', value: r.date },
})

/** An element docx can place both inside a paragraph and between paragraphs (the range markers). */
class MoveElement extends FileChild {
  constructor(name: string, attributes: Record<string, { key: string; value: string | number }>, children: readonly XmlComponent[] = []) {
    super(name)
    this.root.push(new NextAttributeComponent(attributes), ...children)
  }
}

type Kind = 'moveFrom' | 'moveTo'

/** `w:moveFrom`/`w:moveTo` around run content, with a fresh revision id. */
const moved = (kind: Kind, revisions: Revisions, child: XmlComponent): XmlComponent =>
  new BuilderElement({ name: `w:${kind}`, attributes: trackAttributes(revisions.mark()), children: [child] })

/** A paragraph whose mark is itself a move source or destination (`w:pPr/w:rPr/w:moveFrom`). */
class MovedParagraph extends Paragraph {
  constructor(options: IParagraphOptions, kind: Kind, revisions: Revisions, children: readonly XmlComponent[]) {
    super(options)
    const properties = this.root[0]
    if (!(properties instanceof ParagraphProperties)) throw new Error('docx: paragraph properties not first')
    // Last in w:pPr, where docx itself puts the mark's w:rPr (after w:ind, before w:pPrChange).
    properties.push(new BuilderElement({ name: 'w:rPr', children: [new MoveElement(`w:${kind}`, trackAttributes(revisions.mark()))] }))
    this.root.push(...children)
  }
}

class MoveRange {
  private readonly id: number
  constructor(private readonly kind: Kind, readonly name: string, revisions: Revisions) {
    const r = revisions.mark()
    this.id = r.id
    this.start = new MoveElement(`w:${kind}RangeStart`, { ...trackAttributes(r), name: { key: 'w:name', value: name } })
  }
  readonly start: MoveElement
  end(): MoveElement {
    return new MoveElement(`w:${this.kind}RangeEnd`, { id: { key: 'w:id', value: this.id } })
  }
}

export interface MoveContext {
  readonly revisions: Revisions
  readonly ids: ReadonlyMap<string, number>
}

/** The paragraphs of a row that belong to each of its old units (a split's second half continues the first). */
function byOldUnit(paragraphs: readonly ReportParagraph[]): ReportParagraph[][] {
  const out: ReportParagraph[][] = []
  for (const p of paragraphs) {
    if (p.oldNumber !== null || !out.length) out.push([p])
    else out[out.length - 1]!.push(p)
  }
  return out
}

const commentsOn = (row: ReportRow, side: 'old' | 'new'): Set<string> => new Set(row.comments.filter((c) => c.side === side).map((c) => c.id))
const gap = (row: ReportRow): string => (row.isArticle ? '' : ' ')

/**
 * Old unit `unit` of a displaced row at its old place, laid out as that old unit (its level, an
 * article's number on its own line): number and old text (kept and deleted words, exactly the
 * current text) as a move source, its paragraph mark a move source, old-side comments on their
 * passages.
 */
export function moveSource(row: ReportRow, unit: number, name: string, ctx: MoveContext): FileChild[] {
  const { revisions } = ctx
  const paragraphs = byOldUnit(row.paragraphs)[unit] ?? []
  const range = new MoveRange('moveFrom', name, revisions)
  const from = (text: string, bold = false): XmlComponent => moved('moveFrom', revisions, new TextRun(bold ? { text, bold } : text))
  const pieces = paragraphs.flatMap((p) => p.pieces.filter((x) => x.op !== 'insert'))
  const text = markedRuns<XmlComponent>(pieces, ctx.ids, (p) => from(p.text), commentsOn(row, 'old'))
  const old = row.oldUnits[unit]
  const isArticle = old?.type === 'artikel'
  const number = paragraphs[0]?.oldNumber
  const numberRun = number ? [from(number + (isArticle ? '' : ' '), true)] : []
  const indent = indentOf((old?.path ?? '').split('/').length - 1)
  if (!isArticle) {
    return [range.start, new MovedParagraph({ indent, spacing: { before: 60 } }, 'moveFrom', revisions, [...numberRun, ...text]), range.end()]
  }
  const heading = old?.heading
  const head = new MovedParagraph({ indent, spacing: { before: 240 }, keepNext: true }, 'moveFrom', revisions, [...numberRun, ...(heading ? [moved('moveFrom', revisions, new TextRun({ text: ` ${heading}`, bold: true }))] : [])])
  const body = text.length ? [new MovedParagraph({ indent, spacing: { before: 60 } }, 'moveFrom', revisions, text)] : []
  return [range.start, head, ...body, range.end()]
}

/**
 * A displaced row at its new place: a paragraph per new unit with the new text, kept words as
 * moved text, inserted words as insertions (deleted words are in the source only); one
 * destination range per old unit (`names`), ending after the paragraph when the unit's text runs
 * to its end so that the moved paragraph mark is inside the range.
 */
export function moveTarget(row: ReportRow, names: readonly string[], ctx: MoveContext): FileChild[] {
  const { revisions } = ctx
  const only = commentsOn(row, 'new')
  const to = (child: XmlComponent): XmlComponent => moved('moveTo', revisions, child)
  const runOf = (p: Pick<ReportPiece, 'op' | 'text'>, bold = false): XmlComponent | null =>
    p.op === 'insert' ? revisions.inserted(p.text, bold ? { bold } : {})
      : p.op === 'delete' ? null
      : to(new TextRun(bold ? { text: p.text, bold } : p.text))
  // The new number: moved when it is the old one, else inserted (the old one is in the source).
  const numberRuns = (p: ReportParagraph): XmlComponent[] => {
    const { oldNumber: o, newNumber: n } = p
    if (n === null) return []
    return [runOf({ op: o === n ? 'equal' : 'insert', text: n + gap(row) }, true)!]
  }

  // Group the row's paragraphs by new unit, opening a range where an old unit starts: between
  // paragraphs when it starts a paragraph (as Word writes a moved paragraph), else inside it.
  const groups: Array<{ before: FileChild[]; head: XmlComponent[]; text: XmlComponent[] }> = []
  let open: MoveRange | null = null
  let unit = -1
  for (const p of row.paragraphs) {
    if (p.newNumber !== null || !groups.length) groups.push({ before: [], head: [], text: [] })
    const g = groups[groups.length - 1]!
    const markers: FileChild[] = []
    if (p.oldNumber !== null || unit < 0) {
      if (open) markers.push(open.end())
      open = new MoveRange('moveTo', names[++unit] ?? `move-${unit}`, revisions)
      markers.push(open.start)
    }
    if (!g.head.length && !g.text.length) g.before.push(...markers)
    else g.head.push(...markers)
    const text = markedRuns<XmlComponent>(p.pieces, ctx.ids, (x) => runOf(x), only)
    if (row.isArticle) {
      g.head.push(...numberRuns(p))
      g.text.push(...text)
    } else g.head.push(...numberRuns(p), ...text)
  }

  const indent = indentOf(row.level)
  const heading = row.newUnits[0]?.heading
  const out: FileChild[] = []
  for (const g of groups) {
    out.push(...g.before)
    if (!row.isArticle) {
      out.push(new MovedParagraph({ indent, spacing: { before: 60 } }, 'moveTo', revisions, g.head))
      continue
    }
    out.push(new MovedParagraph({ indent, spacing: { before: 240 }, keepNext: true }, 'moveTo', revisions, [...g.head, ...(heading ? [to(new TextRun({ text: ` ${heading}`, bold: true }))] : [])]))
    if (g.text.length) out.push(new MovedParagraph({ indent, spacing: { before: 60 } }, 'moveTo', revisions, g.text))
  }
  if (open) out.push(open.end())
  return out
}
