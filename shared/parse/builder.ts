import type { DivisionType, LegalText, ParseWarning, Unit, UnitType } from '../model/types.js'
import { ParseError } from '../model/types.js'
import { childPath } from '../model/path.js'
import { keepShape } from '../model/shapes.js'
import { DIVISION_RANK, readHeading, type HeadingLine } from './headings.js'
import { previousLetter, readMarker, type Marker, type MarkerStyle } from './markers.js'
import { checkNumbering, romanValue } from './numbering.js'

/**
 * Builds the unit tree from a stream of lines, for the Markdown and plain-text readers alike
 * (the BWB reader has explicit structure and builds units directly). Headings open articles and
 * divisions; a marker opens a lid or an onderdeel; other lines are alinea of the unit they belong
 * to. Nesting of onderdelen follows indentation where the text has it and the marker style
 * (1° › a › i) where it does not.
 */

interface Draft {
  type: UnitType
  number: string
  heading?: string
  alinea: string[]
  children: Draft[]
  line: number
  /** Indentation of the marker line; -1 for articles and divisions. */
  indent: number
  style: MarkerStyle | undefined
}

interface Level { style: MarkerStyle; draft: Draft }

/**
 * Statutes nest onderdelen three or four levels deep; far deeper nesting is a broken or hostile
 * file, refused with a message before the recursive freeze and walk could overflow the stack.
 */
const MAX_LEVELS = 32

export class UnitBuilder {
  private readonly roots: Draft[] = []
  private divisions: Array<{ rank: number; draft: Draft }> = []
  private article: Draft | null = null
  private lid: Draft | null = null
  private levels: Level[] = []
  /** A marker stood alone on its line: the next text line is its text, whatever its indentation. */
  private awaitingText: Draft | null = null
  private indented = false
  /** The unit the previous line went to, for soft-wrapped continuation lines. */
  private lastHolder: Draft | null = null

  heading(h: HeadingLine, line: number): void {
    this.closeArticle()
    const draft: Draft = { type: h.type, number: h.number, alinea: [], children: [], line, indent: -1, style: undefined }
    if (h.heading) draft.heading = h.heading
    if (h.type === 'artikel') {
      this.parentOfArticle().push(draft)
      this.article = draft
      return
    }
    const rank = DIVISION_RANK[h.type as DivisionType]
    while (this.divisions.length && this.divisions[this.divisions.length - 1]!.rank >= rank) this.divisions.pop()
    this.parentOfArticle().push(draft)
    this.divisions.push({ rank, draft })
  }

  /** A numbered line. `rest` is the text after the marker ('' when the marker stands alone). */
  item(marker: Marker, rest: string, indent: number, line: number): void {
    if (!this.article) throw new ParseError(`numbered text "${marker.number}" before any "Artikel" heading`, line)
    if (indent > 0) this.indented = true
    const text = rest.trim()
    // One shape for every draft (style included), and an alinea array of exactly its one text:
    // pushing onto [] would allocate room for 17 (a whole Wetboek makes ~10^5 drafts).
    const draft: Draft = { type: 'lid', number: marker.number, alinea: text ? [text] : [], children: [], line, indent, style: undefined }
    if (marker.style === 'arabic') {
      this.article.children.push(draft)
      this.lid = draft
      this.levels = []
    } else {
      const style = this.resolveStyle(marker, indent)
      draft.style = style
      const depth = this.levelFor(style, indent)
      if (depth >= MAX_LEVELS) throw new ParseError(`onderdelen nested deeper than ${MAX_LEVELS} levels`, line)
      this.levels.length = depth
      const holder = depth > 0 ? this.levels[depth - 1]!.draft : (this.lid ?? this.article)
      draft.type = depth > 0 ? 'subonderdeel' : 'onderdeel'
      holder.children.push(draft)
      this.levels.push({ style, draft })
    }
    this.awaitingText = text ? null : draft
    this.lastHolder = draft
  }

  /** An unnumbered line of text. `paragraphStart` is false for a soft-wrapped continuation. */
  text(text: string, indent: number, line: number, paragraphStart = true): void {
    const t = text.trim()
    if (!t) return
    const holder = this.awaitingText ?? (!paragraphStart && this.lastHolder ? this.lastHolder : this.holderFor(indent))
    if (!holder) throw new ParseError(`text before any "Artikel" heading: "${t.slice(0, 40)}"`, line)
    if (!paragraphStart && holder.alinea.length > 0) holder.alinea[holder.alinea.length - 1] += ' ' + t
    else holder.alinea.push(t)
    this.awaitingText = null
    this.lastHolder = holder
  }

  private readonly notes: ParseWarning[] = []

  /** A remark about the input that does not stop reading it. */
  warn(message: string, line: number): void {
    this.notes.push({ message, line })
  }

  finish(label: string, source: string): { text: LegalText; warnings: ParseWarning[] } {
    this.closeArticle()
    const warnings: ParseWarning[] = [...this.notes]
    const units = this.roots.map((d) => freeze(d, ''))
    checkNumbering(units, warnings)
    return { text: { label, source, units }, warnings }
  }

  /**
   * Settles `i`, `v`, `x` (and `ii`, `xx`, `cc` past z): a letter when they can continue the open
   * letter sequence (`h` › `i`), else Roman. Where the text is indented, indentation decides.
   * Where it is not: Roman if it continues an open Roman sequence (`iv` › `v`); the letter if the
   * deepest open item is Roman (that list has its `i` already); Roman if the deepest open item
   * ends in a colon, since a lead-in announces an enumeration while onderdelen end in `;` or `.`
   * (Aanwijzing 3.59); else the letter.
   */
  private resolveStyle(marker: Marker, indent: number): MarkerStyle {
    if (!marker.ambiguous) return marker.style
    const letters = this.levels.findLast((l) => l.style === 'letter')
    if (!letters || letters.draft.number !== previousLetter(marker.number)) return 'roman'
    if (this.indented && indent > 0) return indent <= letters.draft.indent ? 'letter' : 'roman'
    const value = romanValue(marker.number)
    if (this.levels.some((l) => l.style === 'roman' && romanValue(l.draft.number) === value - 1)) return 'roman'
    const deepest = this.levels[this.levels.length - 1]!
    if (deepest.style === 'roman') return 'letter'
    return /:\s*$/.test(deepest.draft.alinea.at(-1) ?? '') ? 'roman' : 'letter'
  }

  /** Depth at which an item of `style` goes: its sibling's level if one is open, else one deeper. */
  private levelFor(style: MarkerStyle, indent: number): number {
    if (this.indented && indent > 0) {
      // Indentation decides: pop levels indented at least as deep as this item.
      let depth = this.levels.length
      while (depth > 0 && this.levels[depth - 1]!.draft.indent >= indent) depth--
      if (depth < this.levels.length) return depth
      return this.levels.length
    }
    // At the margin: the open level of the same style is the sibling (1° › a › i), but never one
    // below a level that is itself indented (else `a.` at the margin would sink ever deeper).
    const deeper = this.levels.findIndex((l) => l.draft.indent > indent)
    const limit = deeper < 0 ? this.levels.length : deeper
    for (let i = limit - 1; i >= 0; i--) if (this.levels[i]!.style === style) return i
    return limit
  }

  /** Where an unnumbered line goes: the deepest open unit whose marker is indented less than it. */
  private holderFor(indent: number): Draft | null {
    const chain: Draft[] = []
    if (this.article) chain.push(this.article)
    if (this.lid) chain.push(this.lid)
    for (const l of this.levels) chain.push(l.draft)
    if (!this.indented) return chain[chain.length - 1] ?? null
    for (let i = chain.length - 1; i >= 0; i--) if (chain[i]!.indent < indent) return this.notPastLeden(chain[i]!)
    return this.notPastLeden(chain[0] ?? null)
  }

  /**
   * An article with leden has no text after them of its own: an unindented line after a lid is
   * a further alinea of that lid, not text of the article.
   */
  private notPastLeden(holder: Draft | null): Draft | null {
    return holder === this.article && this.lid ? this.lid : holder
  }

  private parentOfArticle(): Draft[] {
    const top = this.divisions[this.divisions.length - 1]
    return top ? top.draft.children : this.roots
  }

  private closeArticle(): void {
    this.article = null
    this.lid = null
    this.levels = []
    this.awaitingText = null
    this.lastHolder = null
    // Indentation is judged per article: a pasted website copy (flat) may follow indented text.
    this.indented = false
  }
}

function freeze(d: Draft, parentPath: string): Unit {
  const path = childPath(parentPath, d.type, d.number)
  const children = d.children.map((c) => freeze(c, path))
  const text = d.alinea.length === 1 ? d.alinea[0]! : d.alinea.join('\n')
  // Two literal shapes rather than a spread: a whole Wetboek makes ~10^5 of these.
  return d.heading
    ? { type: d.type, number: d.number, path, heading: d.heading, text, children, line: d.line }
    : { type: d.type, number: d.number, path, text, children, line: d.line }
}

// See model/shapes.ts: a builder taken through every step a reader takes — a division and a
// titled article, a lid with onderdelen and a subonderdeel, a marker alone on its line, wrapped
// and further text, a warning and the finish — and kept, with its drafts.
const shaped = keepShape(new UnitBuilder())
const shapedLines = ['Boek 1. Titel', 'Artikel 1. Titel', '1. lid:', 'a. onderdeel:', '1°. sub;', 'b.', 'tekst', 'vervolg', 'Artikel 2', 'tekst']
shapedLines.forEach((line, k) => {
  const heading = readHeading(line)
  const marked = heading ? null : readMarker(line, true)
  if (heading) shaped.heading(heading, k + 1)
  else if (marked) shaped.item(marked.marker, marked.rest, 0, k + 1)
  else shaped.text(line, 0, k + 1, line !== 'vervolg')
})
shaped.warn('', 0)
shaped.finish('', '')
