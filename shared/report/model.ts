import type { Change, Comparison, ComparisonStats } from '../compare/types.js'
import type { LegalText, Unit } from '../model/types.js'
import { changeViews } from './comparison-view.js'
import { summary } from './comparison-text.js'
import { badges, citePath } from './labels.js'
import { walk } from '../model/path.js'
export { numberLabel } from './labels.js'
import { anchorComments, type CommentAnchor, type ReportPiece } from './anchor.js'
import { toParagraphs, type ReportParagraph } from './paragraphs.js'

/**
 * The one report model every export is rendered from (HTML, PDF, DOCX, drieluik, consultation
 * report), so they all agree with each other and with what the app shows: the comparison's rows
 * in the new text's order, each cut into paragraphs with their numbers as literal text and the
 * consultation comments anchored on the exact passages, plus the provenance every export states.
 */

/** Where one version came from: every export names the file and its hash so a reader can check it. */
export interface VersionProvenance {
  readonly label: string
  /** File name the version was read from; null when typed or pasted. */
  readonly sourceName: string | null
  readonly sha256: string | null
  /**
   * SHA-256 of the text as compared (UTF-8), present only when it is not the file's own hash:
   * the version was edited in Renvooi after loading (contract: edited versions keep their origin
   * in `source`), so the file's hash alone would not identify what the report shows.
   */
  readonly comparedSha256?: string
}

export interface Provenance {
  readonly old: VersionProvenance
  readonly new: VersionProvenance
  /**
   * When the report was made: ISO 8601 local time of the machine that made it, with its UTC
   * offset ("2026-11-23T15:05:00+01:00"; datetime.ts reportDate), or a bare date ("2026-11-23")
   * when only a day was given. Printed as "23-11-2026 15:05 (UTC+01:00)"; the instant is also
   * the date of the tracked changes in DOCX.
   */
  readonly date: string
  readonly renvooiVersion: string
}

export type CommentKind = 'opmerking' | 'bezwaar' | 'steun' | 'voorstel'
export type CommentStatus = 'open' | 'verwerkt' | 'overgenomen' | 'niet-overgenomen'

export interface ReportReply {
  readonly author: string
  readonly body: string
  readonly created?: string
}

/**
 * A consultation comment already anchored (by shared/comments) on a unit of the OLD or the NEW
 * text: `start`/`end` are UTF-16 offsets in that unit's own text. Kept plain on purpose so the
 * reports do not depend on how anchoring is done.
 */
export interface ReportComment {
  readonly id: string
  readonly side: 'old' | 'new'
  /** null when the anchoring lost the passage (orphaned): listed, never dropped. */
  readonly unitPath: string | null
  /**
   * A response about the text as a whole: it named no unit (the comments' inbox). Listed as
   * general, not as a lost passage.
   */
  readonly general?: boolean
  readonly start: number
  readonly end: number
  readonly quote: string
  /** The words the reviewer quoted, when edits have changed them since (`quote` is the text now). */
  readonly quotedAs?: string
  readonly author: string
  readonly organisation: string
  /** When the comment was made (ISO 8601), for the date of a Word comment; the export time when unknown. */
  readonly created?: string
  readonly kind: CommentKind
  readonly status: CommentStatus
  readonly body: string
  /** The government's reaction ("reactie"); '' when none yet. */
  readonly reaction: string
  /** Whether the response may be published in the consultation report. */
  readonly publishable: boolean
  readonly replies: readonly ReportReply[]
}

/** A comment's status as the reports print it: words, not the stored key ("niet-overgenomen"). */
export function statusLabel(status: CommentStatus): string {
  return status === 'niet-overgenomen' ? 'niet overgenomen' : status
}

/**
 * Who made a comment, for its heading: the author and the organisation, once when they are the
 * same (a respondent that is an organisation), 'anoniem' when neither is known.
 */
export function commentBy(c: Pick<ReportComment, 'author' | 'organisation'>, separator = ', ', first: 'author' | 'organisation' = 'author'): string {
  const names = first === 'author' ? [c.author, c.organisation] : [c.organisation, c.author]
  return [...new Set(names.map((n) => n.trim()).filter(Boolean))].join(separator) || 'anoniem'
}

/** A non-punishment provision (or other drafted provision) to append, as plain text. */
export interface ReportProvision {
  readonly title: string
  readonly text: string
  readonly rationale?: string
}

export interface ReportOptions {
  readonly title: string
  /** Author of the tracked changes in DOCX. */
  readonly author: string
  readonly provenance: Provenance
  readonly includeComments?: boolean
  /** Leave out comments that may not be published (for exports that leave the department). */
  readonly publishableOnly?: boolean
  readonly includeProvisions?: boolean
}

export interface ReportInput {
  readonly oldText: LegalText
  readonly newText: LegalText
  readonly comparison: Comparison
  readonly options: ReportOptions
  readonly comments?: readonly ReportComment[]
  /** Toelichting per unit path of the NEW text, for the third column of the drieluik. */
  readonly toelichting?: Readonly<Record<string, string>>
  readonly provisions?: readonly ReportProvision[]
}

/** One unit (or split/merged group) of the comparison, ready to render. */
export interface ReportRow {
  readonly change: Change
  readonly oldUnits: readonly Unit[]
  readonly newUnits: readonly Unit[]
  /** 0 artikel, 1 lid, 2 onderdeel, 3+ subonderdeel: for indentation. */
  readonly level: number
  readonly isArticle: boolean
  /** Where the unit was and is, the way a drafter cites it. */
  readonly oldPlace: string
  readonly newPlace: string
  /**
   * Where each of `oldUnits` stands in the old text's document order (0-based, same order as
   * `oldUnits`). Rows follow the NEW text; a rendering that must also restore the old order (the
   * DOCX move revisions, where "reject all" gives back the current text) needs this.
   */
  readonly oldOrder: readonly number[]
  readonly badges: readonly string[]
  readonly paragraphs: readonly ReportParagraph[]
  readonly comments: readonly ReportComment[]
  readonly toelichting: string | null
}

export interface ReportModel {
  readonly title: string
  readonly author: string
  readonly provenance: Provenance
  readonly summary: string
  readonly stats: ComparisonStats
  readonly rows: readonly ReportRow[]
  /** Every comment included, in report order, numbered 1… for references. */
  readonly comments: readonly ReportComment[]
  /** Comments on the text as a whole, naming no unit (`ReportComment.general`). */
  readonly general: readonly ReportComment[]
  /** Comments whose passage is not in these texts (orphaned, or on another version). */
  readonly unplaced: readonly ReportComment[]
  /**
   * How many comments `publishableOnly` left out because they may not be published: counted, so
   * a report can say that responses were withheld instead of looking as if there were none.
   */
  readonly withheld: number
  readonly provisions: readonly ReportProvision[]
}

export function buildReportModel(input: ReportInput): ReportModel {
  const { oldText, newText, comparison, options } = input
  const given = options.includeComments ? input.comments ?? [] : []
  const wanted = options.publishableOnly ? given.filter((c) => c.publishable) : given
  const views = changeViews(comparison, oldText, newText)
  const oldIndex = new Map(walk(oldText.units).map((u, i) => [u.path, i]))
  const anchored = anchorComments(views, wanted)
  const rows = views.map((v, i): ReportRow => {
    const units = v.newUnits.length ? v.newUnits : v.oldUnits
    const first = units[0]
    const pieces: ReportPiece[] = anchored.pieces[i]!
    return {
      change: v.change,
      oldUnits: v.oldUnits,
      newUnits: v.newUnits,
      level: first ? levelOf(first.path) : 0,
      isArticle: first?.type === 'artikel',
      oldPlace: v.change.old.map(citePath).join(' + '),
      newPlace: v.change.new.map(citePath).join(' + '),
      oldOrder: v.oldUnits.map((u) => oldIndex.get(u.path) ?? -1),
      badges: badges(v.change),
      paragraphs: toParagraphs(v.change, v.oldUnits, v.newUnits, pieces),
      comments: anchored.perRow[i]!.map((a: CommentAnchor) => a.comment),
      toelichting: v.newUnits.map((u) => input.toelichting?.[u.path]).filter(Boolean).join('\n\n') || null,
    }
  })
  const placed = rows.flatMap((r) => r.comments)
  const general = anchored.unplaced.filter((c) => c.general)
  const unplaced = anchored.unplaced.filter((c) => !c.general)
  return {
    title: options.title,
    author: options.author,
    provenance: options.provenance,
    summary: summary(comparison),
    stats: comparison.stats,
    rows,
    comments: [...placed, ...general, ...unplaced],
    general,
    unplaced,
    withheld: given.length - wanted.length,
    provisions: options.includeProvisions ? input.provisions ?? [] : [],
  }
}

const levelOf = (path: string): number => path.split('/').length - 1


/** Comment reference numbers (1-based) in report order, for "[3]"-style references. */
export function commentNumbers(model: ReportModel): Map<string, number> {
  return new Map(model.comments.map((c, i) => [c.id, i + 1]))
}
