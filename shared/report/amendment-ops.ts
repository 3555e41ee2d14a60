import type { DivisionType, LegalText, Unit, UnitType } from '../model/types.js'
import { isDivision, parsePath } from '../model/path.js'
import { numberAt, positionOf, schemeOf } from './numbering.js'
import { joinSentences, sentencesOf } from './sentences.js'

/**
 * Wijzigingsopdrachten as data, and what each one does to a text. The generator
 * (amendments.ts) words these ops per the Aanwijzingen; the interpreter (apply-amendments.ts)
 * reads that wording back into ops and applies them here, so a round-trip test proves the
 * wording alone turns the current text into the proposed one.
 */

/** A unit as the instructions edit it: plain, mutable, without paths. */
export interface Draft {
  type: UnitType
  number: string
  heading?: string
  text: string
  children: Draft[]
  /**
   * Articles of a working copy only: the path of the innermost division that holds the article
   * (`boek:2/titeldeel:XVIII`), so "Aan het begin van titel XVIII" can find its place.
   */
  division?: string
}

export const toDraft = (u: Unit): Draft => ({ type: u.type, number: u.number, ...(u.heading ? { heading: u.heading } : {}), text: u.text, children: u.children.map(toDraft) })

/** Where in an article: `[]` is the article itself, then lid/onderdeel/subonderdeel steps. */
export type Steps = ReadonlyArray<{ readonly type: UnitType; readonly number: string }>

/**
 * A division as an instruction names it, outermost first: as many of the innermost levels as
 * make it unique in the text (`[{ titeldeel, XVIII }]`, or `[{ boek, 2 }, { titeldeel, XVIII }]`).
 */
export type DivisionRef = ReadonlyArray<{ readonly type: DivisionType; readonly number: string }>

/** The articles of a text as a working copy, each knowing its division, and the divisions in document order. */
export function articleDrafts(text: LegalText): { articles: Draft[]; divisions: string[] } {
  const articles: Draft[] = []
  const divisions: string[] = []
  const visit = (units: readonly Unit[], division: string): void => {
    for (const u of units) {
      if (u.type === 'artikel') articles.push({ ...toDraft(u), ...(division ? { division } : {}) })
      else if (isDivision(u.type)) {
        divisions.push(u.path)
        visit(u.children, u.path)
      }
    }
  }
  visit(text.units, '')
  return { articles, divisions }
}

const refMatches = (path: string, ref: DivisionRef): boolean => {
  const segments = parsePath(path)
  const tail = segments.slice(segments.length - ref.length)
  return ref.length > 0 && tail.length === ref.length && tail.every(([type, number], i) => type === ref[i]!.type && number === ref[i]!.number)
}

/** The fewest innermost levels of the division at `path` that name it uniquely among `divisions`. */
export function divisionRef(path: string, divisions: readonly string[]): DivisionRef {
  const segments = parsePath(path).map(([type, number]) => ({ type: type as DivisionType, number }))
  for (let k = 1; k < segments.length; k++) {
    const ref = segments.slice(segments.length - k)
    if (divisions.filter((d) => refMatches(d, ref)).length === 1) return ref
  }
  return segments
}

/** The path of the one division `ref` names. */
export function resolveDivision(ref: DivisionRef, divisions: readonly string[]): string {
  const found = divisions.filter((d) => refMatches(d, ref))
  const name = ref.map((s) => `${s.type} ${s.number}`).join(' / ')
  if (!found.length) throw new AmendmentError(`${name} bestaat niet`)
  if (found.length > 1) throw new AmendmentError(`${name} is niet eenduidig`)
  return found[0]!
}

/**
 * Where an article "aan het begin van" the division at `path` goes: before the first article the
 * division (or a division inside it) now holds; in an empty division, after the last article of
 * the divisions before it.
 */
export function divisionStart(articles: readonly Draft[], path: string, divisions: readonly string[]): number {
  const inside = (d: string | undefined): boolean => d === path || (d ?? '').startsWith(`${path}/`)
  const first = articles.findIndex((a) => inside(a.division))
  if (first >= 0) return first
  const order = divisions.indexOf(path)
  let at = 0
  articles.forEach((a, i) => { if (divisions.indexOf(a.division ?? '') < order) at = i + 1 })
  return at
}

export type WordEdit =
  | { readonly kind: 'replace'; readonly from: string; readonly to: string }
  | { readonly kind: 'delete'; readonly text: string }
  | { readonly kind: 'insert-after'; readonly anchor: string; readonly text: string }

/** Renumbering of the siblings from `first` to `last` (current numbers) so that `first` becomes `to`. */
export interface Renumbering {
  readonly first: string
  readonly last: string
  readonly to: string
}

export type Op =
  /** Word edits in the unit's text, or only in its `sentence`-th sentence (1-based) where a quote recurs elsewhere. */
  | { readonly op: 'words'; readonly article: string; readonly at: Steps; readonly edits: readonly WordEdit[]; readonly sentence?: number }
  | { readonly op: 'delete-sentence'; readonly article: string; readonly at: Steps; readonly sentence: number }
  | { readonly op: 'replace-sentence'; readonly article: string; readonly at: Steps; readonly sentence: number; readonly text: string }
  /** A sentence added at the end of the unit's text ("Aan het tweede lid wordt een zin toegevoegd, luidende: …"). */
  | { readonly op: 'add-sentence'; readonly article: string; readonly at: Steps; readonly text: string }
  | { readonly op: 'replace'; readonly article: string; readonly at: Steps; readonly unit: Draft }
  | { readonly op: 'delete'; readonly article: string; readonly at: Steps; readonly renumber: Renumbering | null }
  /** Insert `unit` under the parent at `at`, after the sibling `after`, or else before the sibling `before`. */
  | { readonly op: 'insert'; readonly article: string; readonly at: Steps; readonly after: string | null; readonly before: string | null; readonly unit: Draft; readonly renumber: Renumbering | null }
  /**
   * Add `unit` at the end of the parent at `at`; with `closing`, the closing punctuation of the
   * last sibling `number` is replaced first ("onder vervanging van de punt aan het slot van
   * onderdeel 3° door een puntkomma", Aanwijzing 6.18, tweede lid).
   */
  | { readonly op: 'add'; readonly article: string; readonly at: Steps; readonly unit: Draft; readonly closing?: Closing }
  | { readonly op: 'delete-article'; readonly article: string }
  /** After `after`, or before `before`, or at the start of `division` ("Aan het begin van hoofdstuk 2"). */
  | { readonly op: 'insert-article'; readonly after: string | null; readonly before: string | null; readonly unit: Draft; readonly division?: DivisionRef }
  | { readonly op: 'replace-article'; readonly article: string; readonly unit: Draft }

/** The end of a unit's text replaced: `from` ("." or "; of") by `to` (";" or "; of"). */
export interface Closing {
  readonly number: string
  readonly from: string
  readonly to: string
}

export class AmendmentError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'AmendmentError'
  }
}

/** Applies one word edit; each quote must occur exactly once, as aanwijzing 6.9 presumes. */
export function applyWordEdit(text: string, edit: WordEdit): string {
  const quote = edit.kind === 'replace' ? edit.from : edit.kind === 'delete' ? edit.text : edit.anchor
  const at = text.indexOf(quote)
  if (at < 0 || !quote) throw new AmendmentError(`«${quote}» staat niet in de tekst`)
  if (text.indexOf(quote, at + 1) >= 0) throw new AmendmentError(`«${quote}» staat meer dan eens in de tekst`)
  const end = at + quote.length
  if (edit.kind === 'replace') return text.slice(0, at) + edit.to + text.slice(end)
  if (edit.kind === 'insert-after') {
    // Inserted words follow the anchor after a space, unless they start with punctuation.
    const glue = /^[,.;:)]/.test(edit.text) ? '' : ' '
    return text.slice(0, end) + glue + edit.text + text.slice(end)
  }
  // A deleted phrase takes one neighbouring space with it, the one before it if there is one.
  if (text[at - 1] === ' ') return text.slice(0, at - 1) + text.slice(end)
  if (text[end] === ' ') return text.slice(0, at) + text.slice(end + 1)
  return text.slice(0, at) + text.slice(end)
}

/** The text with its `n`-th sentence (1-based) replaced by what `change` makes of it. */
function withSentence(text: string, n: number, change: (sentence: string) => string[]): string {
  const sentences = sentencesOf(text)
  if (n < 1 || n > sentences.length || (sentences.length === 1 && text.includes('\n'))) throw new AmendmentError(`de tekst heeft geen zin ${n}`)
  return joinSentences([...sentences.slice(0, n - 1), ...change(sentences[n - 1]!), ...sentences.slice(n)])
}

export function findArticle(articles: Draft[], number: string): number {
  const i = articles.findIndex((a) => a.number === number)
  if (i < 0) throw new AmendmentError(`artikel ${number} bestaat niet`)
  return i
}

export function resolve(article: Draft, at: Steps): Draft {
  let unit = article
  for (const step of at) {
    const next = unit.children.find((c) => c.type === step.type && c.number === step.number)
    if (!next) throw new AmendmentError(`${step.type} ${step.number} bestaat niet`)
    unit = next
  }
  return unit
}

/** Renumbers the consecutive siblings `first`…`last` so that they count on from `to`. */
function renumber(siblings: Draft[], r: Renumbering): void {
  const from = siblings.findIndex((s) => s.number === r.first)
  const until = siblings.findIndex((s) => s.number === r.last)
  const scheme = schemeOf(r.to)
  if (from < 0 || until < from || !scheme) throw new AmendmentError(`vernummering van ${r.first} tot en met ${r.last} tot ${r.to} past niet`)
  const start = positionOf(r.to)
  for (let i = from; i <= until; i++) {
    const n = numberAt(scheme, start + i - from)
    if (!n) throw new AmendmentError(`vernummering voorbij ${r.to} past niet`)
    siblings[i]!.number = n
  }
}

/**
 * Applies one op to the articles (in place). `divisions`: the division paths of the text in
 * document order, for an article inserted at the start of a division.
 */
export function applyOp(articles: Draft[], op: Op, divisions: readonly string[] = []): void {
  switch (op.op) {
    case 'delete-article':
      articles.splice(findArticle(articles, op.article), 1)
      return
    case 'insert-article': {
      const path = op.division ? resolveDivision(op.division, divisions) : undefined
      const i = path !== undefined ? divisionStart(articles, path, divisions)
        : op.after !== null ? findArticle(articles, op.after) + 1 : op.before !== null ? findArticle(articles, op.before) : articles.length
      // The new article belongs to the division named, or else to that of the article it follows (precedes).
      const division = path ?? (op.after !== null ? articles[i - 1] : articles[i])?.division
      const { division: _, ...unit } = structuredClone(op.unit)
      articles.splice(i, 0, { ...unit, ...(division ? { division } : {}) })
      return
    }
    case 'replace-article': {
      const i = findArticle(articles, op.article)
      const division = articles[i]!.division
      const { division: _, ...unit } = structuredClone(op.unit)
      articles[i] = { ...unit, ...(division ? { division } : {}) }
      return
    }
  }
  const article = articles[findArticle(articles, op.article)]!
  switch (op.op) {
    case 'words': {
      const unit = resolve(article, op.at)
      const { sentence } = op
      unit.text = sentence === undefined ? op.edits.reduce(applyWordEdit, unit.text)
        : withSentence(unit.text, sentence, (s) => [op.edits.reduce(applyWordEdit, s)])
      return
    }
    case 'delete-sentence': {
      const unit = resolve(article, op.at)
      unit.text = withSentence(unit.text, op.sentence, () => [])
      return
    }
    case 'replace-sentence': {
      const unit = resolve(article, op.at)
      unit.text = withSentence(unit.text, op.sentence, () => [op.text])
      return
    }
    case 'add-sentence': {
      const unit = resolve(article, op.at)
      unit.text = unit.text ? `${unit.text} ${op.text}` : op.text
      return
    }
    case 'replace': {
      const parent = resolve(article, op.at.slice(0, -1))
      const i = parent.children.indexOf(resolve(article, op.at))
      parent.children[i] = structuredClone(op.unit)
      return
    }
    case 'delete': {
      const parent = resolve(article, op.at.slice(0, -1))
      parent.children.splice(parent.children.indexOf(resolve(article, op.at)), 1)
      if (op.renumber) renumber(parent.children, op.renumber)
      return
    }
    case 'insert': {
      const parent = resolve(article, op.at)
      const sibling = op.after ?? op.before
      const at = parent.children.findIndex((c) => c.number === sibling)
      if (at < 0) throw new AmendmentError(`${sibling} bestaat niet`)
      // Renumber after finding the place: the instruction names the siblings by their old numbers.
      if (op.renumber) renumber(parent.children, op.renumber)
      parent.children.splice(op.after !== null ? at + 1 : at, 0, structuredClone(op.unit))
      return
    }
    case 'add': {
      const parent = resolve(article, op.at)
      if (op.closing) {
        const { number, from, to } = op.closing
        const last = parent.children[parent.children.length - 1]
        if (!last || last.number !== number || !last.text.endsWith(from)) throw new AmendmentError(`${number} eindigt niet op «${from}»`)
        last.text = last.text.slice(0, last.text.length - from.length) + to
      }
      parent.children.push(structuredClone(op.unit))
      return
    }
  }
}
