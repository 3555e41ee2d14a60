/**
 * Which comments the panel shows: status, organisation, kind, unit, where they stand (anchored,
 * orphaned by an edit, or still to be placed) and a search over everything a coordinator reads.
 */
import { isInbox, type CommentKind, type CommentStatus, type ResolvedComment } from '../../shared/comments/index.js'

export type PlaceState = 'anchored' | 'orphaned' | 'inbox'

export interface CommentFilter {
  readonly status: CommentStatus | ''
  /** '' all; NO_ORGANISATION for comments that name none. */
  readonly organisation: string
  readonly kind: CommentKind | ''
  /** A unit path of the proposal ('' all): comments anchored there, or last seen there. */
  readonly unit: string
  readonly place: PlaceState | ''
  readonly search: string
}

export const NO_FILTER: CommentFilter = { status: '', organisation: '', kind: '', unit: '', place: '', search: '' }
export const NO_ORGANISATION = '\u0000'

export function placeOf(r: ResolvedComment): PlaceState {
  if (r.resolution.state === 'anchored') return 'anchored'
  return isInbox(r.comment) ? 'inbox' : 'orphaned'
}

/** The unit a comment is at now, or was last at (null for the inbox). */
export const unitOf = (r: ResolvedComment): string | null => r.resolution.state === 'anchored' ? r.resolution.unitPath : r.resolution.lastUnitPath

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

function haystack({ comment: c, resolution }: ResolvedComment): string {
  return [c.body, c.author, c.organisation ?? '', c.reaction ?? '', resolution.quote, c.target.about ?? '', ...(c.replies ?? []).flatMap((r) => [r.author, r.body])].join('\n')
}

export function matches(r: ResolvedComment, f: CommentFilter): boolean {
  const c = r.comment
  if (f.status && c.status !== f.status) return false
  if (f.organisation && (c.organisation ?? '') !== (f.organisation === NO_ORGANISATION ? '' : f.organisation)) return false
  if (f.kind && c.kind !== f.kind) return false
  if (f.place && placeOf(r) !== f.place) return false
  if (f.unit) {
    const at = unitOf(r)
    // A lid's filter includes its onderdelen: "artikel:273f/lid:1" covers ".../lid:1/onderdeel:a".
    if (!at || (at !== f.unit && !at.startsWith(`${f.unit}/`))) return false
  }
  const q = fold(f.search.trim())
  return q === '' || fold(haystack(r)).includes(q)
}
