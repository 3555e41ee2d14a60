/**
 * The report pipeline shared by `renvooi report` and the app's export: compare the two texts,
 * build the one report model of shared/report and render the chosen view in the chosen file
 * format. Long exports report their stage and can be stopped between stages (and during the PDF,
 * whose browser is closed); between stages the event loop gets a turn, so the browser host keeps
 * answering progress and cancel requests while a big code is exported.
 */
import type { PdfPrinter } from './report-pdf.js'
import type { ReportFileFormat, ReportStage, ReportView } from '../../shared/host-api.js'
import type { ReportModel } from '../../shared/report/model.js'
import type { ReportSources } from './report-sources.js'

export interface ReportSettings {
  readonly view: ReportView
  readonly format: ReportFileFormat
  /** null: the project's title, or "Renvooi: old → new". */
  readonly title: string | null
  readonly author: string
  readonly includeComments: boolean
  readonly includeProvisions: boolean
  readonly publishableOnly: boolean
  readonly changesOnly: boolean
  /**
   * ISO date-time (or date) stated in the report and on the tracked changes: a moment is stated
   * as local time in `timeZone` with its UTC offset (shared/report/datetime.ts reportDate).
   */
  readonly date: string
  /** IANA time zone the report's time is stated in; the machine's own when absent. */
  readonly timeZone?: string
  readonly renvooiVersion: string
  /** The regeling named in the amendment instructions ("Het Wetboek van Strafrecht"). */
  readonly regeling?: string
}

export interface RenderHooks {
  readonly signal?: AbortSignal
  readonly onStage?: (stage: ReportStage) => void
  /** The Chromium to page PDFs with (report-pdf.ts findChromium, with the caller's environment). */
  readonly chromium?: () => string
  /** Pages the PDF instead of Chromium through playwright-core (the desktop app prints with Electron). */
  readonly printPdf?: PdfPrinter
}

export interface RenderedReport {
  readonly body: string | Buffer
  readonly mimeType: string
  readonly extension: string
}

/** Thrown when the export was cancelled; callers turn it into "nothing written". */
export class ReportCancelled extends Error {
  constructor() {
    super('The export was cancelled.')
    this.name = 'ReportCancelled'
  }
}

const TYPES: { readonly [F in ReportFileFormat]: { mimeType: string; extension: string } } = {
  html: { mimeType: 'text/html; charset=utf-8', extension: '.html' },
  pdf: { mimeType: 'application/pdf', extension: '.pdf' },
  docx: { mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: '.docx' },
  text: { mimeType: 'text/plain; charset=utf-8', extension: '.txt' },
}

export const fileTypeOf = (format: ReportFileFormat) => TYPES[format]

/** Lets pending I/O (progress polls, a cancel) run, then stops if the export was cancelled. */
async function checkpoint(hooks: RenderHooks, stage: ReportStage): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve))
  if (hooks.signal?.aborted) throw new ReportCancelled()
  hooks.onStage?.(stage)
}

export async function renderReport(sources: ReportSources, settings: ReportSettings, hooks: RenderHooks = {}): Promise<RenderedReport> {
  const type = TYPES[settings.format]
  await checkpoint(hooks, 'comparing')
  const { compareTexts } = await import('../../shared/compare/index.js')
  const comparison = compareTexts(sources.oldText, sources.newText)
  await checkpoint(hooks, 'building')
  if (settings.view === 'amendments') {
    const { amendmentsFor, amendmentsToText } = await import('../../shared/report/amendments.js')
    const opts = settings.regeling ? { regeling: settings.regeling } : {}
    const text = amendmentsToText(amendmentsFor(sources.oldText, sources.newText, comparison, opts), opts)
    return { body: settings.format === 'html' ? await textPage(reportTitle(sources, settings), text) : text, ...type }
  }
  const { buildReportModel } = await import('../../shared/report/model.js')
  const model = buildReportModel({
    oldText: sources.oldText, newText: sources.newText, comparison,
    comments: sources.comments,
    provisions: sources.provisions,
    ...(sources.toelichting ? { toelichting: sources.toelichting } : {}),
    options: {
      title: reportTitle(sources, settings), author: settings.author, includeComments: settings.includeComments,
      publishableOnly: settings.publishableOnly, includeProvisions: settings.includeProvisions,
      provenance: { old: sources.old, new: sources.new, date: await stated(settings), renvooiVersion: settings.renvooiVersion },
    },
  })
  await checkpoint(hooks, 'rendering')
  if (settings.format === 'docx') return { body: await docx(model, settings.view), ...type }
  const page = await html(model, settings)
  if (settings.format !== 'pdf') return { body: page, ...type }
  await checkpoint(hooks, 'paging')
  // The PDF is the HTML of the same export, paged by Chromium.
  const { formatDate } = await import('../../shared/report/html-parts.js')
  const frame = { title: model.title, versions: `${sources.old.label} → ${sources.new.label}`, date: formatDate(model.provenance.date) }
  if (hooks.printPdf) return { body: Buffer.from(await hooks.printPdf(page, frame, hooks.signal)), ...type }
  const pdf = await import('./report-pdf.js')
  const chromium = (hooks.chromium ?? (() => pdf.findChromium()))()
  return { body: await pdf.htmlToPdf(page, frame, chromium, hooks.signal), ...type }
}

/** The report's date as the report states it: local time with its offset (or a bare date). */
async function stated(settings: Pick<ReportSettings, 'date' | 'timeZone'>): Promise<string> {
  const { reportDate } = await import('../../shared/report/datetime.js')
  const date = reportDate(settings.date, settings.timeZone)
  if (date === null) throw new RangeError(`not an ISO date: ${settings.date}`)
  return date
}

export const reportTitle = (sources: ReportSources, settings: Pick<ReportSettings, 'title'>): string =>
  settings.title || sources.title || `Renvooi: ${sources.old.label} → ${sources.new.label}`

/** The HTML of a view: also the preview of its DOCX and PDF, and the page the PDF is printed from. */
export async function html(model: ReportModel, settings: Pick<ReportSettings, 'view' | 'changesOnly'>): Promise<string> {
  if (settings.view === 'consultation') return (await import('../../shared/report/consultation.js')).consultationToHtml(model)
  const { reportToHtml } = await import('../../shared/report/report-html.js')
  return reportToHtml(model, { changesOnly: settings.changesOnly, layout: settings.view === 'drieluik' ? 'drieluik' : 'side-by-side' })
}

async function docx(model: ReportModel, view: ReportView): Promise<Buffer> {
  const { packDocx } = await import('./report-docx.js')
  if (view === 'drieluik') return packDocx((await import('../../shared/report/drieluik-docx.js')).drieluikToDocx(model))
  return packDocx((await import('../../shared/report/docx.js')).reportToDocx(model))
}

/** Plain text (the amendment instructions) as a report page, for the preview. */
export async function textPage(title: string, text: string): Promise<string> {
  const { htmlPage } = await import('../../shared/report/html-parts.js')
  const { escapeHtml } = await import('../../shared/report/escape.js')
  // Paragraphs rather than <pre>: the instructions' long lines must wrap, and the page's CSS is fixed.
  const paragraphs = text.trim().split(/\n{2,}/).map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
  return htmlPage(title, `<h1>${escapeHtml(title)}</h1>\n${paragraphs.join('\n')}`)
}
