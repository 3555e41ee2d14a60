/**
 * Merging reviewers' comment files into one project. A comment is the same comment when its
 * author, target (version, unit, quote, position) and text agree — whoever's file it came from; the
 * copy already present wins, and replies added in another file are joined onto it. New comments
 * keep their author and organisation and are marked `source: 'merged'`. Ids never collide.
 */
import type { Comment } from './types.js'

export interface MergeResult {
  readonly comments: Comment[]
  /** Comments added from the other files. */
  readonly added: number
  /** Comments found to be already present (replies joined). */
  readonly duplicates: number
}

type Reply = NonNullable<Comment['replies']>[number]

/** What makes two comments the same (author, target, text); white space at the ends does not count. */
export function commentKey(c: Comment): string {
  const t = c.target
  return JSON.stringify([c.author.trim(), t.version, t.unitPath, t.quote.exact, t.position.start, t.position.end, c.body.trim()])
}

export function mergeComments(base: readonly Comment[], ...others: ReadonlyArray<readonly Comment[]>): MergeResult {
  const comments = [...base]
  const byKey = new Map<string, number>()
  comments.forEach((c, i) => byKey.set(commentKey(c), i))
  const ids = new Set(comments.map((c) => c.id))
  let added = 0
  let duplicates = 0
  for (const list of others) {
    for (const c of list) {
      const key = commentKey(c)
      const at = byKey.get(key)
      if (at !== undefined) {
        duplicates++
        comments[at] = withReplies(comments[at]!, c.replies ?? [])
        continue
      }
      const id = freeId(c.id, ids)
      byKey.set(key, comments.length)
      comments.push({ ...c, id, source: 'merged' })
      added++
    }
  }
  return { comments, added, duplicates }
}

function withReplies(c: Comment, more: readonly Reply[]): Comment {
  const have = c.replies ?? []
  const key = (r: Reply): string => JSON.stringify([r.author, r.body, r.created])
  const seen = new Set(have.map(key))
  const extra = more.filter((r) => !seen.has(key(r)) && (seen.add(key(r)), true))
  return extra.length ? { ...c, replies: [...have, ...extra] } : c
}

function freeId(id: string, taken: Set<string>): string {
  let out = id
  for (let n = 2; taken.has(out); n++) out = `${id}-${n}`
  taken.add(out)
  return out
}
