/**
 * Edits of a comment's words after the fact, next to shared/comments thread.ts (replies, status,
 * reaction, re-attaching): correcting the comment itself or one reply. A reply keeps its id and
 * time of writing; the comment's `modified` records the edit.
 */
import type { Comment, CommentStatus } from '../../shared/comments/index.js'

export function editBody(comment: Comment, body: string, now: string): Comment {
  return { ...comment, body, modified: now }
}

export function editReply(comment: Comment, replyId: string, body: string, now: string): Comment {
  const replies = (comment.replies ?? []).map((r) => (r.id === replyId ? { ...r, body } : r))
  return { ...comment, replies, modified: now }
}

/** "Afhandelen" marks an open comment processed; any other status counts as handled already. */
export const isOpen = (comment: Comment): boolean => comment.status === 'open'
export const RESOLVED_STATUS: CommentStatus = 'verwerkt'
