/**
 * The host side of the HostApi, shared by the Electron IPC handlers and the browser host's HTTP
 * routes: one `dispatch(operation, args)` that validates the arguments, runs the operation on the
 * services and answers with a `HostReply` (never a thrown error across the wire). What differs
 * per host — dialogs, where projects live, opening links — comes in through `HostPlatform`.
 */
import path from 'node:path'
import type { HostApi, HostInfo, HostKind, HostOperation, HostReply, ProjectEntry, ReportRequest } from '../../shared/host-api.js'
import { validateProject, ProjectLoadError, type ProjectFile } from '../../shared/project/index.js'
import { HostError, toErrorInfo } from './host-error.js'
import { PAYLOADS, isHostOperation } from './payloads.js'
import { readProjectFile, writeProjectFile } from './project-store.js'
import { RecoveryStore } from './recovery-store.js'
import { RecentFiles } from './recent-files.js'
import { ReportExports } from './report-export.js'
import type { PdfPrinter } from './report-pdf.js'
import { listSamples, readSample } from './samples.js'
import { readTextFile } from './text-files.js'

/** Where project handles point and which dialogs exist: the part that differs per host. */
export interface HostPlatform {
  readonly kind: HostKind
  readonly nativeDialogs: boolean
  /** The file a handle names, or null when the renderer may not use it. */
  resolveProject(handle: string): string | null
  /** The handle the renderer gets for a file. */
  handleOf(file: string): string
  /** Projects offered without a dialog. */
  listProjects(): Promise<ProjectEntry[]>
  pickTextFile?(): Promise<string | null>
  pickProjectToOpen?(): Promise<string | null>
  pickProjectToSave?(suggestedName: string): Promise<string | null>
  /** Native save dialog for a report (Electron); without it the renderer downloads the bytes. */
  pickReportFile?(suggestedName: string, extension: string): Promise<string | null>
  /** Prints report PDFs with the host's own browser engine (Electron); else Chromium via playwright-core. */
  readonly printPdf?: PdfPrinter
  openExternal?(url: string): Promise<boolean>
  setEdited?(edited: boolean): void
}

export interface HostServiceConfig {
  readonly version: string
  readonly samplesDir: string
  /** Recovery copy and recent files live here (Electron: userData; browser host: a state folder). */
  readonly stateDir: string
  readonly platform: HostPlatform
  /** For the PDF export's Chromium lookup (RENVOOI_CHROMIUM); process.env when absent. */
  readonly env?: NodeJS.ProcessEnv
}

export type Dispatch = (operation: string, args: unknown) => Promise<HostReply<unknown>>

type Operations = { [Op in HostOperation]: (...args: never[]) => ReturnType<HostApi[Op]> }

export function createHostService(config: HostServiceConfig): { dispatch: Dispatch; operations: Operations } {
  const { platform } = config
  const recovery = new RecoveryStore(config.stateDir)
  const recent = new RecentFiles(config.stateDir)
  const pickReportFile = platform.pickReportFile?.bind(platform)
  const reports = new ReportExports({
    version: config.version,
    ...(pickReportFile ? { target: { pickReportFile } } : {}),
    ...(config.env ? { env: config.env } : {}),
    ...(platform.printPdf ? { printPdf: platform.printPdf } : {}),
  })

  const fileOf = (handle: string): string => {
    const file = platform.resolveProject(handle)
    if (!file) throw new HostError('forbidden', 'This project may not be opened from here.')
    return file
  }
  const entryOf = (file: string): ProjectEntry => ({ handle: platform.handleOf(file), name: path.basename(file) })
  const checkedProject = (data: unknown): ProjectFile => {
    try {
      return validateProject(data)
    } catch (e) {
      if (e instanceof ProjectLoadError) throw new HostError('bad-request', `The project cannot be saved: ${e.message}`)
      throw e
    }
  }

  const operations: Operations = {
    hostInfo: async (): Promise<HostInfo> => ({ kind: platform.kind, version: config.version, nativeDialogs: platform.nativeDialogs }),
    appVersion: async () => config.version,
    listSamples: async () => listSamples(config.samplesDir),
    readSample: async (id: string) => readSample(config.samplesDir, id),
    pickTextFile: async () => {
      const file = (await platform.pickTextFile?.()) ?? null
      return file ? readTextFile(file) : null
    },
    listProjects: async () => platform.listProjects(),
    openProject: async (handle: string | null) => {
      const file = handle === null ? ((await platform.pickProjectToOpen?.()) ?? null) : fileOf(handle)
      if (!file) return null
      const project = await readProjectFile(file)
      await recent.add(file)
      return { ...entryOf(file), project }
    },
    saveProject: async (data: unknown, handle: string | null) => {
      const project = checkedProject(data)
      let file: string | null
      if (handle !== null) file = fileOf(handle)
      else if (platform.pickProjectToSave) file = await platform.pickProjectToSave(project.title || 'project')
      else throw new HostError('bad-request', 'Give the project a name to save it.')
      if (!file) return null
      await writeProjectFile(file, project)
      await recent.add(file)
      return entryOf(file)
    },
    recentProjects: async () => {
      const entries: ProjectEntry[] = []
      for (const file of await recent.list()) {
        try {
          entries.push(entryOf(file))
        } catch {
          // a file the platform no longer accepts is simply not offered
        }
      }
      return entries
    },
    writeRecovery: async (data: unknown, handle: string | null) => recovery.write(checkedProject(data), handle),
    readRecovery: async () => recovery.read(),
    discardRecovery: async () => recovery.discard(),
    openExternal: async (url: string) => (platform.openExternal ? platform.openExternal(url) : false),
    setEdited: async (edited: boolean) => platform.setEdited?.(edited),
    previewReport: async (request: ReportRequest) => reports.preview(request),
    exportReport: async (request: ReportRequest, jobId: string) => reports.export(request, jobId),
    reportProgress: async (jobId: string) => reports.progress(jobId),
    cancelReport: async (jobId: string) => reports.cancel(jobId),
  }

  const dispatch: Dispatch = async (operation, args) => {
    try {
      if (!isHostOperation(operation)) throw new HostError('bad-request', 'Unknown operation.')
      const parsed = PAYLOADS[operation].safeParse(args)
      if (!parsed.success) throw new HostError('bad-request', `Invalid arguments for ${operation}.`)
      const run = operations[operation] as (...a: unknown[]) => Promise<unknown>
      const value = await run(...parsed.data)
      return { ok: true, value: value === undefined ? null : value }
    } catch (e) {
      return { ok: false, error: toErrorInfo(e) }
    }
  }
  return { dispatch, operations }
}
