/**
 * What the reports need from the comments (shared/report's `ReportComment`; the reports stay
 * independent of how anchoring is done, the comments fill in their type): comments anchored in a
 * version with unit path and offsets, grouped per unit, optionally only the publishable ones.
 * Orphans are listed too (unitPath null) — a report never silently drops a response.
 */
import type { ResolvedComment } from './in-version.js'
import type { ReportComment } from '../report/model.js'
import { isInbox, isPublishable } from './types.js'

/** The reports' own input type: one definition, so the two cannot drift apart. */
export type CommentForReport = ReportComment

export interface ReportFilter {
  /** Only responses that may be published (a missing `publishable` counts as not publishable). */
  readonly publishableOnly?: boolean
}

export function commentsForReport(resolved: readonly ResolvedComment[], side: 'old' | 'new', filter: ReportFilter = {}): CommentForReport[] {
  return resolved
    .filter(({ comment }) => !filter.publishableOnly || isPublishable(comment))
    .map(({ comment: c, resolution: r }) => ({
      id: c.id,
      side,
      unitPath: r.unitPath,
      ...(isInbox(c) ? { general: true } : {}),
      start: r.position?.start ?? 0,
      end: r.position?.end ?? 0,
      quote: r.quote,
      ...(c.target.quotedAs !== undefined && c.target.quotedAs !== r.quote ? { quotedAs: c.target.quotedAs } : {}),
      author: c.author,
      organisation: c.organisation ?? '',
      ...(c.created ? { created: c.created } : {}),
      kind: c.kind,
      status: c.status,
      body: c.body,
      reaction: c.reaction ?? '',
      publishable: isPublishable(c),
      replies: (c.replies ?? []).map((r) => ({ author: r.author, body: r.body, created: r.created })),
    }))
}

/**
 * Anchored comments per unit path, each list in passage order (start, then longer first); the
 * orphans (and inbox) apart. Units appear in the order of their first comment in `resolved`.
 */
export function commentsByUnit(comments: readonly CommentForReport[]): { byUnit: Map<string, CommentForReport[]>; orphaned: CommentForReport[] } {
  const byUnit = new Map<string, CommentForReport[]>()
  const orphaned: CommentForReport[] = []
  for (const c of comments) {
    if (c.unitPath === null) orphaned.push(c)
    else byUnit.set(c.unitPath, [...(byUnit.get(c.unitPath) ?? []), c])
  }
  for (const list of byUnit.values()) list.sort((a, b) => a.start - b.start || b.end - a.end)
  return { byUnit, orphaned }
}
