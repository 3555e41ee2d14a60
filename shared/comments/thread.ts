/**
 * Working on a comment: replies (the thread), status, the government's reaction, whether it may be
 * published, and giving an
 * orphan (or an inbox response) a new home by hand — "the valuable half of an orphan is its
 * thread; what is missing is a way to give it a new home" (qnop#457). Each returns a new comment
 * with `modified` set; time stamps are passed in because shared/ reads no clock.
 */
import type { Unit } from '../model/types.js'
import { makeTarget } from './target.js'
import type { Comment, CommentStatus } from './types.js'

type Reply = NonNullable<Comment['replies']>[number]

export function addReply(comment: Comment, reply: { author: string; body: string }, now: string): Comment {
  const replies = comment.replies ?? []
  const taken = new Set(replies.map((r) => r.id))
  let n = replies.length + 1
  while (taken.has(`r-${n}`)) n++
  const added: Reply = { id: `r-${n}`, author: reply.author, body: reply.body, created: now }
  return { ...comment, replies: [...replies, added], modified: now }
}

export function setStatus(comment: Comment, status: CommentStatus, now: string): Comment {
  return { ...comment, status, modified: now }
}

export function setReaction(comment: Comment, reaction: string, now: string): Comment {
  return { ...comment, reaction, modified: now }
}

/**
 * Marks whether the comment may be published (contract field `publishable`): a respondent who asks
 * for confidentiality, or an internal note later cleared for the consultation report.
 */
export function setPublishable(comment: Comment, publishable: boolean, now: string): Comment {
  return { ...comment, publishable, modified: now }
}

/**
 * Attaches a comment to `start..end` of `unit` in `version`: filing an inbox response, or
 * re-attaching an orphan. Clears the orphan mark; keeps the thread, author and everything else.
 */
export function reattach(comment: Comment, version: string, unit: Pick<Unit, 'path' | 'text'>, start: number, end: number, now: string): Comment {
  const { about: _about, orphaned: _orphaned, ...keep } = comment.target
  return { ...comment, target: { ...keep, ...makeTarget(version, unit, start, end) }, modified: now }
}
