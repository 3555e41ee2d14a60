/**
 * Finding where a comment is anchored in a version. Order (GUIDE §3): path + position, then the
 * quote with its prefix/suffix (exact, then fuzzy), in the unit(s) the comparison says the comment's
 * unit became; then, only for text that arrived somewhere new, elsewhere; otherwise orphaned with
 * the last quote kept. Users complain of wrong re-attachment more than of orphans
 * (hypothesis/client#258), so every step that could guess refuses instead: two places that score
 * alike orphan the comment, a lookalike in a unit that already held those words is never taken,
 * and a comment an edit orphaned (`target.orphaned`, map.ts) comes back in its own version only
 * where its words return with their context intact (undo) — not on a near-identical phrase.
 */
import type { Comparison } from '../compare/types.js'
import { compareTexts } from '../compare/index.js'
import { unitsByPath } from '../model/path.js'
import type { LegalText, Unit } from '../model/types.js'
import { approxSearch, wordDice } from './approx.js'
import { isAcceptable, isRestored, scoreCandidate, STRONG_CONTEXT, type Candidate, type Scored } from './score.js'
import { CONTEXT_LENGTH, isInbox, type Anchored, type AnchorMethod, type Comment, type Orphaned, type Resolution } from './types.js'

export interface ResolveOptions {
  /**
   * The comment's own version as the comment was anchored in it. When given, `text` is another
   * version (or a later state of the same one) and the comparison source → text says which unit
   * the comment's unit became (renumbered, moved, split, merged or deleted).
   */
  readonly source?: LegalText
  /** compareTexts(source, text), when the caller already has it (one per pair of versions). */
  readonly comparison?: Comparison
  /**
   * `text` is a later state of the comment's own version (the editor), so a comment marked
   * orphaned by an edit comes back only where its text returns. Defaults to true without `source`.
   */
  readonly sameVersion?: boolean
}

/** Shorter quotes are found exactly or not at all: a few edits would make them anything. */
export const MIN_FUZZY_LENGTH = 8
/** A whole-unit comment stays on its unit while at least half of the words are the same. */
export const WHOLE_UNIT_KEPT = 0.5
/** Two candidates in different units whose words score within this are indistinguishable. */
const TIE = 0.02

export function resolveComment(comment: Comment, text: LegalText, opts: ResolveOptions = {}): Resolution {
  const t = comment.target
  if (isInbox(comment)) return orphan(comment, 0)
  const units = byPath(text)
  const comparison = opts.source ? (opts.comparison ?? compareTexts(opts.source, text)) : null
  // A comment whose unit was deleted has a path that names no unit, or another one: never trusted.
  const trusted = t.orphaned !== 'unit'
  const mapped = !trusted ? [] : (comparison ? successors(comparison).get(t.unitPath) ?? [] : [t.unitPath]).filter((p) => units.has(p))
  const strict = t.orphaned !== undefined && (opts.sameVersion ?? !opts.source)
  const { exact } = t.quote

  // 1. Path + position: the quote is still where it was (and its context agrees).
  for (const path of mapped) {
    const unit = units.get(path)!
    const { start, end } = t.position
    if (end <= unit.text.length && unit.text.slice(start, end) === exact) {
      const s = scoreCandidate(t.quote, start, unit.text, { unitPath: path, start, end, errors: 0 })
      // No context recorded at all (a comment written by another tool, or by hand): the words at
      // their place are all the evidence there is, and they agree.
      const noContext = t.quote.prefix === '' && t.quote.suffix === ''
      if (exact === '' || (strict ? isRestored(s) : noContext || isAcceptable(s))) return anchored(unit, s, 'position')
    }
  }
  if (!exact) return orphan(comment, 0)

  // A comment on a whole unit (a consultation response about "lid 9") follows that unit, however
  // it was reworded, as long as it is recognisably the same text.
  if (!strict && isWholeUnit(t) && mapped.length) {
    const unit = units.get(mapped[0]!)!
    const same = wordDice(exact, unit.text)
    if (same >= WHOLE_UNIT_KEPT) {
      return { state: 'anchored', unitPath: unit.path, position: { start: 0, end: unit.text.length }, quote: unit.text, score: round(same), method: unit.text === exact ? 'position' : 'quote' }
    }
  }

  // 2. The quote in the unit(s) the comment's unit became: exact, then fuzzy.
  const inMapped = mapped.map((p) => units.get(p)!)
  const exactHits = inMapped.flatMap((u) => occurrences(u.text, exact).map((start) => score(comment, u, start, start + exact.length, 0)))
  let pick = choose(exactHits, strict)
  if (pick === 'none' && !strict && exact.length >= MIN_FUZZY_LENGTH) {
    const maxErrors = Math.floor(exact.length / 4)
    const fuzzy = inMapped.flatMap((u) => approxSearch(u.text, exact, maxErrors).map((m) => score(comment, u, m.start, m.end, m.errors)))
    pick = choose(fuzzy, false)
  }
  if (pick === 'ambiguous') return orphan(comment, bestScore(exactHits))
  if (pick !== 'none') return anchored(units.get(pick.unitPath)!, pick, pick.errors ? 'fuzzy' : 'quote')

  // 3. Moved: the exact words in a unit that did not already contain them, once only, with their
  // context around them (one side is enough for a quote of 32+ characters). A short phrase with
  // new neighbours is a guess: 273f's deleted 3° "seksuele" is not onderdeel b's "seksuele".
  // A comment an edit orphaned comes back only with its context, in a unit the edit brought back.
  if (comparison && opts.source && exact.length >= MIN_FUZZY_LENGTH) {
    const moved = arrivals(comparison, opts.source, text, exact, new Set(mapped), strict)
      .flatMap((u) => occurrences(u.text, exact).map((start) => score(comment, u, start, start + exact.length, 0)))
      .filter(strict ? isRestored : (s) => isAcceptable(s) && Math.min(s.prefix, s.suffix) >= (exact.length >= CONTEXT_LENGTH ? 0 : STRONG_CONTEXT) && Math.max(s.prefix, s.suffix) >= STRONG_CONTEXT)
    // Several: the one exactly where the comment says it was (a unit an undo restored) settles it.
    const pick = moved.length === 1 ? moved[0] : moved.find((s) => s.unitPath === t.unitPath && s.start === t.position.start)
    if (pick) return anchored(units.get(pick.unitPath)!, pick, 'moved')
  }
  return orphan(comment, bestScore(exactHits))
}

/** The best acceptable candidate, 'ambiguous' when two places score alike, 'none' when none will do. */
function choose(cands: Scored[], strict: boolean): Scored | 'ambiguous' | 'none' {
  const ok = cands.filter(strict ? isRestored : isAcceptable).sort((a, b) => b.total - a.total)
  const [best, ...rest] = ok
  if (!best) return 'none'
  // Position separates two places in the same unit (the comment's own unit); across units it
  // means nothing, so there only the words count.
  const tied = rest.some((o) => (o.unitPath === best.unitPath ? best.total - o.total < 1e-9 : best.context - o.context < TIE))
  if (tied) return 'ambiguous'
  return best
}

/**
 * Units of `text` that may have received the passage: inserted ones, and ones whose counterparts
 * in `source` did not contain it. A unit that already had the same words is a lookalike, not a
 * destination (273f lid 1 b and c share 80 characters).
 */
function arrivals(comparison: Comparison, source: LegalText, text: LegalText, exact: string, skip: ReadonlySet<string>, insertedOnly: boolean): Unit[] {
  const before = byPath(source)
  const after = byPath(text)
  const out: Unit[] = []
  for (const change of comparison.changes) {
    if (insertedOnly && change.kind !== 'inserted') continue
    if (change.old.some((p) => before.get(p)?.text.includes(exact))) continue
    for (const p of change.new) {
      const u = after.get(p)
      if (u && !skip.has(p)) out.push(u)
    }
  }
  return out
}

const pathCache = new WeakMap<readonly Unit[], Map<string, Unit>>()

/** Units by path, once per text (a project's 400 responses are resolved against the same text). */
function byPath(text: LegalText): Map<string, Unit> {
  let map = pathCache.get(text.units)
  if (!map) pathCache.set(text.units, (map = unitsByPath(text.units)))
  return map
}

const successorCache = new WeakMap<Comparison, Map<string, readonly string[]>>()

/** Old path → the new path(s) it became ([] when deleted). */
export function successors(comparison: Comparison): Map<string, readonly string[]> {
  let map = successorCache.get(comparison)
  if (!map) {
    map = new Map()
    for (const c of comparison.changes) for (const p of c.old) map.set(p, c.new)
    successorCache.set(comparison, map)
  }
  return map
}

function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = []
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) out.push(i)
  return out
}

function score(comment: Comment, unit: Unit, start: number, end: number, errors: number): Scored {
  const c: Candidate = { unitPath: unit.path, start, end, errors }
  return scoreCandidate(comment.target.quote, comment.target.position.start, unit.text, c)
}

/** The quote is the unit's whole own text, as for consultation responses about a unit. */
const isWholeUnit = (t: Comment['target']): boolean =>
  t.position.start === 0 && t.position.end === t.quote.exact.length && t.quote.prefix === '' && t.quote.suffix === '' && t.quote.exact !== ''

const bestScore = (cands: Scored[]): number => cands.reduce((m, c) => Math.max(m, c.total), 0)

function anchored(unit: Unit, s: Scored, method: AnchorMethod): Anchored {
  return { state: 'anchored', unitPath: unit.path, position: { start: s.start, end: s.end }, quote: unit.text.slice(s.start, s.end), score: round(s.total), method }
}

/** The comment as orphaned (e.g. its version is not in the project): last quote and unit kept. */
export const orphanOf = (comment: Comment): Orphaned => orphan(comment, 0)

function orphan(comment: Comment, score: number): Orphaned {
  const last = comment.target.unitPath
  return { state: 'orphaned', unitPath: null, position: null, quote: comment.target.quote.exact, lastUnitPath: last === '' ? null : last, score: round(score) }
}

const round = (x: number): number => Math.round(x * 1000) / 1000
