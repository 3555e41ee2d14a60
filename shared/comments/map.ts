/**
 * Carrying comments through an edit of their own version (one editor transaction, or a re-import):
 * `mapComment(comment, before, after)`. An edit inside a unit moves the anchor like ProseMirror's
 * position mapping (text inserted before it shifts it, text changed inside it stays inside it); an
 * edit that deletes the quoted passage orphans the comment *and marks it* (`target.orphaned`), so
 * a lookalike elsewhere is never taken for it (engineering-notes §5.3: a decoration whose range is
 * deleted silently disappears — here it stays, with its last quote and context). When the text
 * comes back (undo), the mark is cleared. Renumbering, moves, splits and merges are followed through
 * the comparison before → after.
 */
import type { Comparison } from '../compare/types.js'
import { compareTexts } from '../compare/index.js'
import { unitsByPath, walk } from '../model/path.js'
import type { LegalText, Unit } from '../model/types.js'
import { similarity } from './approx.js'
import { orphanOf, resolveComment, successors, type ResolveOptions } from './resolve.js'
import { retarget } from './target.js'
import { isInbox, type Comment, type Resolution } from './types.js'

export interface MappedComment {
  /** The comment with its target moved into `after` (or, when orphaned, marked and kept). */
  readonly comment: Comment
  readonly resolution: Resolution
}

/** What is left of an edited quote must be at least this close to it to keep the anchor. */
export const KEEP_EDITED = 0.5

export function mapComment(comment: Comment, before: LegalText, after: LegalText, opts: { comparison?: Comparison } = {}): MappedComment {
  return mapComments([comment], before, after, opts)[0]!
}

/** Maps many comments through one edit, comparing the two states at most once. */
export function mapComments(comments: readonly Comment[], before: LegalText, after: LegalText, opts: { comparison?: Comparison } = {}): MappedComment[] {
  const ctx = new EditContext(before, after, opts.comparison)
  return comments.map((c) => mapOne(c, ctx))
}

class EditContext {
  readonly old: Map<string, Unit>
  readonly new: Map<string, Unit>
  /** Same paths in the same order: the edit changed texts only, so units keep their paths. */
  readonly sameShape: boolean
  private cmp: Comparison | undefined
  private oneToOne: Map<string, string> | undefined

  constructor(readonly before: LegalText, readonly after: LegalText, comparison?: Comparison) {
    this.old = unitsByPath(before.units)
    this.new = unitsByPath(after.units)
    const a = walk(before.units)
    const b = walk(after.units)
    this.sameShape = a.length === b.length && a.every((u, i) => u.path === b[i]!.path)
    this.cmp = comparison
  }

  get comparison(): Comparison {
    return (this.cmp ??= compareTexts(this.before, this.after))
  }

  get resolveOptions(): ResolveOptions {
    return { source: this.before, comparison: this.comparison, sameVersion: true }
  }

  /** The path(s) `path` has after the edit ([] when its unit was deleted). */
  successors(path: string): readonly string[] {
    if (this.sameShape) return this.new.has(path) ? [path] : []
    return successors(this.comparison).get(path) ?? []
  }

  /** The one unit `path` became, when the edit kept it one unit (renumbered or not). */
  counterpart(path: string): Unit | undefined {
    if (this.sameShape) return this.new.get(path)
    if (!this.oneToOne) {
      // Only a unit that stayed one unit (not split, not merged with another) keeps its offsets.
      this.oneToOne = new Map()
      for (const c of this.comparison.changes) if (c.old.length === 1 && c.new.length === 1) this.oneToOne.set(c.old[0]!, c.new[0]!)
    }
    const p = this.oneToOne.get(path)
    return p === undefined ? undefined : this.new.get(p)
  }
}

function mapOne(comment: Comment, ctx: EditContext): MappedComment {
  if (isInbox(comment)) return { comment, resolution: resolveComment(comment, ctx.after) }
  const t = comment.target
  if (t.orphaned === 'unit') {
    // Its unit is gone; only an edit that brings units back (undo) can bring it back.
    if (ctx.sameShape) return { comment, resolution: orphanOf(comment) }
    return settle(comment, resolveComment(comment, ctx.after, ctx.resolveOptions), ctx, null)
  }
  const oldUnit = ctx.old.get(t.unitPath)
  const newUnit = oldUnit ? ctx.counterpart(t.unitPath) : undefined
  if (oldUnit && newUnit) {
    const wasHere = !t.orphaned && t.position.end <= oldUnit.text.length && oldUnit.text.slice(t.position.start, t.position.end) === t.quote.exact
    if (wasHere) return follow(comment, oldUnit, newUnit)
    if (t.orphaned) {
      // Still orphaned: keep following the unit (so lastUnitPath is current) and look for the text
      // coming back where it was — or in a unit the edit brought back (undo of a deletion).
      const moved: Comment = { ...comment, target: { ...t, unitPath: newUnit.path } }
      const found = ctx.sameShape ? resolveComment(moved, ctx.after) : resolveComment(comment, ctx.after, ctx.resolveOptions)
      return settle(moved, found, ctx, newUnit.path)
    }
  }
  // The unit was split, merged or deleted, or the comment was not where it said: resolve afresh.
  const next = oldUnit ? ctx.successors(t.unitPath) : []
  return settle(comment, resolveComment(comment, ctx.after, ctx.resolveOptions), ctx, next[0] ?? null)
}

/** Moves an anchor that was exactly in place through the edit of its unit. */
function follow(comment: Comment, oldUnit: Unit, newUnit: Unit): MappedComment {
  const t = comment.target
  const edit = clearOf(editRange(oldUnit.text, newUnit.text), oldUnit.text, newUnit.text, t.position.start, t.position.end)
  const start = mapPoint(t.position.start, edit, 'start', oldUnit.text, newUnit.text)
  const end = Math.max(start, mapPoint(t.position.end, edit, 'end', oldUnit.text, newUnit.text))
  const quote = newUnit.text.slice(start, end)
  const close = quote === t.quote.exact ? 1 : quote.length ? similarity(quote, t.quote.exact) : 0
  if (close >= KEEP_EDITED || t.quote.exact === '') {
    return {
      comment: { ...comment, target: retarget(t, newUnit.path, newUnit.text, start, end) },
      resolution: { state: 'anchored', unitPath: newUnit.path, position: { start, end }, quote, score: Math.round(close * 1000) / 1000, method: 'mapped' },
    }
  }
  // The passage was deleted (or replaced wholesale). Keep its last quote, context and position so
  // that undo finds it again; follow the unit for lastUnitPath.
  const kept: Comment = { ...comment, target: { ...t, unitPath: newUnit.path, orphaned: 'passage' } }
  return { comment: kept, resolution: { state: 'orphaned', unitPath: null, position: null, quote: t.quote.exact, lastUnitPath: newUnit.path, score: 0 } }
}

/**
 * Stores the outcome: anchored → the target moves there; orphaned → marked, following the unit it
 * became (`passage`), or keeping the last path of a unit that no longer exists (`unit`).
 */
function settle(comment: Comment, resolution: Resolution, ctx: EditContext, unitNow: string | null): MappedComment {
  if (resolution.state === 'anchored') {
    const unit = ctx.new.get(resolution.unitPath)!
    const target = retarget(comment.target, unit.path, unit.text, resolution.position.start, resolution.position.end)
    return { comment: { ...comment, target }, resolution }
  }
  const target = unitNow === null
    ? { ...comment.target, orphaned: 'unit' as const }
    : { ...comment.target, unitPath: unitNow, orphaned: 'passage' as const }
  const kept: Comment = { ...comment, target }
  return { comment: kept, resolution: orphanOf(kept) }
}

/** The one changed stretch between two strings: old [from, oldTo) became new [from, newTo). */
export interface EditRange {
  readonly from: number
  readonly oldTo: number
  readonly newTo: number
}

export function editRange(a: string, b: string): EditRange {
  let from = 0
  const max = Math.min(a.length, b.length)
  while (from < max && a.charCodeAt(from) === b.charCodeAt(from)) from++
  let tail = 0
  while (tail < max - from && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++
  return { from, oldTo: a.length - tail, newTo: b.length - tail }
}

/**
 * A pure insertion or deletion next to repeated text can be placed in several equivalent ways
 * ("de de" minus one "de "): `editRange` puts it as far right as it can, which may cut into the
 * quote. Slide it left to an equivalent place clear of the quote when there is one, so untouched
 * text is never reported as edited.
 */
export function clearOf(e: EditRange, a: string, b: string, start: number, end: number): EditRange {
  const inserted = e.newTo - e.from
  const deleted = e.oldTo - e.from
  if ((inserted > 0 && deleted > 0) || (inserted === 0 && deleted === 0)) return e
  const clear = (f: number): boolean => (deleted ? f + deleted <= start || f >= end : f <= start || f >= end)
  const same = deleted ? (f: number) => a.charCodeAt(f - 1) === a.charCodeAt(f + deleted - 1) : (f: number) => b.charCodeAt(f - 1) === b.charCodeAt(f + inserted - 1)
  for (let f = e.from; ; f--) {
    if (clear(f)) return { from: f, oldTo: f + deleted, newTo: f + inserted }
    if (f === 0 || !same(f)) return e
  }
}

/**
 * Where a point goes. Text inserted exactly at the anchor's edge stays outside it (ProseMirror's
 * `inclusive: false`), unless it continues the last word of the quote: typing "nde" after a quote
 * that ends in "overeenkome" makes the word "overeenkomende", and a quote must not end inside a
 * word the drafter is still typing. Not so at the start: there a new word is typed letter by
 * letter before the quote ("z", "zo", … "zogenoemde "), and its first letter cannot be told from
 * a prefix. A point inside a replaced stretch moves to its edge so the replacement counts as part
 * of the quote. Without the texts, no word is continued.
 */
export function mapPoint(x: number, e: EditRange, side: 'start' | 'end', oldText?: string, newText?: string): number {
  const joins = oldText !== undefined && newText !== undefined && x === e.from && e.newTo > e.from
  if (side === 'end' && joins && isWordChar(oldText.charCodeAt(x - 1)) && isWordChar(newText.charCodeAt(x)) && !isWordChar(oldText.charCodeAt(e.oldTo))) {
    return e.newTo
  }
  if (x < e.from || (x === e.from && side === 'end')) return x
  if (x >= e.oldTo) return x + e.newTo - e.oldTo
  return side === 'start' ? e.from : e.newTo
}

/** A letter or digit (NaN, past either end of the text, is none). */
const isWordChar = (code: number): boolean => !Number.isNaN(code) && /[\p{L}\p{N}]/u.test(String.fromCharCode(code))
