/**
 * Scoring a candidate place for a quote, after Hypothesis (`match-quote.ts`): quote 50, prefix 20,
 * suffix 20, position 2, normalised to 0..1. Position only tells apart places inside the unit the
 * comment was on; it never outweighs the words. Thresholds follow regelrecht RFC-004 (0.7) and are
 * stricter where a guess would be a wrong re-attachment (see resolve.ts).
 */
import { similarity } from './approx.js'
import { CONTEXT_LENGTH, type CommentTarget } from './types.js'

export interface Candidate {
  readonly unitPath: string
  readonly start: number
  readonly end: number
  /** Edits between the stored quote and the text at start..end. */
  readonly errors: number
}

export interface Scored extends Candidate {
  readonly quote: number
  readonly prefix: number
  readonly suffix: number
  /** Words only: quote, prefix, suffix (0..1). Compared across units. */
  readonly context: number
  /** Words and position (0..1). Compared within one unit. */
  readonly total: number
}

/** An exact quote must agree this well with its context to be accepted (RFC-004's threshold). */
export const ACCEPT_EXACT = 0.7
/** A fuzzy match needs more, since its words already differ. */
export const ACCEPT_FUZZY = 0.75
/** One side of the context this close makes a moved passage believable. */
export const STRONG_CONTEXT = 0.8

export function scoreCandidate(quote: CommentTarget['quote'], expectedStart: number | null, unitText: string, c: Candidate): Scored {
  const q = quote.exact.length ? 1 - c.errors / quote.exact.length : 1
  // Context is compared with the full 32 characters around the candidate: a stored prefix shorter
  // than that means the quote was near the start of its unit, and a candidate elsewhere disagrees.
  const p = similarity(quote.prefix, unitText.slice(Math.max(0, c.start - CONTEXT_LENGTH), c.start))
  const s = similarity(quote.suffix, unitText.slice(c.end, c.end + CONTEXT_LENGTH))
  const pos = expectedStart === null ? 0 : 1 - Math.min(1, Math.abs(c.start - expectedStart) / Math.max(1, unitText.length))
  const words = 50 * q + 20 * p + 20 * s
  return { ...c, quote: q, prefix: p, suffix: s, context: words / 90, total: (words + 2 * pos) / 92 }
}


/**
 * The passage as it was, context and all: what brings back a comment an edit orphaned. Anything
 * less could be a lookalike (273f lid 1 4° has "arbeid of diensten" twice, with contexts that
 * differ in a few letters).
 */
export const isRestored = (s: Scored): boolean => s.errors === 0 && s.prefix === 1 && s.suffix === 1

export const isAcceptable = (s: Scored): boolean => s.context >= (s.errors === 0 ? ACCEPT_EXACT : ACCEPT_FUZZY)
