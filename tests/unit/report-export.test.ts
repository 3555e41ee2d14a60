// The app's report export behind the HostApi: payload validation, the same pipeline as
// `renvooi report`, atomic writing after a (fake) native save dialog, the browser host's
// download, progress, cancel, and clear refusals of bad requests.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import type { HostReply, ReportExportResult, ReportRequest } from '../../shared/host-api.js'
import { createHash } from 'node:crypto'
import { createProject, withVersionContent } from '../../shared/project/index.js'
import { createHostService, type HostPlatform } from '../../main/services/host-service.js'
import { PAYLOADS } from '../../main/services/payloads.js'
import { suggestedFileName } from '../../main/services/report-export.js'
import { renderReport, ReportCancelled } from '../../main/services/report-render.js'
import { sourcesFromProject } from '../../main/services/report-sources.js'
import { regelingFromLabel } from '../../shared/report/regeling.js'
import { docxParts, sampleText } from './report-helpers.js'

vi.mock('electron', () => ({}))
const { menuTemplate } = await import('../../main/electron/menu.js')

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'renvooi-report-export-'))
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

const project = createProject('Modernisering art. 273f Sr',
  { label: 'Sr art. 273f (geldend)', format: 'md', content: sampleText('273f-current.md'), source: { name: '273f-current.md', sha256: 'a'.repeat(64) } },
  { label: 'Voorstel', format: 'md', content: sampleText('273f-proposed.md'), source: null })

const request = (extra: Partial<ReportRequest> = {}): ReportRequest => ({
  project, view: 'comparison', format: 'html', title: '', author: 'M. de Vries',
  includeComments: true, includeProvisions: true, publishableOnly: false, changesOnly: false, ...extra,
})

const webPlatform: HostPlatform = { kind: 'web', nativeDialogs: false, resolveProject: () => null, handleOf: (f) => f, listProjects: async () => [] }

function service(platform: Partial<HostPlatform> = {}, env: NodeJS.ProcessEnv = process.env) {
  return createHostService({ version: '1.2.3', samplesDir: tmp, stateDir: path.join(tmp, 'state'), platform: { ...webPlatform, ...platform }, env })
}

const ok = <T>(reply: HostReply<unknown>): T => {
  if (!reply.ok) throw new Error(`expected ok, got ${JSON.stringify(reply.error)}`)
  return reply.value as T
}

describe('report payloads', () => {
  it('accepts a well-formed request and job id', () => {
    expect(PAYLOADS.exportReport.safeParse([request(), '0b0e4c2a-9d1e-4f55-8a43-3c1f2b7e9a10']).success).toBe(true)
    expect(PAYLOADS.previewReport.safeParse([request({ view: 'amendments', format: 'text' })]).success).toBe(true)
  })

  it.each([
    ['a view in a format it has no rendering for', [request({ view: 'amendments', format: 'docx' }), 'job-12345678']],
    ['a consultation report as Word', [request({ view: 'consultation', format: 'docx' }), 'job-12345678']],
    ['an unknown format', [{ ...request(), format: 'exe' }, 'job-12345678']],
    ['an unknown key', [{ ...request(), outputPath: '/etc/passwd' }, 'job-12345678']],
    ['a control character in the title', [request({ title: 'a\u0000b' }), 'job-12345678']],
    ['an empty author', [request({ author: '' }), 'job-12345678']],
    ['an overlong title', [request({ title: 'x'.repeat(301) }), 'job-12345678']],
    ['a job id with a path in it', [request(), '../../etc/x']],
    ['a too short job id', [request(), 'abc']],
    ['no job id', [request()]],
  ])('refuses %s', (_why, args) => {
    expect(PAYLOADS.exportReport.safeParse(args).success).toBe(false)
  })

  it('refuses them over the dispatcher with bad-request, without a stack trace', async () => {
    const reply = await service().dispatch('exportReport', [request({ view: 'amendments', format: 'pdf' }), 'job-12345678'])
    expect(reply).toEqual({ ok: false, error: { code: 'bad-request', message: 'Invalid arguments for exportReport.' } })
    const damaged = await service().dispatch('previewReport', [request({ project: { format: 'renvooi.project', version: 1 } as never })])
    expect(damaged.ok).toBe(false)
    expect(!damaged.ok && damaged.error.code).toBe('bad-request')
    expect(JSON.stringify(damaged)).not.toMatch(/at .*\.ts:\d+/)
  })
})

describe('report preview', () => {
  it('is the HTML report of the chosen view, with the user\'s title escaped', async () => {
    const html = ok<string>(await service().dispatch('previewReport', [request({ title: '<script>alert(1)</script> 273f' })]))
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; 273f')
    expect(html).not.toContain('<script>')
    expect(html).toMatch(/<del>|<ins>/)
    const drieluik = ok<string>(await service().dispatch('previewReport', [request({ view: 'drieluik', format: 'docx' })]))
    expect(drieluik).toContain('Toelichting en opmerkingen')
    const amendments = ok<string>(await service().dispatch('previewReport', [request({ view: 'amendments', format: 'text' })]))
    expect(amendments).toContain('<p>ARTIKEL I</p>')
    expect(amendments).toContain('<p>Artikel 273f wordt als volgt gewijzigd:')
  })

  it('names the version that cannot be read', async () => {
    const broken = { ...project, versions: project.versions.map((v, i) => (i === 1 ? { ...v, format: 'bwb' as const, content: '<toestand><wetgeving' } : v)) }
    const reply = await service().dispatch('previewReport', [request({ project: broken })])
    expect(reply.ok).toBe(false)
    expect(!reply.ok && reply.error.code).toBe('project-invalid')
    expect(!reply.ok && reply.error.message).toContain('(version "proposed")')
  })
})

describe('report export', () => {
  it('hands the browser host the bytes to download: a DOCX with tracked changes by the author', async () => {
    const result = ok<ReportExportResult>(await service().dispatch('exportReport', [request({ format: 'docx' }), 'job-docx-0001']))
    expect(result).toMatchObject({ kind: 'download', fileName: 'Modernisering art. 273f Sr.docx', mimeType: expect.stringContaining('wordprocessingml') })
    const { document, settings } = await docxParts(Buffer.from((result as { base64: string }).base64, 'base64'))
    expect(document).toMatch(/<w:ins [^>]*w:author="M. de Vries"/)
    expect(document).toMatch(/<w:del [^>]*w:author="M. de Vries"/)
    expect(settings).toContain('trackRevisions')
  })

  it('writes atomically where the native dialog points, replacing an existing file whole', async () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'native-'))
    const target = path.join(dir, 'rapport.html')
    fs.writeFileSync(target, 'old report')
    const pickReportFile = vi.fn(async () => target)
    const result = await service({ kind: 'electron', nativeDialogs: true, pickReportFile }).dispatch('exportReport', [request({ title: 'Rapport 273f' }), 'job-native-01'])
    expect(ok(result)).toEqual({ kind: 'saved', name: 'rapport.html' })
    expect(pickReportFile).toHaveBeenCalledWith('Rapport 273f.html', '.html')
    expect(fs.readFileSync(target, 'utf8')).toMatch(/^<!doctype html>[\s\S]*Rapport 273f/)
    expect(fs.readdirSync(dir)).toEqual(['rapport.html']) // no temp file left behind
  })

  it('writes nothing when the save dialog is cancelled', async () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'cancel-dialog-'))
    const reply = await service({ kind: 'electron', nativeDialogs: true, pickReportFile: async () => null }).dispatch('exportReport', [request(), 'job-dialog-01'])
    expect(reply).toEqual({ ok: true, value: null })
    expect(fs.readdirSync(dir)).toEqual([])
  })

  it('reports its stage while it runs and writes nothing when cancelled', async () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'cancel-'))
    let release!: (file: string) => void
    const picked = new Promise<string>((resolve) => { release = resolve })
    const { dispatch } = service({ kind: 'electron', nativeDialogs: true, pickReportFile: () => picked })
    const running = dispatch('exportReport', [request({ format: 'docx' }), 'job-cancel-01'])
    await vi.waitFor(async () => expect(await dispatch('reportProgress', ['job-cancel-01'])).toEqual({ ok: true, value: 'preparing' }))
    expect(await dispatch('cancelReport', ['job-cancel-01'])).toEqual({ ok: true, value: true })
    release(path.join(dir, 'rapport.docx'))
    expect(await running).toEqual({ ok: true, value: null })
    expect(fs.readdirSync(dir)).toEqual([])
    expect(await dispatch('reportProgress', ['job-cancel-01'])).toEqual({ ok: true, value: null })
    expect(await dispatch('cancelReport', ['job-cancel-01'])).toEqual({ ok: true, value: false })
  })

  it('goes through every stage of the pipeline, in order', async () => {
    const sources = await sourcesFromProject(project, 'p')
    const stages: string[] = []
    const settings = { view: 'drieluik', format: 'docx', title: null, author: 'A', includeComments: true, includeProvisions: true, publishableOnly: false, changesOnly: false, date: '2026-11-23T14:00:00Z', renvooiVersion: 't' } as const
    await renderReport(sources, settings, { onStage: (s) => stages.push(s) })
    expect(stages).toEqual(['comparing', 'building', 'rendering'])
    const controller = new AbortController()
    controller.abort()
    await expect(renderReport(sources, settings, { signal: controller.signal })).rejects.toBeInstanceOf(ReportCancelled)
  })

  it('says clearly when there is no Chromium for a PDF', async () => {
    const reply = await service({}, { RENVOOI_CHROMIUM: path.join(tmp, 'no-such-chromium') }).dispatch('exportReport', [request({ format: 'pdf' }), 'job-nopdf-01'])
    expect(reply.ok).toBe(false)
    expect(!reply.ok && reply.error.code).toBe('pdf-unavailable')
    expect(!reply.ok && reply.error.message).toMatch(/no Chromium found/)
  })

  it('prints PDFs with the platform\'s own printer where it has one (Electron), needing no Chromium', async () => {
    const printed: Array<{ html: string; title: string }> = []
    const printPdf = async (html: string, frame: { title: string }) => {
      printed.push({ html, title: frame.title })
      return new TextEncoder().encode('%PDF-1.7 printed')
    }
    const reply = await service({ printPdf }, { RENVOOI_CHROMIUM: path.join(tmp, 'no-such-chromium') }).dispatch('exportReport', [request({ format: 'pdf', title: 'Rapport voor de consultatie' }), 'job-electronpdf'])
    const result = ok<{ kind: string; base64: string }>(reply)
    expect(Buffer.from(result.base64, 'base64').toString()).toBe('%PDF-1.7 printed')
    expect(printed).toHaveLength(1)
    // The PDF is printed from the HTML report of the same export.
    expect(printed[0]!.html).toMatch(/^<!doctype html>/i)
    expect(printed[0]!.html).toContain('<h1>Rapport voor de consultatie</h1>')
    expect(printed[0]!.title).toBe('Rapport voor de consultatie')
  })

  it('states the hash of the text as compared when a version was edited after loading', async () => {
    const content = sampleText('273f-proposed.md')
    const fileHash = createHash('sha256').update(content, 'utf8').digest('hex')
    const loaded = createProject('P', { label: 'Huidig', format: 'md', content: sampleText('273f-current.md'), source: null },
      { label: 'Voorstel', format: 'md', content, source: { name: '273f-proposed.md', sha256: fileHash } })
    const asLoaded = await sourcesFromProject(loaded, 'p.renvooi')
    expect(asLoaded.new).toEqual({ label: 'Voorstel', sourceName: '273f-proposed.md', sha256: fileHash })
    // Typed or pasted: no file, but the text compared is still identified.
    expect(asLoaded.old.comparedSha256).toMatch(/^[0-9a-f]{64}$/)

    const editedContent = content.replace('Niet strafbaar', 'Evenmin strafbaar')
    const edited = withVersionContent(loaded, loaded.compare.new, editedContent, 'md')
    const sources = await sourcesFromProject(edited, 'p.renvooi')
    expect(sources.new.sha256).toBe(fileHash)
    expect(sources.new.comparedSha256).toBe(createHash('sha256').update(editedContent, 'utf8').digest('hex'))
    const reply = await service().dispatch('previewReport', [{ ...request(), project: edited }])
    expect(ok<string>(reply)).toContain(`bewerkt na het laden; tekst zoals vergeleken: ${sources.new.comparedSha256}`)
  })

  it('names the regeling in the amendment instructions: as asked, else from the current version\'s label', async () => {
    const asked = ok<string>(await service().dispatch('previewReport', [request({ view: 'amendments', format: 'text', regeling: 'Het Wetboek van Strafvordering' })]))
    expect(asked).toContain('Het Wetboek van Strafvordering wordt als volgt gewijzigd:')
    // The sample's label is "Sr art. 273f (geldend)" here: no regeling in it, so the neutral wording.
    const neutral = ok<string>(await service().dispatch('previewReport', [request({ view: 'amendments', format: 'text' })]))
    expect(neutral).toContain('De regeling wordt als volgt gewijzigd:')
    expect(regelingFromLabel('Wetboek van Strafrecht, art. 273f (geldend)')).toBe('Het Wetboek van Strafrecht')
    expect(regelingFromLabel('Wet op de rechterlijke organisatie (tekst 2026)')).toBe('De Wet op de rechterlijke organisatie')
    expect(regelingFromLabel('Voorstel art. 273f Sr (illustratief)')).toBeNull()
  })

  it('suggests a file name a file system accepts', () => {
    expect(suggestedFileName('A/B: "C"?', 'drieluik', '.docx')).toBe('A-B- -C-- - drieluik.docx')
    expect(suggestedFileName('   ', 'amendments', '.txt')).toBe('Renvooi - wijzigingsopdrachten.txt')
  })
})

describe('export-report menu command', () => {
  it('is in the Bestand menu with Ctrl+Shift+E', () => {
    const send = vi.fn()
    const file = menuTemplate('nl', [], { send, openRecent: vi.fn() })[0]!
    const item = (file.submenu as Array<{ label?: string; accelerator?: string; click?: () => void }>).find((i) => i.label === 'Rapport exporteren…')!
    expect(item.accelerator).toBe('CmdOrCtrl+Shift+E')
    item.click!()
    expect(send).toHaveBeenCalledWith('export-report')
  })
})
