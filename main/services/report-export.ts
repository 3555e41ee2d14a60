/**
 * The app's report export behind the HostApi (previewReport, exportReport, reportProgress,
 * cancelReport): the project the renderer sends is validated with the project schema, read by
 * report-sources.ts and rendered by report-render.ts — the pipeline of `renvooi report` — and
 * then either written atomically where the user chose in a native save dialog, or handed back
 * as bytes for the browser to download. Running exports are kept by the renderer's job id, so
 * the dialog can show their stage and stop them.
 */
import path from 'node:path'
import type { ReportExportResult, ReportRequest, ReportStage } from '../../shared/host-api.js'
import { validateProject, ProjectLoadError } from '../../shared/project/index.js'
import { writeFileAtomic } from './atomic-write.js'
import { regelingFromLabel } from '../../shared/report/regeling.js'
import { HostError } from './host-error.js'
import { ReportCancelled, fileTypeOf, renderReport, reportTitle, type ReportSettings } from './report-render.js'
import { findChromium, NoChromiumError, type PdfPrinter } from './report-pdf.js'
import { ReportSourceError, sourcesFromProject, type ReportSources } from './report-sources.js'

/** Where a report goes: a native save dialog (Electron) or none (the bytes go back to the browser). */
export interface ReportTarget {
  /** The file to write, or null when the user cancelled the dialog. */
  pickReportFile(suggestedName: string, extension: string): Promise<string | null>
}

export interface ReportExportConfig {
  readonly version: string
  /** Absent in the browser host: the renderer downloads the bytes. */
  readonly target?: ReportTarget
  readonly env?: NodeJS.ProcessEnv
  readonly now?: () => Date
  /** IANA time zone the report's time is stated in; the machine's own when absent (tests set it). */
  readonly timeZone?: string
  /** The desktop app's PDF printer (Electron); Chromium through playwright-core when absent. */
  readonly printPdf?: PdfPrinter
}

/** More exports at once than this is a runaway renderer, not a drafter. */
const MAX_RUNNING = 3

interface Job {
  stage: ReportStage
  readonly controller: AbortController
}

export class ReportExports {
  private readonly jobs = new Map<string, Job>()

  constructor(private readonly config: ReportExportConfig) {}

  async preview(data: ReportRequest): Promise<string> {
    const request = checked(data)
    const sources = await read(request)
    // DOCX and PDF are previewed as the HTML they are made from (the same report model).
    const rendered = await this.render(sources, { ...request, format: 'html' }, {})
    return String(rendered.body)
  }

  async export(data: ReportRequest, jobId: string): Promise<ReportExportResult | null> {
    const request = checked(data)
    if (this.jobs.has(jobId)) throw new HostError('bad-request', 'This export is already running.')
    if (this.jobs.size >= MAX_RUNNING) throw new HostError('busy', 'Too many exports are running; wait for one to finish.')
    const job: Job = { stage: 'preparing', controller: new AbortController() }
    this.jobs.set(jobId, job)
    try {
      const { extension } = fileTypeOf(request.format)
      const sources = await read(request)
      const fileName = suggestedFileName(reportTitle(sources, { title: request.title || null }), request.view, extension)
      // The place is asked for first, so the user can walk away while a long export runs.
      const file = this.config.target ? await this.config.target.pickReportFile(fileName, extension) : null
      if (this.config.target && !file) return null
      const rendered = await this.render(sources, request, { signal: job.controller.signal, onStage: (stage) => { job.stage = stage } })
      if (job.controller.signal.aborted) return null
      job.stage = 'saving'
      const bytes = typeof rendered.body === 'string' ? Buffer.from(rendered.body, 'utf8') : rendered.body
      if (file) {
        await writeFileAtomic(file, bytes)
        return { kind: 'saved', name: path.basename(file) }
      }
      return { kind: 'download', fileName, mimeType: rendered.mimeType, base64: bytes.toString('base64') }
    } catch (e) {
      if (e instanceof ReportCancelled || job.controller.signal.aborted) return null
      throw e
    } finally {
      this.jobs.delete(jobId)
    }
  }

  progress(jobId: string): ReportStage | null {
    return this.jobs.get(jobId)?.stage ?? null
  }

  cancel(jobId: string): boolean {
    const job = this.jobs.get(jobId)
    if (!job) return false
    job.controller.abort()
    return true
  }

  private async render(sources: ReportSources, request: ReportRequest, hooks: { signal?: AbortSignal; onStage?: (stage: ReportStage) => void }) {
    const settings: ReportSettings = {
      view: request.view, format: request.format, title: request.title || null, author: request.author,
      includeComments: request.includeComments, includeProvisions: request.includeProvisions,
      publishableOnly: request.publishableOnly, changesOnly: request.changesOnly,
      date: (this.config.now?.() ?? new Date()).toISOString(), renvooiVersion: this.config.version,
      ...(this.config.timeZone ? { timeZone: this.config.timeZone } : {}),
      ...regelingOf(request, sources),
    }
    try {
      const printer = this.config.printPdf ? { printPdf: this.config.printPdf } : { chromium: () => findChromium(this.config.env) }
      return await renderReport(sources, settings, { ...hooks, ...printer })
    } catch (e) {
      if (e instanceof NoChromiumError) throw new HostError('pdf-unavailable', e.message)
      throw e
    }
  }
}

/** The regeling for the amendment instructions: as asked, or from the current version's label. */
function regelingOf(request: ReportRequest, sources: ReportSources): { regeling?: string } {
  const regeling = request.regeling?.trim() || regelingFromLabel(sources.old.label)
  return regeling ? { regeling } : {}
}

/** The request with its project checked against the project schema (the renderer is untrusted). */
function checked(request: ReportRequest): ReportRequest {
  try {
    return { ...request, project: validateProject(request.project) }
  } catch (e) {
    if (e instanceof ProjectLoadError) throw new HostError('bad-request', `The report cannot be made: ${e.message}`)
    throw e
  }
}

async function read(request: ReportRequest): Promise<ReportSources> {
  try {
    return await sourcesFromProject(request.project, request.project.title || 'project')
  } catch (e) {
    if (e instanceof ReportSourceError) {
      throw new HostError('project-invalid', `${e.where}${e.line ? `, line ${e.line}` : ''}: ${e.message}`, e.where)
    }
    throw e
  }
}

/** "Modernisering art. 273f Sr - drieluik.docx": the title, without characters file systems refuse. */
export function suggestedFileName(title: string, view: ReportRequest['view'], extension: string): string {
  const base = title.replace(/[\\/:*?"<>|\p{Cc}]/gu, '-').replace(/\s+/g, ' ').trim().slice(0, 100) || 'Renvooi'
  const suffix = view === 'comparison' ? '' : ` - ${view === 'amendments' ? 'wijzigingsopdrachten' : view === 'consultation' ? 'consultatieverslag' : 'drieluik'}`
  return `${base}${suffix}${extension}`
}
