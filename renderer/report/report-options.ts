/**
 * The choices of the report dialog and how they become a HostApi ReportRequest. Which file
 * formats a view has comes from the contract (REPORT_FORMATS), so the dialog can never ask the
 * host for a combination it refuses. The author of the tracked changes is remembered between
 * exports (a drafter exports under the same name every time).
 */
import { REPORT_FORMATS, type ReportFileFormat, type ReportRequest, type ReportStage, type ReportView } from '../../shared/host-api.js'
import type { ProjectFile } from '../../shared/project/schema.js'

export interface ReportOptions {
  readonly view: ReportView
  readonly format: ReportFileFormat
  readonly title: string
  /** For the amendment instructions: "Het Wetboek van Strafrecht wordt als volgt gewijzigd". */
  readonly regeling: string
  readonly author: string
  readonly includeComments: boolean
  readonly includeProvisions: boolean
  readonly publishableOnly: boolean
  readonly changesOnly: boolean
}

export const REPORT_VIEWS: readonly ReportView[] = ['comparison', 'drieluik', 'amendments', 'consultation']

const AUTHOR_KEY = 'renvooi.reportAuthor'
/** The author on the tracked changes when the drafter leaves the field empty (as `renvooi report`). */
export const DEFAULT_AUTHOR = 'Renvooi'

export function rememberedAuthor(): string {
  try {
    return localStorage.getItem(AUTHOR_KEY) ?? ''
  } catch {
    return ''
  }
}

export function rememberAuthor(author: string): void {
  try {
    if (author.trim()) localStorage.setItem(AUTHOR_KEY, author.trim())
  } catch {
    // storage unavailable: the name lasts for this session only
  }
}

export function initialOptions(title: string, regeling = ''): ReportOptions {
  return { view: 'comparison', format: 'html', title, regeling, author: rememberedAuthor(), includeComments: true, includeProvisions: true, publishableOnly: true, changesOnly: false }
}

/** Another view keeps the file format when the view has it, and otherwise takes the view's first. */
export function withView(options: ReportOptions, view: ReportView): ReportOptions {
  const formats = REPORT_FORMATS[view]
  return { ...options, view, format: formats.includes(options.format) ? options.format : formats[0]! }
}

/** Which options mean something for the chosen view and format (the others are shown disabled). */
export function applicable(o: ReportOptions) {
  const prose = o.view === 'comparison' || o.view === 'drieluik'
  return {
    comments: o.view !== 'amendments',
    publishableOnly: o.view !== 'amendments' && o.includeComments,
    provisions: prose,
    changesOnly: prose && o.format !== 'docx',
    author: o.format === 'docx',
    regeling: o.view === 'amendments',
  }
}

/**
 * The request for the host; an option that does not apply is sent switched off, so the preview
 * and the file never differ by a setting the user could not see.
 */
export function toRequest(project: ProjectFile, o: ReportOptions): ReportRequest {
  const a = applicable(o)
  return {
    project, view: o.view, format: o.format,
    title: o.title.trim(),
    author: o.author.trim() || DEFAULT_AUTHOR,
    includeComments: a.comments && o.includeComments,
    publishableOnly: a.publishableOnly && o.publishableOnly,
    includeProvisions: a.provisions && o.includeProvisions,
    changesOnly: a.changesOnly && o.changesOnly,
    ...(a.regeling && o.regeling.trim() ? { regeling: o.regeling.trim() } : {}),
  }
}

/** The stages an export of this format goes through, in order (only PDFs are paged). */
export function stagesFor(format: ReportFileFormat): readonly ReportStage[] {
  return format === 'pdf'
    ? ['preparing', 'comparing', 'building', 'rendering', 'paging', 'saving']
    : ['preparing', 'comparing', 'building', 'rendering', 'saving']
}

/** A job id for reportProgress/cancelReport: random, letters, digits and dashes only. */
export function newJobId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  return `job-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}
