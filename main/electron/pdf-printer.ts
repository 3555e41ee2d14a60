/**
 * Report PDFs in the desktop app, printed by Electron's own Chromium (`webContents.printToPDF`),
 * so a packaged app needs no browser installed. The report HTML is loaded from a private temp
 * file into a hidden window that cannot run script, has no preload, no node, a sandbox and a
 * session of its own, and is destroyed after printing (or on cancel); the temp folder goes with it.
 * The header, footer and margins are the same as the CLI's PDFs (main/services/report-pdf.ts).
 *
 * `BrowserWindow` comes in as a dependency, so this glue is tested without the Electron binary.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron'
import { PDF_MARGINS_MM, pdfHeaderFooter, type PdfPrinter } from '../services/report-pdf.js'

type PrintWindow = Pick<BrowserWindow, 'loadFile' | 'destroy' | 'isDestroyed'> & { readonly webContents: Pick<BrowserWindow['webContents'], 'printToPDF'> }

export interface PdfPrinterDeps {
  readonly createWindow: (options: BrowserWindowConstructorOptions) => PrintWindow
  /** Where the temp folders go; the OS temp folder when absent. */
  readonly tempDir?: string
}

/** Options of the hidden print window: nothing in it may run or reach anything. */
export const PRINT_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  show: false,
  webPreferences: {
    javascript: false,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    webSecurity: true,
    images: true,
    partition: 'renvooi-print',
    spellcheck: false,
  },
}

const inches = (mm: number): number => Math.round((mm / 25.4) * 1000) / 1000

export function createPdfPrinter(deps: PdfPrinterDeps): PdfPrinter {
  return async (html, frame, signal) => {
    const cancelledError = (): Error => new Error('The export was cancelled.')
    if (signal?.aborted) throw cancelledError()
    const dir = await fs.mkdtemp(path.join(deps.tempDir ?? os.tmpdir(), 'renvooi-print-'))
    let win: PrintWindow | null = null
    const close = (): void => {
      if (win && !win.isDestroyed()) win.destroy()
    }
    let onAbort: (() => void) | undefined
    try {
      const file = path.join(dir, 'report.html')
      await fs.writeFile(file, html, { encoding: 'utf8', mode: 0o600 })
      // Cancelled while the file was written: no window at all.
      if (signal?.aborted) throw cancelledError()
      const w = deps.createWindow(PRINT_WINDOW_OPTIONS)
      win = w
      const cancelled = new Promise<never>((_, reject) => {
        onAbort = () => {
          close()
          reject(cancelledError())
        }
        signal?.addEventListener('abort', onAbort, { once: true })
      })
      cancelled.catch(() => {}) // raced below; unobserved when printing wins
      const m = PDF_MARGINS_MM
      const print = (async () => {
        await w.loadFile(file)
        if (signal?.aborted) throw cancelledError()
        return w.webContents.printToPDF({
          pageSize: 'A4',
          preferCSSPageSize: true,
          printBackground: true,
          displayHeaderFooter: true,
          ...pdfHeaderFooter(frame),
          margins: { top: inches(m.top), bottom: inches(m.bottom), left: inches(m.left), right: inches(m.right) },
        })
      })()
      return await Promise.race([print, cancelled])
    } finally {
      if (onAbort) signal?.removeEventListener('abort', onAbort)
      close()
      await fs.rm(dir, { recursive: true, force: true })
    }
  }
}
