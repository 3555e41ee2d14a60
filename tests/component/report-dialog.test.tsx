// The report dialog: the options shape the request and the preview follows them; a running
// export shows its stages and can be stopped; a failure is one clear sentence; a finished
// browser-host export is downloaded; and the dialog opens from the toolbar and Ctrl+Shift+E.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { encodeHostError, type ReportExportResult, type ReportRequest, type ReportStage } from '../../shared/host-api.js'
import { createProject } from '../../shared/project/index.js'
import { I18nProvider } from '../../renderer/i18n/index.js'
import { App } from '../../renderer/app/App.js'
import { ReportDialog } from '../../renderer/report/ReportDialog.js'
import { createFakeHost, type FakeHost } from './fake-host.js'

afterEach(cleanup)
beforeEach(() => localStorage.clear())

const project = createProject('Modernisering art. 273f Sr', { label: 'a', format: 'md', content: 'x', source: null }, { label: 'b', format: 'md', content: 'y', source: null })

function open(host: FakeHost, onClose = vi.fn()) {
  render(<I18nProvider initial="nl"><ReportDialog host={host} project={project} defaultTitle="Modernisering art. 273f Sr" onClose={onClose} /></I18nProvider>)
  return { onClose, frame: () => screen.getByTitle('Voorbeeld van het rapport') as HTMLIFrameElement }
}

/** A host whose preview echoes the request, so the test sees what the options sent. */
function echoingHost(): FakeHost & { previews: ReportRequest[] } {
  const host = createFakeHost() as FakeHost & { previews: ReportRequest[] }
  host.previews = []
  host.previewReport = async (r) => {
    host.previews.push(r)
    return `<!doctype html><h1>${r.title}</h1><p>${r.view}/${r.format}/comments:${r.includeComments}/author:${r.author}</p>`
  }
  return host
}

describe('report dialog', () => {
  it('shows the preview in a sandboxed iframe and updates it when the options change', async () => {
    const host = echoingHost()
    const { frame } = open(host)
    await waitFor(() => expect(frame().getAttribute('srcdoc')).toContain('comparison/html/comments:true'))
    expect(frame().getAttribute('sandbox')).toBe('')
    expect(frame().getAttribute('srcdoc')).toContain('<h1>Modernisering art. 273f Sr</h1>')

    fireEvent.click(screen.getByLabelText('Drieluik (drie kolommen)'))
    await waitFor(() => expect(frame().getAttribute('srcdoc')).toContain('drieluik/html'))
    fireEvent.change(screen.getByLabelText('Bestandsformaat'), { target: { value: 'docx' } })
    await waitFor(() => expect(frame().getAttribute('srcdoc')).toContain('drieluik/docx'))
    expect(screen.getByText(/tabel met de huidige tekst/)).toBeTruthy()

    fireEvent.click(screen.getByLabelText('Opmerkingen'))
    fireEvent.change(screen.getByLabelText('Titel'), { target: { value: 'Drieluik 273f' } })
    await waitFor(() => expect(frame().getAttribute('srcdoc')).toContain('<h1>Drieluik 273f</h1>'))
    expect(frame().getAttribute('srcdoc')).toContain('comments:false')
  })

  it('offers only the formats of the view, and disables options that do not apply', async () => {
    const host = echoingHost()
    open(host)
    fireEvent.click(screen.getByLabelText('Wijzigingsopdrachten'))
    const formats = within(screen.getByLabelText('Bestandsformaat')).getAllByRole('option').map((o) => (o as HTMLOptionElement).value)
    expect(formats).toEqual(['text'])
    expect((screen.getByLabelText('Opmerkingen') as HTMLInputElement).disabled).toBe(true)
    expect((screen.getByLabelText('Bepalingen (strafuitsluiting)') as HTMLInputElement).disabled).toBe(true)
    await waitFor(() => expect(host.previews.at(-1)).toMatchObject({ view: 'amendments', format: 'text', includeComments: false, includeProvisions: false }))
    fireEvent.click(screen.getByLabelText('Consultatieverslag'))
    expect(within(screen.getByLabelText('Bestandsformaat')).getAllByRole('option').map((o) => (o as HTMLOptionElement).value)).toEqual(['html', 'pdf'])
  })

  it('shows the stages of a running export and stops it on cancel', async () => {
    const host = echoingHost()
    let stage: ReportStage = 'preparing'
    const jobs: string[] = []
    host.exportReport = (_r, jobId) => {
      jobs.push(jobId)
      return new Promise<ReportExportResult | null>(() => {}) // runs until cancelled
    }
    host.reportProgress = async () => stage
    host.cancelReport = vi.fn(async () => true)
    open(host)
    fireEvent.change(screen.getByLabelText('Bestandsformaat'), { target: { value: 'pdf' } })
    fireEvent.click(screen.getByRole('button', { name: 'Exporteren' }))
    const progress = await screen.findByRole('group', { name: 'Voortgang van de export' })
    expect(within(progress).getByText(/PDF opmaken/)).toBeTruthy()
    stage = 'comparing'
    await waitFor(() => expect(within(progress).getByText(/Vergelijken/).getAttribute('aria-current')).toBe('step'))
    expect(within(progress).getByText(/Teksten inlezen/).getAttribute('data-state')).toBe('done')
    expect((screen.getByRole('button', { name: 'Exporteren' }) as HTMLButtonElement).disabled).toBe(true)
    // The dialog stays usable: the preview still answers while the export runs.
    expect(screen.getByTitle('Voorbeeld van het rapport')).toBeTruthy()

    fireEvent.click(within(progress).getByRole('button', { name: 'Export afbreken' }))
    expect(host.cancelReport).toHaveBeenCalledWith(jobs[0])
    expect(screen.queryByRole('group', { name: 'Voortgang van de export' })).toBeNull()
    expect(screen.getByText('De export is afgebroken; er is niets opgeslagen.')).toBeTruthy()
  })

  it('says in one sentence why an export failed, never with a stack trace', async () => {
    const host = echoingHost()
    host.exportReport = async () => {
      throw new Error(encodeHostError({ code: 'pdf-unavailable', message: 'no Chromium found for PDF export' }))
    }
    open(host)
    fireEvent.click(screen.getByRole('button', { name: 'Exporteren' }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toMatch(/^Een PDF maken lukt niet: er is geen Chromium gevonden/)
    host.exportReport = async () => {
      const e = new Error('boom')
      e.stack = 'Error: boom\n    at render (/work/main/main/services/report-render.ts:12:3)'
      throw new Error(encodeHostError({ code: 'io', message: 'The operation failed.' }), { cause: e })
    }
    fireEvent.click(screen.getByRole('button', { name: 'Exporteren' }))
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Het rapport kon niet worden gemaakt: Het bestand kon niet worden gelezen of geschreven.'))
    expect(screen.getByRole('alert').textContent).not.toMatch(/\bat .*:\d+/)
  })

  it('downloads what the browser host hands back and remembers the author', async () => {
    const host = echoingHost()
    const requests: ReportRequest[] = []
    host.exportReport = async (r) => {
      requests.push(r)
      return { kind: 'download', fileName: 'Modernisering art. 273f Sr.docx', mimeType: 'application/octet-stream', base64: btoa('PK\u0003\u0004') }
    }
    const createObjectURL = vi.fn(() => 'blob:report')
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() })
    const clicked: string[] = []
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download)
    })
    open(host)
    fireEvent.change(screen.getByLabelText('Bestandsformaat'), { target: { value: 'docx' } })
    fireEvent.change(screen.getByLabelText('Auteur van de wijzigingen'), { target: { value: 'M. de Vries' } })
    fireEvent.click(screen.getByRole('button', { name: 'Exporteren' }))
    await screen.findByText('Modernisering art. 273f Sr.docx is gedownload (in de downloadmap van de browser).')
    expect(requests[0]).toMatchObject({ format: 'docx', author: 'M. de Vries' })
    expect(clicked).toEqual(['Modernisering art. 273f Sr.docx'])
    expect(((createObjectURL.mock.calls[0] as unknown[])[0] as Blob).size).toBe(4)
    click.mockRestore()

    cleanup()
    open(host)
    expect((screen.getByLabelText('Auteur van de wijzigingen') as HTMLInputElement).value).toBe('M. de Vries')
  })
})

describe('report dialog: comments that are not public', () => {
  const comment = (id: string, publishable?: boolean) => ({
    id, body: id, author: 'A', kind: 'opmerking' as const, status: 'open' as const, created: '2026-11-23T10:00:00Z',
    target: { version: 'proposed', unitPath: '', quote: { exact: '', prefix: '', suffix: '' }, position: { start: 0, end: 0 } },
    ...(publishable === undefined ? {} : { publishable }),
  })
  const render2 = (comments: ReturnType<typeof comment>[], language: 'nl' | 'en' = 'nl') => render(
    <I18nProvider initial={language}><ReportDialog host={echoingHost()} project={{ ...project, comments }} defaultTitle="T" onClose={vi.fn()} /></I18nProvider>,
  )

  it('says how many are left out, or that the report includes them, in the right number', async () => {
    render2([comment('a', true), comment('b', false), comment('c')])
    const box = screen.getByLabelText('Alleen openbare opmerkingen') as HTMLInputElement
    expect(box.checked).toBe(true)
    const note = '2 niet-openbare opmerkingen worden weggelaten; het rapport vermeldt dat.'
    expect(screen.getByText(note).id).toBe(box.getAttribute('aria-describedby'))
    fireEvent.click(box)
    expect(screen.getByText('Het rapport bevat 2 niet-openbare opmerkingen, met tekst: alleen voor intern gebruik.')).toBeTruthy()
    expect(screen.queryByText(note)).toBeNull()
    // No comments in the report: nothing to say.
    fireEvent.click(screen.getByLabelText('Opmerkingen'))
    expect(screen.queryByText(/niet-openbare/)).toBeNull()
    expect(box.getAttribute('aria-describedby')).toBeNull()
  })

  it('uses the singular for one, says nothing when all may be published, and speaks English', () => {
    render2([comment('a', true), comment('b', false)])
    expect(screen.getByText('1 niet-openbare opmerking wordt weggelaten; het rapport vermeldt dat.')).toBeTruthy()
    cleanup()
    render2([comment('a', true)])
    expect(screen.queryByText(/niet-openbare/)).toBeNull()
    cleanup()
    render2([comment('b', false), comment('c', false)], 'en')
    expect(screen.getByText('2 comments that are not public are left out; the report says so.')).toBeTruthy()
  })
})

describe('report dialog in the app', () => {
  it('opens from the toolbar and with Ctrl+Shift+E', async () => {
    const host = echoingHost()
    const { container } = render(<I18nProvider initial="nl"><App host={host} /></I18nProvider>)
    await waitFor(() => expect(container.querySelectorAll('table.side-by-side tbody tr').length).toBeGreaterThan(10))
    fireEvent.click(screen.getByRole('button', { name: 'Rapport exporteren…' }))
    expect(await screen.findByRole('heading', { name: 'Rapport exporteren' })).toBeTruthy()
    await waitFor(() => expect(host.previews.at(-1)?.project.versions[0]?.content).toContain('273f'))
    fireEvent.click(screen.getByRole('button', { name: 'Sluiten' }))
    expect(screen.queryByRole('heading', { name: 'Rapport exporteren' })).toBeNull()
    fireEvent.keyDown(window, { key: 'E', ctrlKey: true, shiftKey: true })
    expect(await screen.findByRole('heading', { name: 'Rapport exporteren' })).toBeTruthy()
  })
})
