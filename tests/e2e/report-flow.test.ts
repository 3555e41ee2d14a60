/**
 * Reports in real Chromium through the browser host: open the export dialog on the art. 273f
 * sample, see the styled preview (the renderer's CSP admits the report stylesheets by hash) follow
 * the options, and export HTML and DOCX as downloads — the DOCX with real tracked changes.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Frame, Page } from 'playwright-core'
import { ARTIFACTS, chromiumAvailable, sampleSession } from './browser-harness.js'

describe.skipIf(!chromiumAvailable())('browser host: report export', () => {
  const session = sampleSession()
  const { errors } = session
  let page: Page
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'renvooi-downloads-'))
  beforeAll(() => {
    page = session.page
  })
  afterAll(() => fs.rmSync(downloads, { recursive: true, force: true }))

  const dialog = () => page.getByRole('dialog', { name: 'Rapport exporteren' })
  const preview = async (): Promise<Frame> => {
    const handle = await dialog().locator('iframe.report-preview-frame').elementHandle()
    return (await handle!.contentFrame())!
  }
  /** Waits until the preview shows `text` (it is rebuilt a moment after each change). */
  const previewShows = async (text: string): Promise<void> => {
    await expect.poll(async () => (await preview()).locator('body').innerText().catch(() => ''), { timeout: 15_000 }).toContain(text)
  }

  async function exportAndSave(): Promise<string> {
    const [download] = await Promise.all([page.waitForEvent('download'), dialog().getByRole('button', { name: 'Exporteren' }).click()])
    const file = path.join(downloads, download.suggestedFilename())
    await download.saveAs(file)
    return file
  }

  it('opens from the toolbar with a styled, sandboxed preview of the report', async () => {
    await page.getByRole('button', { name: 'Rapport exporteren…' }).click()
    await dialog().waitFor()
    await previewShows('Huidige tekst')
    const frame = dialog().locator('iframe.report-preview-frame')
    await expect(frame.getAttribute('sandbox')).resolves.toBe('')
    // The report's own stylesheet applies inside the preview: struck words are red.
    const del = (await preview()).locator('del').first()
    await expect(del.evaluate((el) => getComputedStyle(el).color)).resolves.toBe('rgb(170, 0, 0)')
    await page.screenshot({ path: path.join(ARTIFACTS, '40-report-dialog.png') })
  })

  it('follows the options: drieluik in three columns, changed units only', async () => {
    await dialog().getByLabel('Drieluik (drie kolommen)').check()
    await previewShows('Toelichting en opmerkingen')
    const before = await (await preview()).locator('tbody tr').count()
    await dialog().getByLabel('Alleen gewijzigde onderdelen').check()
    await expect.poll(async () => (await preview()).locator('tbody tr').count(), { timeout: 15_000 }).toBeLessThan(before)
    await page.screenshot({ path: path.join(ARTIFACTS, '41-report-drieluik.png') })
    await dialog().getByLabel('Alleen gewijzigde onderdelen').uncheck()
    await dialog().getByLabel('Vergelijking (renvooi)').check()
    await previewShows('Voorgestelde tekst')
  })

  it('exports HTML as a download', async () => {
    await dialog().getByLabel('Titel').fill('Rapport <273f> & consultatie')
    await previewShows('Rapport <273f> & consultatie')
    const file = await exportAndSave()
    expect(path.basename(file)).toBe('Rapport -273f- & consultatie.html')
    const html = fs.readFileSync(file, 'utf8')
    expect(html).toContain('<h1>Rapport &lt;273f&gt; &amp; consultatie</h1>')
    expect(html).toMatch(/<del>[^<]+<\/del>/)
    expect(html).not.toMatch(/<script/i)
    await expect(dialog().getByRole('status').filter({ hasText: 'is gedownload' }).innerText()).resolves.toContain('Rapport -273f- & consultatie.html')
  })

  it('exports Word with real tracked changes by the chosen author', async () => {
    await dialog().getByLabel('Bestandsformaat').selectOption('docx')
    await dialog().getByLabel('Auteur van de wijzigingen').fill('M. de Vries')
    const file = await exportAndSave()
    expect(file.endsWith('.docx')).toBe(true)
    const zip = await JSZip.loadAsync(fs.readFileSync(file))
    const document = (await zip.file('word/document.xml')!.async('string'))
    expect(document).toMatch(/<w:ins [^>]*w:author="M\. de Vries"/)
    expect(document).toMatch(/<w:del [^>]*w:author="M\. de Vries"/)
    expect(document).toContain('<w:delText')
    await page.screenshot({ path: path.join(ARTIFACTS, '42-report-exported.png') })
  })

  it('shows the stages of a PDF export and stops it on cancel', async () => {
    await dialog().getByLabel('Bestandsformaat').selectOption('pdf')
    await dialog().getByRole('button', { name: 'Exporteren' }).click()
    const progress = dialog().getByRole('group', { name: 'Voortgang van de export' })
    await progress.waitFor()
    await page.screenshot({ path: path.join(ARTIFACTS, '43-report-progress.png') })
    await progress.getByRole('button', { name: 'Export afbreken' }).click()
    await expect(dialog().getByRole('status').filter({ hasText: 'afgebroken' }).innerText()).resolves.toBe('De export is afgebroken; er is niets opgeslagen.')
    await expect(progress.count()).resolves.toBe(0)
  })

  it('closes, opens again with Ctrl+Shift+E and remembers the author', async () => {
    await dialog().getByRole('button', { name: 'Sluiten' }).click()
    await expect(dialog().count()).resolves.toBe(0)
    await page.keyboard.press('Control+Shift+E')
    await dialog().waitFor()
    await expect(dialog().getByLabel('Auteur van de wijzigingen').isDisabled()).resolves.toBe(true) // HTML: no tracked changes
    await dialog().getByLabel('Bestandsformaat').selectOption('docx')
    await expect(dialog().getByLabel('Auteur van de wijzigingen').inputValue()).resolves.toBe('M. de Vries')
    await page.keyboard.press('Escape')
    expect(errors).toEqual([])
  })
})
