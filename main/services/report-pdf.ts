import { existsSync } from 'node:fs'
import { escapeHtml } from '../../shared/report/escape.js'

/**
 * HTML report → PDF through a real headless Chromium (playwright-core's `page.pdf`), so the PDF
 * is exactly the HTML report paged: A4 (or the report's own @page size), with the title, the
 * version labels and the date in the header and "Pagina X van Y" in the footer. JavaScript is
 * off and the page is offline: the report needs neither, and a hostile text gains nothing.
 */
export interface PdfFrame {
  readonly title: string
  readonly versions: string
  readonly date: string
}

export class NoChromiumError extends Error {
  constructor() {
    super('no Chromium found for PDF export: install chromium (Debian: apt-get install chromium) or set RENVOOI_CHROMIUM to its path')
    this.name = 'NoChromiumError'
  }
}

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable']

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const wanted = env['RENVOOI_CHROMIUM']
  if (wanted !== undefined) {
    if (wanted && existsSync(wanted)) return wanted
    throw new NoChromiumError()
  }
  const found = CANDIDATES.find((p) => existsSync(p))
  if (!found) throw new NoChromiumError()
  return found
}

/**
 * Pages a report's HTML into a PDF. The CLI and the browser host use Chromium through
 * playwright-core (`htmlToPdf`); the desktop app prints with Electron's own Chromium
 * (main/electron/pdf-printer.ts), so a packaged app needs no browser installed.
 */
export type PdfPrinter = (html: string, frame: PdfFrame, signal?: AbortSignal) => Promise<Uint8Array>

/** A4 with room for the header and footer, the same for every printer. */
export const PDF_MARGINS_MM = { top: 20, bottom: 16, left: 14, right: 14 } as const

/** Header (title, version labels, date) and footer ("Pagina X van Y") in Chromium's template syntax; every value escaped. */
export function pdfHeaderFooter(frame: PdfFrame): { headerTemplate: string; footerTemplate: string } {
  const style = 'font:8px system-ui,sans-serif;color:#555;width:100%;margin:0 12mm;display:flex;justify-content:space-between;gap:8px'
  // A report without a title of its own is titled after the versions: say them once.
  const versions = frame.title.includes(frame.versions) ? '' : `<span>${escapeHtml(frame.versions)}</span>`
  return {
    headerTemplate: `<div style="${style}"><span>${escapeHtml(frame.title)}</span>${versions}<span>${escapeHtml(frame.date)}</span></div>`,
    footerTemplate: `<div style="${style};justify-content:center">Pagina&nbsp;<span class="pageNumber"></span>&nbsp;van&nbsp;<span class="totalPages"></span></div>`,
  }
}

/** `signal` stops the paging: the browser is closed and the promise rejects. */
export async function htmlToPdf(html: string, frame: PdfFrame, executablePath: string, signal?: AbortSignal): Promise<Buffer> {
  // Loaded by name at run time: bundled into the CLI, playwright-core would look for its own
  // files next to the bundle (it uses __dirname), so it stays in node_modules.
  const moduleName = 'playwright-core'
  const { chromium } = (await import(moduleName)) as typeof import('playwright-core')
  const browser = await chromium.launch({ executablePath })
  const stop = (): void => void browser.close().catch(() => {})
  signal?.addEventListener('abort', stop, { once: true })
  try {
    if (signal?.aborted) throw new Error('The export was cancelled.')
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true })
    const page = await context.newPage()
    await page.setContent(html, { waitUntil: 'load' })
    const m = PDF_MARGINS_MM
    return await page.pdf({
      format: 'A4',
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: true,
      ...pdfHeaderFooter(frame),
      margin: { top: `${m.top}mm`, bottom: `${m.bottom}mm`, left: `${m.left}mm`, right: `${m.right}mm` },
    })
  } finally {
    signal?.removeEventListener('abort', stop)
    await browser.close()
  }
}
