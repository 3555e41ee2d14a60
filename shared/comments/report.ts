/**
 * What the reports need from the comments (shared/report `ReportComment` has the same shape,
 * kept apart so the reports do not depend on how anchoring is done): comments anchored in a
 * version with unit path and offsets, grouped per unit, optionally only the publishable ones.
 * Orphans are listed too (unitPath null) — a report never silently drops a response.
 */
import type { ResolvedComment } from './in-version.js'
import type { CommentKind, CommentStatus } from './types.js'

export interface CommentForReport {
  readonly id: string
  readonly side: 'old' | 'new'
  /** null when orphaned (or in the inbox); start/end are then 0 and quote is the last quote. */
  readonly unitPath: string | null
  readonly start: number
  readonly end: number
  readonly quote: string
  readonly author: string
  readonly organisation: string
  readonly kind: CommentKind
  readonly status: CommentStatus
  readonly body: string
  readonly reaction: string
  readonly publishable: boolean
  readonly replies: ReadonlyArray<{ readonly author: string; readonly body: string; readonly created?: string }>
}

export interface ReportFilter {
  /** Only responses that may be published (a missing `publishable` counts as not publishable). */
  readonly publishableOnly?: boolean
}

export function commentsForReport(resolved: readonly ResolvedComment[], side: 'old' | 'new', filter: ReportFilter = {}): CommentForReport[] {
  return resolved
    .filter(({ comment }) => !filter.publishableOnly || comment.publishable === true)
    .map(({ comment: c, resolution: r }) => ({
      id: c.id,
      side,
      unitPath: r.unitPath,
      start: r.position?.start ?? 0,
      end: r.position?.end ?? 0,
      quote: r.quote,
      author: c.author,
      organisation: c.organisation ?? '',
      kind: c.kind,
      status: c.status,
      body: c.body,
      reaction: c.reaction ?? '',
      publishable: c.publishable === true,
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
