/**
 * Making a typed comment from what the drafter filled in: the passage is looked up in the unit's
 * own text, and the quote's context and position come from there (shared/comments makeTarget), so
 * the comment anchors the way an imported or merged one does.
 */
import { makeTarget, type Comment, type CommentKind } from '../../shared/comments/index.js'
import { flatten } from '../../shared/model/path.js'
import type { LegalText, Unit } from '../../shared/model/types.js'

/** The units a comment can be placed on: every addressable unit that has words of its own. */
export function commentableUnits(text: LegalText): Unit[] {
  return flatten(text.units).map(({ unit }) => unit).filter((u) => u.text.trim() !== '')
}

export interface CommentDraft {
  readonly unitPath: string
  readonly passage: string
  readonly body: string
  readonly author: string
  readonly organisation: string
  readonly kind: CommentKind
  /**
   * May the comment be published (contract field `publishable`)? A comment typed here is a
   * reviewer's or drafter's note, not a public consultation response, so it is not publishable
   * unless ticked (a coordinator typing in a response that may be published ticks it).
   */
  readonly publishable?: boolean
  /**
   * Where the passage starts in the unit's own text, when it was selected there rather than typed:
   * then a passage that occurs twice is still this one. Ignored once the passage no longer matches.
   */
  readonly start?: number
}

/** A passage selected in a text (the editor, a column of the comparison) for a new comment. */
export interface PassageDraft {
  readonly version: string
  readonly unitPath: string
  readonly start: number
  readonly end: number
  readonly passage: string
}

export type PlaceResult = { readonly ok: true; readonly start: number; readonly end: number } | { readonly ok: false; readonly problem: DraftProblem }

/**
 * Where `passage` is in `unit`'s own text: at `start` when it is there, else its one occurrence.
 * An empty passage is the whole unit when `wholeIfEmpty` (filing a response about a lid).
 */
export function placePassage(unit: Pick<Unit, 'text'>, passage: string, start?: number, wholeIfEmpty = false): PlaceResult {
  if (passage === '') return wholeIfEmpty ? { ok: true, start: 0, end: unit.text.length } : { ok: false, problem: 'no-passage' }
  if (start !== undefined && unit.text.slice(start, start + passage.length) === passage) return { ok: true, start, end: start + passage.length }
  const found = occurrences(unit.text, passage)
  if (found.length === 0) return { ok: false, problem: 'passage-not-found' }
  if (found.length > 1) return { ok: false, problem: 'passage-ambiguous' }
  return { ok: true, start: found[0]!, end: found[0]! + passage.length }
}

/** Why a draft cannot become a comment; the panel shows the matching message. */
export type DraftProblem = 'no-unit' | 'no-passage' | 'passage-not-found' | 'passage-ambiguous' | 'no-body' | 'no-author'

export type DraftResult = { readonly ok: true; readonly comment: Comment } | { readonly ok: false; readonly problem: DraftProblem }

function occurrences(text: string, passage: string): number[] {
  const at: number[] = []
  for (let i = text.indexOf(passage); i >= 0; i = text.indexOf(passage, i + 1)) at.push(i)
  return at
}

/**
 * A new comment (source 'typed', status 'open', publishable only when the draft says so) on `draft.passage` in its unit of `text`, or why
 * not. A passage that occurs twice in the unit is refused rather than put on the first place: the
 * drafter quotes a few more words (273f lid 1 onderdeel a has "arbeid of diensten" twice).
 */
export function commentFromDraft(draft: CommentDraft, text: LegalText, versionId: string, now: string, takenIds: ReadonlySet<string>): DraftResult {
  const unit = commentableUnits(text).find((u) => u.path === draft.unitPath)
  if (!unit) return { ok: false, problem: 'no-unit' }
  const place = placePassage(unit, draft.passage, draft.start)
  if (!place.ok) return place
  if (draft.body.trim() === '') return { ok: false, problem: 'no-body' }
  if (draft.author.trim() === '') return { ok: false, problem: 'no-author' }
  const organisation = draft.organisation.trim()
  return {
    ok: true,
    comment: {
      id: freshId(now, takenIds),
      target: makeTarget(versionId, unit, place.start, place.end),
      body: draft.body.trim(),
      author: draft.author.trim(),
      ...(organisation ? { organisation } : {}),
      kind: draft.kind,
      status: 'open',
      publishable: draft.publishable === true,
      created: now,
      source: 'typed',
    },
  }
}

/** Ids only need to be unique within the project; merging keys comments on their content. */
function freshId(now: string, taken: ReadonlySet<string>): string {
  const base = `typed-${now.replace(/[^0-9]/g, '')}`
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  return id
}
