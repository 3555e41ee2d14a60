/**
 * Consultation comments: the shape stored in the project file (contracts/project-json.md, validated
 * by `commentSchema` in shared/project/schema.ts) and what resolving one in a version yields.
 */
import type { ProjectComment } from '../project/schema.js'

export type Comment = ProjectComment
export type CommentTarget = Comment['target']
export type CommentKind = Comment['kind']
export type CommentStatus = Comment['status']
export type CommentSource = NonNullable<Comment['source']>

export const COMMENT_KINDS: readonly CommentKind[] = ['opmerking', 'bezwaar', 'steun', 'voorstel']
export const COMMENT_STATUSES: readonly CommentStatus[] = ['open', 'verwerkt', 'overgenomen', 'niet-overgenomen']

/** Prefix and suffix are at most this long (contract: "up to 32 characters around it"). */
export const CONTEXT_LENGTH = 32

export interface Span {
  readonly start: number
  readonly end: number
}

/** How an anchor was found, strongest first; for the UI's confidence hint and for tests. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy' | 'moved' | 'mapped'

export interface Anchored {
  readonly state: 'anchored'
  readonly unitPath: string
  /** UTF-16 indices in the unit's own text, in the version resolved against. */
  readonly position: Span
  /** The text at `position` in that version (a close match of the comment's quote when fuzzy). */
  readonly quote: string
  /** 0..1, Hypothesis-style weighting of quote, prefix, suffix and position. */
  readonly score: number
  readonly method: AnchorMethod
}

export interface Orphaned {
  readonly state: 'orphaned'
  readonly unitPath: null
  readonly position: null
  /** The last quote, kept so the orphan stays readable and can be re-attached by hand. */
  readonly quote: string
  /** Where it was last anchored (following renumbering where known); null for the inbox. */
  readonly lastUnitPath: string | null
  /** Best score seen below the threshold (0 when nothing came close). */
  readonly score: number
}

export type Resolution = Anchored | Orphaned

/**
 * The inbox: consultation responses that named no unit (or one that does not exist). They are
 * ordinary comments with an empty `unitPath` and an empty quote, so they load, save and merge like
 * any other; they always resolve as orphaned with no last unit until a coordinator files them.
 */
export const isInbox = (c: Comment): boolean => c.target.unitPath === ''

/**
 * Whether a comment may be published (in the consultation report, in an export that leaves the
 * department). `publishable` is optional in the project file; a comment without it was never
 * cleared for publication, so it counts as not publishable — publishing is a positive choice.
 */
export const isPublishable = (c: Pick<Comment, 'publishable'>): boolean => c.publishable === true
