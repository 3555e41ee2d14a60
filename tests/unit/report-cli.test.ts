import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createProject, serializeProject } from '../../shared/project/index.js'
import { applyAmendments } from '../../shared/report/apply-amendments.js'
import { renvooi, sample, scratch } from '../helpers/cli.js'
import { CURRENT, docxParts, PROPOSED, sampleText } from './report-helpers.js'

const OLD = sample('273f-current.md')
const NEW = sample('273f-proposed.md')
const DATE = ['--date', '2026-11-23T14:00:00Z']
/** The reports state local time: each run names the zone, so no test depends on the machine's. */
const AMSTERDAM = { env: { TZ: 'Europe/Amsterdam' } }
const sha = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex')

/** A project with a comment on lid 9 of the proposal, anchored on words found in the text. */
function project(): string {
  const p = createProject('Modernisering art. 273f Sr',
    { label: 'Sr art. 273f (geldend)', format: 'md', content: sampleText('273f-current.md'), source: { name: '273f-current.md', sha256: sha(OLD) } },
    { label: 'Voorstel (consultatieversie)', format: 'md', content: sampleText('273f-proposed.md'), source: null })
  /** A target as the app records it: the quote with up to 32 characters either side. */
  const target = (version: string, unitPath: string, text: string, exact: string) => {
    const start = text.indexOf(exact)
    const end = start + exact.length
    return { version, unitPath, quote: { exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) }, position: { start, end } }
  }
  const comment = {
    id: 'c-1', target: target('proposed', 'artikel:273f/lid:9', PROPOSED.units[0]!.children[8]!.text, 'redelijk denkend persoon'),
    body: 'Is deze toets niet te streng?', author: 'A. Jansen', organisation: 'CKM', kind: 'bezwaar', status: 'open', publishable: true,
    reaction: 'De toets volgt MSA 2015.', replies: [], created: '2026-11-19T15:40:00Z',
  }
  const onCurrent = {
    // Onderdeel 3°, which the proposal drops.
    ...comment, id: 'c-2', target: target('current', 'artikel:273f/lid:1/onderdeel:3°', CURRENT.units[0]!.children[0]!.children[2]!.text, 'ontvoert'),
    body: 'Waarom vervalt ontvoering?', organisation: 'OM', publishable: false,
  }
  const dir = scratch({ 'p.renvooi': serializeProject({ ...p, comments: [comment, onCurrent] } as typeof p) })
  return path.join(dir, 'p.renvooi')
}

describe('renvooi report', () => {
  it('writes the HTML report of two text files, stating their names and SHA-256', () => {
    const r = renvooi(['report', OLD, NEW, '--format', 'html', ...DATE], AMSTERDAM)
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^<!doctype html>/)
    expect(r.stdout).toContain(sha(OLD))
    expect(r.stdout).toContain(sha(NEW))
    expect(r.stdout).toContain('Gemaakt op 23-11-2026 15:00 (UTC+01:00) met Renvooi')
  })

  it('states the time in the machine\'s time zone with its offset: summer time, and west of Greenwich', () => {
    const summer = renvooi(['report', OLD, NEW, '--format', 'consultation', '--date', '2026-07-01T12:00:00Z'], AMSTERDAM)
    expect(summer.status).toBe(0)
    expect(summer.stdout).toContain('Gemaakt op 01-07-2026 14:00 (UTC+02:00) met Renvooi')
    const west = renvooi(['report', OLD, NEW, '--format', 'drieluik', '--date', '2026-11-23T03:00:00+01:00'], { env: { TZ: 'America/New_York' } })
    expect(west.status).toBe(0)
    expect(west.stdout).toContain('Gemaakt op 22-11-2026 21:00 (UTC-05:00) met Renvooi')
    // Without --date: now, in the machine's zone.
    const now = renvooi(['report', OLD, NEW, '--format', 'html'], { env: { TZ: 'Asia/Kolkata' } })
    expect(now.stdout).toMatch(/Gemaakt op \d{2}-\d{2}-\d{4} \d{2}:\d{2} \(UTC\+05:30\) met Renvooi/)
  })

  it('reads a .renvooi project: its title, versions and comments', async () => {
    const file = project()
    const out = path.join(path.dirname(file), 'r.docx')
    const r = renvooi(['report', file, '--format', 'docx', '-o', out, '--author', 'M. de Wetgever', ...DATE])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const { document, comments } = await docxParts(readFileSync(out))
    expect(document).toContain('Modernisering art. 273f Sr')
    expect(document).toMatch(/<w:ins w:id="\d+" w:author="M. de Wetgever" w:date="2026-11-23T14:00:00.000Z"/)
    expect(comments).toContain('Is deze toets niet te streng?')
    expect(comments).toContain('De toets volgt MSA 2015.')
    // Each comment on its passage: the one on the current text on the deleted words.
    const range = (id: number): string => new RegExp(`<w:commentRangeStart w:id="${id}"/>([^]*?)<w:commentRangeEnd w:id="${id}"/>`).exec(document)![1]!
    expect(range(0)).toContain('<w:delText xml:space="preserve">ontvoert</w:delText>')
    expect(range(1)).toContain('redelijk denkend persoon')
  })

  it('writes every format', () => {
    const file = project()
    const dir = path.dirname(file)
    for (const format of ['html', 'drieluik', 'consultation', 'amendments', 'docx', 'drieluik-docx']) {
      const r = renvooi(['report', file, '--format', format, '-o', path.join(dir, `out-${format}`), ...DATE])
      expect(r.status, `${format}: ${r.stderr}`).toBe(0)
    }
    // Without --public the consultation report is internal: the response that may not be published
    // is there with its text, marked, under a notice; with --public it is left out and counted.
    const consultation = readFileSync(path.join(dir, 'out-consultation'), 'utf8')
    expect(consultation).toContain('Is deze toets niet te streng?')
    expect(consultation).toContain('Waarom vervalt ontvoering?')
    expect(consultation).toContain('Intern verslag, niet voor publicatie')
    expect(consultation).toContain('<tr><td>OM</td><td>1</td><td>0</td></tr>')
    const published = renvooi(['report', file, '--format', 'consultation', '--public', ...DATE]).stdout
    expect(published).toContain('Is deze toets niet te streng?')
    expect(published).not.toContain('Waarom vervalt ontvoering?') // not publishable
    expect(published).not.toContain('Intern verslag')
    expect(published).toContain('1 niet-openbare opmerking is niet opgenomen.')
    expect(published).toContain('1 opmerking op 1 onderdeel van de tekst.')
    expect(readFileSync(path.join(dir, 'out-docx')).subarray(0, 2).toString()).toBe('PK')
  })

  it('leaves out unchanged units and comments when asked', () => {
    const file = project()
    const all = renvooi(['report', file, '--format', 'html', ...DATE]).stdout
    const some = renvooi(['report', file, '--format', 'html', '--changes-only', '--no-comments', ...DATE]).stdout
    // Lid 1's lead-in is the same in both texts; lid 9 is new.
    expect(all).toContain('art. 273f, lid 1</div>')
    expect(some).not.toContain('art. 273f, lid 1</div>')
    expect(some).toContain('art. 273f, lid 9')
    expect(all).toContain('Is deze toets niet te streng?')
    expect(some).not.toContain('Is deze toets niet te streng?')
  })

  it('writes amendment instructions that turn the current text into the proposed one', () => {
    const r = renvooi(['report', OLD, NEW, '--format', 'amendments', '--regeling', 'Het Wetboek van Strafrecht'])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('Het Wetboek van Strafrecht wordt als volgt gewijzigd:')
    const result = applyAmendments(CURRENT, r.stdout)
    expect(JSON.stringify(result.units.map((u) => u.children.map((c) => c.text)))).toBe(JSON.stringify(PROPOSED.units.map((u) => u.children.map((c) => c.text))))
  })

  it('names the regeling from the current text\'s title when --regeling is not given, as the app does', () => {
    const r = renvooi(['report', sample('273f-current.xml'), NEW, '--format', 'amendments'])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^ARTIKEL I\n\nHet Wetboek van Strafrecht wordt als volgt gewijzigd:/)
  })

  it('explains every option with report --help, and lists them in the usage', () => {
    const r = renvooi(['report', '--help'])
    expect(r.status).toBe(0)
    for (const option of ['--regeling', '--public', '--changes-only', '--author', '--no-provisions']) expect(r.stdout).toContain(option)
    expect(renvooi(['--help']).stdout).toContain('renvooi report --help')
  })

  it.each([
    [['report'], /report needs a project file/],
    [['report', OLD, NEW], /report needs --format/],
    [['report', OLD, NEW, '--format', 'rtf'], /--format must be one of/],
    [['report', OLD, NEW, '--format', 'docx'], /give -o FILE/],
    [['report', OLD, NEW, '--format', 'html', '--date', 'gisteren'], /--date must be an ISO date/],
    [['report', '/nonexistent/a.md', NEW, '--format', 'html'], /a\.md: no such file/],
    [['report', OLD, '--format', 'html'], /273f-current\.md: not a Renvooi project/],
  ])('refuses %j with exit 2 and one line', (args, message) => {
    const r = renvooi(args as string[])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(message)
    expect(r.stderr.trim().split('\n')[0]).toMatch(/^renvooi: /)
    expect(r.stdout).toBe('')
  })

  it('leaves no file behind when the export fails, and keeps an existing one intact', () => {
    const dir = scratch({ 'bad.md': '\u0000\u0001 binary', 'keep.html': 'old report' })
    const r1 = renvooi(['report', OLD, NEW, '--format', 'html', '-o', path.join(dir, 'missing', 'r.html')])
    expect(r1.status).toBe(2)
    expect(r1.stderr).toMatch(/the folder does not exist/)
    const r2 = renvooi(['report', path.join(dir, 'bad.md'), NEW, '--format', 'html', '-o', path.join(dir, 'keep.html')])
    expect(r2.status).toBe(2)
    expect(readFileSync(path.join(dir, 'keep.html'), 'utf8')).toBe('old report')
    expect(readdirSync(dir).sort()).toEqual(['bad.md', 'keep.html'])
  })

  it('says so in one line when no Chromium is found for PDF', () => {
    const dir = scratch()
    const r = renvooi(['report', OLD, NEW, '--format', 'pdf', '-o', path.join(dir, 'r.pdf')], { env: { RENVOOI_CHROMIUM: '/nonexistent/chromium' } })
    expect(r.status).toBe(2)
    expect(r.stderr.trim()).toMatch(/^renvooi: no Chromium found for PDF export: install chromium .* or set RENVOOI_CHROMIUM/)
    expect(r.stderr.trim().split('\n').length).toBe(1)
    expect(readdirSync(dir)).toEqual([])
  })
})

const chromium = existsSync('/usr/bin/chromium')
const pdftoppm = spawnSync('pdftoppm', ['-v']).error === undefined
describe.skipIf(!chromium || !pdftoppm)('PDF through headless Chromium', () => {
  it('pages the report with its header and page numbers, and renders as an image', () => {
    const dir = scratch()
    const pdf = path.join(dir, 'r.pdf')
    const r = renvooi(['report', OLD, NEW, '--format', 'pdf', '-o', pdf, '--title', 'Consultatie 273f', ...DATE], AMSTERDAM)
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const bytes = readFileSync(pdf)
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' })
    if (!info.error) expect(Number(/Pages:\s+(\d+)/.exec(info.stdout)![1])).toBeGreaterThan(1)
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    if (!text.error) {
      expect(text.stdout).toContain('Consultatie 273f')
      expect(text.stdout).toMatch(/Pagina\s+1\s+van\s+\d+/)
      expect(text.stdout).toContain('23-11-2026 15:00 (UTC+01:00)')
    }
    // The drieluik and the consultation report page the same way, the drieluik in landscape.
    for (const format of ['drieluik-pdf', 'consultation-pdf']) {
      const out = path.join(dir, `${format}.pdf`)
      expect(renvooi(['report', OLD, NEW, '--format', format, '-o', out, ...DATE]).status).toBe(0)
      expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-')
    }
    const size = spawnSync('pdfinfo', [path.join(dir, 'drieluik-pdf.pdf')], { encoding: 'utf8' })
    if (!size.error) expect(size.stdout).toMatch(/Page size:\s+841\.\d+ x 59\d\.\d+ pts/)
    spawnSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', pdf, path.join(dir, 'page')])
    const png = readdirSync(dir).find((f) => f.startsWith('page') && f.endsWith('.png'))
    expect(png).toBeDefined()
    expect(readFileSync(path.join(dir, png!)).subarray(1, 4).toString()).toBe('PNG')
    // Kept outside the repository for a person to look at.
    const keep = path.join(tmpdir(), 'renvooi-report-artifacts')
    mkdirSync(keep, { recursive: true })
    copyFileSync(path.join(dir, png!), path.join(keep, 'report-pdf-page-1.png'))
  }, 60_000)
})
if (!chromium || !pdftoppm) console.info(`report-cli: PDF check skipped (${!chromium ? 'no /usr/bin/chromium' : 'no pdftoppm (Debian: poppler-utils)'})`)
