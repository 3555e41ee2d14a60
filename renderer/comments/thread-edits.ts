/**
 * Edits of a comment's words after the fact, next to shared/comments thread.ts (replies, status,
 * reaction, re-attaching): correcting the comment itself (and whether it may be published) or one
 * reply. A reply keeps its id and time of writing; the comment's `modified` records the edit.
 */
import { isPublishable, type Comment, type CommentStatus } from '../../shared/comments/index.js'

/**
 * "Bewerken" saved: the words and the publishable mark together. Nothing changed, nothing
 * recorded (the same comment back, `modified` untouched), so opening and saving is harmless.
 */
export function editComment(comment: Comment, edit: { readonly body: string; readonly publishable: boolean }, now: string): Comment {
  if (edit.body === comment.body && edit.publishable === isPublishable(comment)) return comment
  return { ...comment, body: edit.body, publishable: edit.publishable, modified: now }
}

export function editReply(comment: Comment, replyId: string, body: string, now: string): Comment {
  const replies = (comment.replies ?? []).map((r) => (r.id === replyId ? { ...r, body } : r))
  return { ...comment, replies, modified: now }
}

/** "Afhandelen" marks an open comment processed; any other status counts as handled already. */
export const isOpen = (comment: Comment): boolean => comment.status === 'open'
export const RESOLVED_STATUS: CommentStatus = 'verwerkt'
