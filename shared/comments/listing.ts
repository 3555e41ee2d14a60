/**
 * `renvooi comments` output, exactly as contracts/project-json.md: the `renvooi.comments` JSON
 * document, or CSV with the same columns plus author, organisation, kind, status and body.
 */
import Papa from 'papaparse'
import type { ResolvedComment } from './in-version.js'
import type { Span } from './types.js'

export interface CommentsDocument {
  readonly format: 'renvooi.comments'
  readonly version: 1
  readonly in: string
  readonly comments: CommentPlace[]
}

export interface CommentPlace {
  readonly id: string
  readonly state: 'anchored' | 'orphaned'
  readonly unitPath: string | null
  readonly position: Span | null
  readonly quote: string
  /** Orphans only: where the comment last was, in its own version. Absent for the inbox. */
  readonly lastUnitPath?: string
}

export function commentsDocument(versionId: string, resolved: readonly ResolvedComment[]): CommentsDocument {
  return {
    format: 'renvooi.comments',
    version: 1,
    in: versionId,
    comments: resolved.map(({ comment, resolution: r }): CommentPlace => r.state === 'anchored'
      ? { id: comment.id, state: 'anchored', unitPath: r.unitPath, position: { start: r.position.start, end: r.position.end }, quote: r.quote }
      : { id: comment.id, state: 'orphaned', unitPath: null, position: null, quote: r.quote, ...(r.lastUnitPath !== null ? { lastUnitPath: r.lastUnitPath } : {}) }),
  }
}

export const CSV_COLUMNS = ['id', 'state', 'unitPath', 'start', 'end', 'quote', 'lastUnitPath', 'author', 'organisation', 'kind', 'status', 'body'] as const

/**
 * One row per comment. `position` becomes two numeric columns, start and end, so a spreadsheet
 * can sort on them; empty for orphans. Cells that a spreadsheet would run as a formula (a public
 * response starting with "=") are escaped (OWASP CSV injection).
 */
export function commentsCsv(versionId: string, resolved: readonly ResolvedComment[]): string {
  const doc = commentsDocument(versionId, resolved)
  const rows = doc.comments.map((p, i) => {
    const c = resolved[i]!.comment
    return [p.id, p.state, p.unitPath ?? '', p.position?.start ?? '', p.position?.end ?? '', p.quote, p.lastUnitPath ?? '', c.author, c.organisation ?? '', c.kind, c.status, c.body]
  })
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { escapeFormulae: true, newline: '\r\n' }) + '\r\n'
}
