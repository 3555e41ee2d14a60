import { compareTexts } from '../compare/index.js'
import { unitsByPath } from '../model/path.js'
import type { LegalText } from '../model/types.js'
import { resolveComment } from './resolve.js'
import { retarget } from './target.js'
import { isInbox, type Comment } from './types.js'

/**
 * A version's text replaced as a whole (a new draft loaded over the proposal): its comments
 * follow their words through the comparison of the text before with the text after, as comments
 * on another version do (resolve.ts) — renumbered and moved units included — and are stored at
 * their new places. A comment whose words are gone keeps its target and lists as orphaned; none
 * is dropped. Returns the very same array when no comment is on `versionId`.
 */
export function carryThroughReplacement(comments: readonly Comment[], versionId: string, before: LegalText, after: LegalText): Comment[] {
  if (!comments.some((c) => c.target.version === versionId && !isInbox(c))) return comments as Comment[]
  const comparison = compareTexts(before, after)
  const units = unitsByPath(after.units)
  return comments.map((c) => {
    if (c.target.version !== versionId || isInbox(c)) return c
    const r = resolveComment(c, after, { source: before, comparison, sameVersion: false })
    const unit = r.state === 'anchored' ? units.get(r.unitPath) : undefined
    if (r.state !== 'anchored' || !unit) return c
    return { ...c, target: retarget(c.target, r.unitPath, unit.text, r.position.start, r.position.end) }
  })
}
