/**
 * The HostApi: every operation the renderer may ask of its host. The Electron preload implements
 * it over IPC, the browser host (main/web) over HTTP; both call the same main/services. Payloads
 * are plain JSON (structured clone strips prototypes), and every payload is validated on the host
 * side because the renderer is untrusted input.
 *
 * Failures reach the renderer as a rejected promise whose error carries a `HostErrorInfo`
 * (`code` + an English fallback `message`), so the renderer can show a message in the user's
 * language and never a stack trace.
 */
import type { TextFormat } from './model/types.js'
import type { ProjectFile } from './project/schema.js'

/** Which host runs the renderer: the desktop app or the browser host of `npm start`/e2e tests. */
export type HostKind = 'electron' | 'web'

export interface HostInfo {
  readonly kind: HostKind
  readonly version: string
  /** True when the host can show native open/save dialogs (Electron). */
  readonly nativeDialogs: boolean
}

/** A text file as read by the host; the renderer parses it (shared/parse is pure). */
export interface LoadedText {
  readonly name: string
  readonly format: TextFormat
  readonly content: string
  /** Hex SHA-256 of the file's bytes, for `versions[].source.sha256`. */
  readonly sha256: string
}

/** A text shipped with the app (samples/), e.g. the current and proposed art. 273f Sr. */
export interface SampleEntry {
  readonly id: string
  readonly name: string
}

/**
 * A project the host can open again. `handle` is opaque to the renderer: an absolute path in
 * Electron, a file name inside the projects folder in the browser host.
 */
export interface ProjectEntry {
  readonly handle: string
  readonly name: string
}

export interface OpenedProject extends ProjectEntry {
  readonly project: ProjectFile
}

/** The autosave copy written while a project has unsaved changes. */
export interface RecoveryEntry {
  readonly savedAt: string
  /** The project's own file, or null when it was never saved. */
  readonly handle: string | null
  readonly project: ProjectFile
}

/** Commands from the native menu (Electron) that the renderer carries out. */
export type MenuCommand =
  | 'new' | 'open-project' | 'open-recent' | 'save' | 'save-as' | 'open-current' | 'open-proposed'
  | 'undo' | 'redo' | 'view-side-by-side' | 'view-inline' | 'view-outline'
  | 'next-change' | 'previous-change' | 'language-nl' | 'language-en' | 'about' | 'export-report'

/** Why an operation failed; `code` lets the renderer word the message in Dutch or English. */
export type HostErrorCode =
  | 'not-found' | 'project-invalid' | 'project-too-new' | 'io' | 'bad-request' | 'forbidden' | 'unavailable'
  | 'pdf-unavailable' | 'busy'

/**
 * A report the renderer asks for: which view of the one report model (shared/report), in which
 * file format, from the project as it would be saved now. The host builds it with the same
 * pipeline as `renvooi report` (main/services/report-render.ts).
 */
export type ReportView = 'comparison' | 'drieluik' | 'amendments' | 'consultation'
export type ReportFileFormat = 'html' | 'pdf' | 'docx' | 'text'

/** The file formats each view can be written in (amendments are plain text for the Staatsblad copy). */
export const REPORT_FORMATS: { readonly [V in ReportView]: readonly ReportFileFormat[] } = {
  comparison: ['html', 'pdf', 'docx'],
  drieluik: ['html', 'pdf', 'docx'],
  amendments: ['text'],
  consultation: ['html', 'pdf'],
}

export interface ReportRequest {
  readonly project: ProjectFile
  readonly view: ReportView
  readonly format: ReportFileFormat
  /** '' takes the project's title. */
  readonly title: string
  /** Author of the tracked changes in DOCX. */
  readonly author: string
  readonly includeComments: boolean
  readonly includeProvisions: boolean
  /** Leave out comments that may not be published. */
  readonly publishableOnly: boolean
  /** Leave out units that did not change (HTML and PDF). */
  readonly changesOnly: boolean
  /** The regeling the amendment instructions amend ("Het Wetboek van Strafrecht"); '' or absent: taken from the current version's label. */
  readonly regeling?: string
}

/** Where a long export is; 'done' once the file is written or handed over. */
export type ReportStage = 'preparing' | 'comparing' | 'building' | 'rendering' | 'paging' | 'saving' | 'done'

/**
 * A finished export: written by the host after its native save dialog (Electron), or handed to
 * the renderer to download (browser host, which has no dialog and must not pick a place itself).
 */
export type ReportExportResult =
  | { readonly kind: 'saved'; readonly name: string }
  | { readonly kind: 'download'; readonly fileName: string; readonly mimeType: string; readonly base64: string }

export interface HostErrorInfo {
  readonly code: HostErrorCode
  readonly message: string
  /** The file concerned, as the user knows it (a name, not a full path where avoidable). */
  readonly file?: string
}

export interface HostApi {
  hostInfo(): Promise<HostInfo>
  /** Version string of the running app, e.g. "0.1.0". */
  appVersion(): Promise<string>
  listSamples(): Promise<SampleEntry[]>
  readSample(id: string): Promise<LoadedText>
  /** Native "open text file" dialog; resolves null when cancelled or when the host has none. */
  pickTextFile(): Promise<LoadedText | null>
  /** Projects the user can open without a dialog (browser host: the projects folder). */
  listProjects(): Promise<ProjectEntry[]>
  /** Opens a project; `null` asks with a native dialog (resolves null when cancelled). */
  openProject(handle: string | null): Promise<OpenedProject | null>
  /**
   * Saves atomically; `null` asks for a place (save-as). Resolves null when cancelled. In the
   * browser host `handle` is a file name inside the projects folder.
   */
  saveProject(project: ProjectFile, handle: string | null): Promise<ProjectEntry | null>
  recentProjects(): Promise<ProjectEntry[]>
  writeRecovery(project: ProjectFile, handle: string | null): Promise<void>
  readRecovery(): Promise<RecoveryEntry | null>
  discardRecovery(): Promise<void>
  /** Opens an allow-listed https address in the system browser; false when refused. */
  openExternal(url: string): Promise<boolean>
  /** The HTML the report would have, for the preview (DOCX and PDF show their HTML twin). */
  previewReport(request: ReportRequest): Promise<string>
  /**
   * Builds and writes (Electron: after a save dialog) or hands over (browser host) a report.
   * `jobId` (chosen by the renderer) lets `reportProgress` and `cancelReport` follow it. Resolves
   * null when the dialog or the export was cancelled.
   */
  exportReport(request: ReportRequest, jobId: string): Promise<ReportExportResult | null>
  /** The stage of a running export; null when no such export runs. */
  reportProgress(jobId: string): Promise<ReportStage | null>
  /** Stops a running export at its next stage; nothing is written. False when it was not running. */
  cancelReport(jobId: string): Promise<boolean>
  /** Tells the host whether there are unsaved changes (Electron asks before closing). */
  setEdited(edited: boolean): Promise<void>
  /**
   * Subscribes to native menu commands; returns the unsubscribe function. `handle` accompanies
   * 'open-recent' (the project chosen in the recent-files menu).
   */
  onMenuCommand(listener: (command: MenuCommand, handle?: string) => void): () => void
}

/** Operations that travel over IPC/HTTP (all but the local subscription). */
export type HostOperation = Exclude<keyof HostApi, 'onMenuCommand'>

export const HOST_OPERATIONS = [
  'hostInfo', 'appVersion', 'listSamples', 'readSample', 'pickTextFile', 'listProjects', 'openProject',
  'saveProject', 'recentProjects', 'writeRecovery', 'readRecovery', 'discardRecovery', 'openExternal', 'setEdited',
  'previewReport', 'exportReport', 'reportProgress', 'cancelReport',
] as const satisfies readonly HostOperation[]

/** IPC channel of an operation; main rejects every channel that is not one of these. */
export const ipcChannel = (op: HostOperation): string => `renvooi:${op}`

/** The IPC channel on which main sends menu commands to the renderer. */
export const MENU_CHANNEL = 'renvooi:menu'

/** Transport envelope: hosts never reject across the wire, they answer with this. */
export type HostReply<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: HostErrorInfo }

const ERROR_PREFIX = 'renvooi-host-error:'

/**
 * Hosts reject with `new Error(encodeHostError(info))`: only an Error's message survives
 * Electron's contextBridge, so the structured error travels inside it.
 */
export const encodeHostError = (info: HostErrorInfo): string => `${ERROR_PREFIX}${JSON.stringify(info)}`

/** The HostErrorInfo inside an error thrown by a host, or null for any other error. */
export function decodeHostError(error: unknown): HostErrorInfo | null {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : ''
  const at = message.indexOf(ERROR_PREFIX)
  if (at < 0) return null
  try {
    const info = JSON.parse(message.slice(at + ERROR_PREFIX.length)) as HostErrorInfo
    return typeof info.code === 'string' && typeof info.message === 'string' ? info : null
  } catch {
    return null
  }
}

/** Unwraps a transport reply, throwing the encoded error for failures. */
export function unwrapReply<T>(reply: HostReply<T>): T {
  if (reply.ok) return reply.value
  throw new Error(encodeHostError(reply.error))
}
