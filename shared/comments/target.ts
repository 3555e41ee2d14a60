/** Making a comment's target from a selection in a unit's own text. */
import type { Unit } from '../model/types.js'
import { CONTEXT_LENGTH, type CommentTarget } from './types.js'

/** Quote with up to 32 characters of context either side, as the contract stores it. */
export function quoteAt(text: string, start: number, end: number): CommentTarget['quote'] {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  }
}

/** A target on `unit` in `version`; the whole own text when no range is given. */
export function makeTarget(version: string, unit: Pick<Unit, 'path' | 'text'>, start = 0, end = unit.text.length): CommentTarget {
  if (!(start >= 0 && start <= end && end <= unit.text.length)) {
    throw new RangeError(`range ${start}–${end} is outside the unit's text (${unit.text.length} characters)`)
  }
  return { version, unitPath: unit.path, quote: quoteAt(unit.text, start, end), position: { start, end } }
}

/** The same target anchored anew at `start..end` of `text` (context refreshed, orphan mark cleared). */
export function retarget(target: CommentTarget, unitPath: string, text: string, start: number, end: number): CommentTarget {
  const { orphaned: _orphaned, ...rest } = target
  const quote = { ...target.quote, ...quoteAt(text, start, end) }
  // The first time the passage's words change, the words the reviewer quoted are kept.
  const quotedAs = target.quotedAs ?? (quote.exact !== target.quote.exact ? target.quote.exact : undefined)
  return { ...rest, unitPath, quote, position: { start, end }, ...(quotedAs !== undefined ? { quotedAs } : {}) }
}
