/**
 * Electron's side of HostPlatform: native dialogs, and project handles that are absolute paths.
 * The renderer is untrusted, so it may only name files the user picked in a dialog, dropped, or
 * opened before (recent files) — never an arbitrary path.
 */
import path from 'node:path'
import type { Dialog, BrowserWindow } from 'electron'
import type { ProjectEntry } from '../../shared/host-api.js'
import type { HostPlatform } from '../services/host-service.js'
import type { PdfPrinter } from '../services/report-pdf.js'
import { PROJECT_EXTENSION, withProjectExtension } from '../services/project-store.js'
import { TEXT_EXTENSIONS } from '../services/text-files.js'

export interface ElectronPlatformDeps {
  readonly dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>
  readonly window: () => BrowserWindow | null
  readonly recent: () => Promise<string[]>
  readonly openExternal: (url: string) => Promise<boolean>
  readonly setEdited: (edited: boolean) => void
  readonly documentsDir: string
  readonly language: () => 'nl' | 'en'
  /** Report PDFs printed by Electron (pdf-printer.ts). */
  readonly printPdf?: PdfPrinter
}

export interface ElectronPlatform extends HostPlatform {
  /** Allows a file the user chose outside a dialog (drag-and-drop, recent-files menu). */
  grant(file: string): void
}

export function createElectronPlatform(deps: ElectronPlatformDeps): ElectronPlatform {
  const granted = new Set<string>()
  let recentCache: string[] = []
  const refreshRecent = () => deps.recent().then((r) => { recentCache = r }, () => {})
  void refreshRecent()

  const nl = () => deps.language() === 'nl'
  const projectFilter = () => ({ name: nl() ? 'Renvooi-project' : 'Renvooi project', extensions: [PROJECT_EXTENSION.slice(1)] })
  const withWindow = <T>(fn: (w: BrowserWindow | undefined) => Promise<T>) => fn(deps.window() ?? undefined)

  return {
    kind: 'electron',
    nativeDialogs: true,
    grant: (file) => void granted.add(path.resolve(file)),
    resolveProject(handle) {
      const file = path.resolve(handle)
      void refreshRecent()
      return granted.has(file) || recentCache.includes(file) ? file : null
    },
    handleOf: (file) => path.resolve(file),
    async listProjects(): Promise<ProjectEntry[]> {
      recentCache = await deps.recent()
      return recentCache.map((file) => ({ handle: file, name: path.basename(file) }))
    },
    async pickTextFile() {
      const result = await withWindow((w) => {
        const options = {
          title: nl() ? 'Tekst openen' : 'Open text',
          properties: ['openFile' as const],
          filters: [{ name: nl() ? 'Wetteksten' : 'Statute texts', extensions: Object.keys(TEXT_EXTENSIONS).map((e) => e.slice(1)) }],
        }
        return w ? deps.dialog.showOpenDialog(w, options) : deps.dialog.showOpenDialog(options)
      })
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    async pickProjectToOpen() {
      const result = await withWindow((w) => {
        const options = { title: nl() ? 'Project openen' : 'Open project', properties: ['openFile' as const], filters: [projectFilter()] }
        return w ? deps.dialog.showOpenDialog(w, options) : deps.dialog.showOpenDialog(options)
      })
      const file = result.canceled ? null : (result.filePaths[0] ?? null)
      if (file) granted.add(path.resolve(file))
      return file
    },
    async pickProjectToSave(suggestedName) {
      const safeName = suggestedName.replace(/[\\/:*?"<>|]/g, '-').slice(0, 120)
      const result = await withWindow((w) => {
        const options = { title: nl() ? 'Project opslaan' : 'Save project', defaultPath: path.join(deps.documentsDir, withProjectExtension(safeName)), filters: [projectFilter()] }
        return w ? deps.dialog.showSaveDialog(w, options) : deps.dialog.showSaveDialog(options)
      })
      if (result.canceled || !result.filePath) return null
      const file = path.resolve(withProjectExtension(result.filePath))
      granted.add(file)
      return file
    },
    async pickReportFile(suggestedName, extension) {
      // Dialog glue only: the report is built and written atomically by main/services/report-export.ts.
      const kind = extension.slice(1)
      const names: Record<string, [string, string]> = { html: ['Webpagina', 'Web page'], pdf: ['PDF', 'PDF'], docx: ['Word-document', 'Word document'], txt: ['Tekst', 'Text'] }
      const [nlName, enName] = names[kind] ?? [kind, kind]
      const result = await withWindow((w) => {
        const options = {
          title: nl() ? 'Rapport exporteren' : 'Export report',
          defaultPath: path.join(deps.documentsDir, suggestedName),
          filters: [{ name: nl() ? nlName : enName, extensions: [kind] }],
        }
        return w ? deps.dialog.showSaveDialog(w, options) : deps.dialog.showSaveDialog(options)
      })
      if (result.canceled || !result.filePath) return null
      return result.filePath.toLowerCase().endsWith(extension) ? result.filePath : `${result.filePath}${extension}`
    },
    openExternal: deps.openExternal,
    setEdited: deps.setEdited,
    ...(deps.printPdf ? { printPdf: deps.printPdf } : {}),
  }
}
