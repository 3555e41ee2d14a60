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
 * A new comment (source 'typed', status 'open') on `draft.passage` in its unit of `text`, or why
 * not. A passage that occurs twice in the unit is refused rather than put on the first place: the
 * drafter quotes a few more words (273f lid 1 onderdeel a has "arbeid of diensten" twice).
 */
export function commentFromDraft(draft: CommentDraft, text: LegalText, versionId: string, now: string, takenIds: ReadonlySet<string>): DraftResult {
  const unit = commentableUnits(text).find((u) => u.path === draft.unitPath)
  if (!unit) return { ok: false, problem: 'no-unit' }
  if (draft.passage === '') return { ok: false, problem: 'no-passage' }
  const found = occurrences(unit.text, draft.passage)
  if (found.length === 0) return { ok: false, problem: 'passage-not-found' }
  if (found.length > 1) return { ok: false, problem: 'passage-ambiguous' }
  if (draft.body.trim() === '') return { ok: false, problem: 'no-body' }
  if (draft.author.trim() === '') return { ok: false, problem: 'no-author' }
  const start = found[0]!
  const organisation = draft.organisation.trim()
  return {
    ok: true,
    comment: {
      id: freshId(now, takenIds),
      target: makeTarget(versionId, unit, start, start + draft.passage.length),
      body: draft.body.trim(),
      author: draft.author.trim(),
      ...(organisation ? { organisation } : {}),
      kind: draft.kind,
      status: 'open',
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
