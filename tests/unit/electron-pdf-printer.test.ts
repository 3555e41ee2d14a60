import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
// The desktop app's PDF printer, tested without the Electron binary: `electron` is mocked and the
// window is a stand-in (engineering-notes C1), as in security-window.test.ts.
import { afterEach, describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({}))
const { createPdfPrinter, PRINT_WINDOW_OPTIONS } = await import('../../main/electron/pdf-printer.js')
type BrowserWindowConstructorOptions = typeof PRINT_WINDOW_OPTIONS

/** A stand-in for Electron's BrowserWindow: records what the printer asks of it. */
class FakeWindow {
  destroyed = false
  loaded: string | null = null
  loadedHtml: string | null = null
  printOptions: Record<string, unknown> | null = null
  constructor(readonly options: BrowserWindowConstructorOptions, private readonly behaviour: { failPrint?: boolean; holdPrint?: boolean } = {}) {}
  async loadFile(file: string): Promise<void> {
    this.loaded = file
    this.loadedHtml = fs.readFileSync(file, 'utf8')
  }
  destroy(): void { this.destroyed = true }
  isDestroyed(): boolean { return this.destroyed }
  readonly webContents = {
    printToPDF: async (options: Record<string, unknown>): Promise<Buffer> => {
      this.printOptions = options
      if (this.behaviour.failPrint) throw new Error('printing failed')
      if (this.behaviour.holdPrint) await new Promise(() => {})
      return Buffer.from('%PDF-1.7 fake')
    },
  }
}

const FRAME = { title: 'Vergelijking <script>alert(1)</script>', versions: 'huidig → voorstel', date: '23-11-2026' }

describe('PDF export in the desktop app (Electron printToPDF)', () => {
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'renvooi-printer-test-'))
  const leftovers = (): string[] => fs.readdirSync(tempDir)
  afterEach(() => expect(leftovers()).toEqual([]))

  it('prints the report in a hidden window that cannot run script, with header, footer and A4 margins', async () => {
    const windows: FakeWindow[] = []
    const print = createPdfPrinter({ tempDir, createWindow: (o) => { const w = new FakeWindow(o); windows.push(w); return w as never } })
    const pdf = await print('<html><body>rapport</body></html>', FRAME)
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7 fake')
    const [w] = windows
    expect(w!.options).toEqual(PRINT_WINDOW_OPTIONS)
    expect(w!.options.show).toBe(false)
    expect(w!.options.webPreferences).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false })
    expect(w!.options.webPreferences?.preload).toBeUndefined()
    expect(w!.loadedHtml).toBe('<html><body>rapport</body></html>')
    expect(w!.printOptions).toMatchObject({ pageSize: 'A4', printBackground: true, displayHeaderFooter: true, margins: { top: 0.787, bottom: 0.63, left: 0.551, right: 0.551 } })
    // The title is user text: escaped in the header template, which Chromium renders as HTML.
    expect(String(w!.printOptions!['headerTemplate'])).toContain('Vergelijking &lt;script&gt;')
    expect(String(w!.printOptions!['footerTemplate'])).toContain('class="pageNumber"')
    expect(w!.destroyed).toBe(true)
  })

  it('closes the window and removes the temp file when printing fails', async () => {
    let w: FakeWindow | undefined
    const print = createPdfPrinter({ tempDir, createWindow: (o) => (w = new FakeWindow(o, { failPrint: true })) as never })
    await expect(print('<p>x</p>', FRAME)).rejects.toThrow('printing failed')
    expect(w!.destroyed).toBe(true)
  })

  it('stops on cancel: the window is destroyed and the promise rejects', async () => {
    let w: FakeWindow | undefined
    const controller = new AbortController()
    const print = createPdfPrinter({ tempDir, createWindow: (o) => (w = new FakeWindow(o, { holdPrint: true })) as never })
    const running = print('<p>x</p>', FRAME, controller.signal)
    await new Promise((r) => setTimeout(r, 20))
    controller.abort()
    await expect(running).rejects.toThrow(/cancelled/)
    expect(w!.destroyed).toBe(true)
  })

  it('does not open a window when cancelled while the report is being written to disk', async () => {
    let opened = 0
    const controller = new AbortController()
    const print = createPdfPrinter({ tempDir, createWindow: (o) => { opened++; return new FakeWindow(o) as never } })
    // The printer runs up to its first await (making the temp folder) before this line aborts.
    const running = print('<p>x</p>', FRAME, controller.signal)
    controller.abort()
    await expect(running).rejects.toThrow(/cancelled/)
    expect(opened).toBe(0)
  })

  it('does not open a window for an export cancelled before it started', async () => {
    let opened = 0
    const controller = new AbortController()
    controller.abort()
    const print = createPdfPrinter({ tempDir, createWindow: (o) => { opened++; return new FakeWindow(o) as never } })
    await expect(print('<p>x</p>', FRAME, controller.signal)).rejects.toThrow(/cancelled/)
    expect(opened).toBe(0)
  })
})
