/**
 * Carrying the proposal's comments through one edit in the editor (one ProseMirror transaction:
 * the proposal before and after it, as LegalTexts). shared/comments mapComments does the work —
 * it follows the edit like ProseMirror's position mapping, marks a comment whose passage was
 * deleted `target.orphaned` with its last quote, and clears the mark when undo brings the words
 * back. Comments on other versions are not touched: their version did not change.
 */
import { isInbox, mapComments, resolveComment, retarget, type Comment, type CommentTarget } from '../../shared/comments/index.js'
import { unitsByPath } from '../../shared/model/path.js'
import type { LegalText, Unit } from '../../shared/model/types.js'

/**
 * Where each comment was anchored earlier in this editing session, newest last. Undo restores a
 * whole history event, which may hold the deletion *and* typing next to the passage just before
 * it (prosemirror-history groups adjacent edits made within half a second): the words come back
 * with the context they had before that typing, not the context stored when they were deleted.
 * An orphan is therefore also looked for with each earlier context — still only where its words
 * and both sides of that context are back exactly, so a lookalike never captures it.
 */
export type AnchorMemory = Map<string, CommentTarget[]>

/** How many earlier anchors are kept per comment. */
const REMEMBERED = 16

/**
 * `comments` with the proposal's (`versionId`) anchors moved from `before` to `after`. Returns the
 * very same array when nothing moved, and keeps every comment object that did not change, so
 * React's memos (the panel, the highlights) see no change where there is none. Never drops or
 * adds a comment.
 */
export function carryComments(comments: readonly Comment[], versionId: string, before: LegalText, after: LegalText, memory: AnchorMemory = new Map()): Comment[] {
  if (before === after) return comments as Comment[]
  const own = comments.filter((c) => c.target.version === versionId && !isInbox(c))
  if (!own.length) return comments as Comment[]
  // Only the part of the text the edit touched: the rest is the very same Unit objects
  // (from-doc.ts), so its comments cannot have moved. With a whole code open this keeps the
  // comparison that a structural edit needs (an inserted lid) to one article, not the code.
  const edited = narrow(before, after)
  if (!edited) return comments as Comment[]
  const inEdited = unitsByPath(edited.before.units)
  // A comment whose unit an earlier edit deleted has a path that names nothing: undo may bring it back here.
  const carried = own.filter((c) => inEdited.has(c.target.unitPath) || c.target.orphaned === 'unit')
  if (!carried.length) return comments as Comment[]
  before = edited.before
  after = edited.after
  // Keyed by the comment object itself: ids are unique in a project, but a merged file need not be.
  const mapped = new Map<Comment, Comment>()
  let units: Map<string, { path: string; text: string }> | undefined
  mapComments(carried, before, after).forEach(({ comment }, i) => {
    const was = carried[i]!
    if (!was.target.orphaned && !sameTarget(was.target, comment.target)) remember(memory, was)
    let now = comment
    if (comment.target.orphaned && memory.has(comment.id)) {
      units ??= unitsByPath(after.units)
      now = restored(comment, memory.get(comment.id) ?? [], after, units) ?? comment
    }
    if (!sameTarget(was.target, now.target)) mapped.set(was, now)
  })
  if (!mapped.size) return comments as Comment[]
  return comments.map((c) => mapped.get(c) ?? c)
}

/**
 * The smallest stretch of units that differs between the two texts, as two texts holding just
 * that stretch (null when nothing differs). Descends through divisions (boek, titel …) while
 * one of them holds the whole difference; stops at articles, whose leden the comparison must see
 * together to follow a renumbering.
 */
export function narrow(before: LegalText, after: LegalText): { before: LegalText; after: LegalText } | null {
  let a: readonly Unit[] = before.units
  let b: readonly Unit[] = after.units
  for (;;) {
    let start = 0
    while (start < a.length && start < b.length && a[start] === b[start]) start++
    let end = 0
    while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++
    const left = a.slice(start, a.length - end)
    const right = b.slice(start, b.length - end)
    if (!left.length && !right.length) return null
    const one = left.length === 1 && right.length === 1 && left[0]!.type !== 'artikel' && left[0]!.type === right[0]!.type && left[0]!.path === right[0]!.path
    if (!one || left[0]!.children === right[0]!.children) {
      return { before: { ...before, units: left }, after: { ...after, units: right } }
    }
    a = left[0]!.children
    b = right[0]!.children
  }
}

function remember(memory: AnchorMemory, comment: Comment): void {
  const list = memory.get(comment.id) ?? []
  if (list.some((t) => sameTarget(t, comment.target))) return
  list.push(comment.target)
  if (list.length > REMEMBERED) list.shift()
  memory.set(comment.id, list)
}

/** The orphan anchored again where an earlier anchor's words and context are back exactly. */
function restored(comment: Comment, earlier: readonly CommentTarget[], after: LegalText, units: Map<string, { path: string; text: string }>): Comment | null {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const target = { ...earlier[i]!, orphaned: 'passage' as const }
    // Marked orphaned and resolved in its own version: only an exact return of words and context counts.
    const found = resolveComment({ ...comment, target }, after)
    if (found.state !== 'anchored') continue
    const unit = units.get(found.unitPath)
    if (unit) return { ...comment, target: retarget(comment.target, unit.path, unit.text, found.position.start, found.position.end) }
  }
  return null
}

function sameTarget(a: Comment['target'], b: Comment['target']): boolean {
  return a.unitPath === b.unitPath && a.orphaned === b.orphaned &&
    a.position.start === b.position.start && a.position.end === b.position.end &&
    a.quote.exact === b.quote.exact && a.quote.prefix === b.quote.prefix && a.quote.suffix === b.quote.suffix
}
