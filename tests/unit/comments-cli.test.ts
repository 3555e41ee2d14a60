import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { createProject, parseProject, serializeProject } from '../../shared/project/index.js'
import type { Comment } from '../../shared/comments/index.js'
import { renvooi, scratch } from '../helpers/cli.js'
import { commentOn, current273f, proposed273f, sampleText, unitText } from './comments-helpers.js'

const cur = current273f()
const pro = proposed273f()

function projectFile(comments: Comment[], files: Record<string, string> = {}): { dir: string; file: string } {
  const p = createProject('273f', { label: 'geldend', format: 'md', content: sampleText('273f-current.md'), source: null },
    { label: 'voorstel', format: 'md', content: sampleText('273f-proposed.md'), source: null })
  const dir = scratch({ 'p.renvooi': serializeProject({ ...p, comments }), ...files })
  return { dir, file: path.join(dir, 'p.renvooi') }
}

const onLid2 = commentOn(cur, 'current', 'artikel:273f/lid:2', 'Uitbuiting omvat ten minste', { id: 'c-1', author: 'A. Jansen', organisation: 'CKM', body: 'Ruimer?' })
const onDeleted = commentOn(cur, 'current', 'artikel:273f/lid:1/onderdeel:3°', 'een ander', { id: 'c-2', author: 'B', kind: 'bezwaar' })
const onLid9 = commentOn(pro, 'proposed', 'artikel:273f/lid:9', 'niet vereist', { id: 'c-3' })

describe('renvooi comments', () => {
  it('lists every comment where it is anchored in the compare.new version (JSON contract)', () => {
    const { file } = projectFile([onLid2, onDeleted, onLid9])
    const r = renvooi(['comments', file])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const at = unitText(pro, 'artikel:273f/lid:9').indexOf('niet vereist')
    expect(JSON.parse(r.stdout)).toEqual({
      format: 'renvooi.comments', version: 1, in: 'proposed',
      comments: [
        { id: 'c-1', state: 'anchored', unitPath: 'artikel:273f/lid:3', position: { start: 0, end: 27 }, quote: 'Uitbuiting omvat ten minste' },
        { id: 'c-2', state: 'orphaned', unitPath: null, position: null, quote: 'een ander', lastUnitPath: 'artikel:273f/lid:1/onderdeel:3°' },
        { id: 'c-3', state: 'anchored', unitPath: 'artikel:273f/lid:9', position: { start: at, end: at + 12 }, quote: 'niet vereist' },
      ],
    })
  })

  it('resolves in another version with --version, and writes CSV with --format csv', () => {
    const { file } = projectFile([onLid2, onDeleted, onLid9])
    const r = renvooi(['comments', file, '--version', 'current', '--format', 'csv'])
    expect(r.status).toBe(0)
    const rows = Papa.parse<string[]>(r.stdout.trim()).data
    expect(rows.map((row) => row.slice(0, 5))).toEqual([
      ['id', 'state', 'unitPath', 'start', 'end'],
      ['c-1', 'anchored', 'artikel:273f/lid:2', '0', '27'],
      ['c-2', 'anchored', 'artikel:273f/lid:1/onderdeel:3°', String(onDeleted.target.position.start), String(onDeleted.target.position.end)],
      // Lid 9 (non-punishment) is new in the proposal: nothing in the current text to anchor on.
      ['c-3', 'orphaned', '', '', ''],
    ])
    expect(rows[1]!.slice(7)).toEqual(['A. Jansen', 'CKM', 'opmerking', 'open', 'Ruimer?'])
  })

  it('refuses an unknown version, a damaged project and a bad format with one line and exit code 2', () => {
    const { dir, file } = projectFile([onLid2], { 'bad.renvooi': '{"format": "renvooi.project", "version": 1}' })
    for (const [args, message] of [
      [['comments', file, '--version', 'nvw'], /no version "nvw" in the project \(it has current, proposed\)/],
      [['comments', path.join(dir, 'bad.renvooi')], /bad\.renvooi: the project is damaged/],
      [['comments', file, '--format', 'xml'], /--format must be one of json, csv/],
      [['comments'], /comments needs one project file/],
    ] as const) {
      const r = renvooi([...args])
      expect(r.status).toBe(2)
      expect(r.stderr.trim().split('\n')[0]).toMatch(message)
    }
  })

  it('imports consultation responses into a new project file, naming the rows it skipped', () => {
    const csv = 'respondent;organisatie;openbaar;reactie;betreft\nA. Jansen;CKM;ja;Steun voor het negende lid.;273f, negende lid\nB;;ja;Algemeen.;\nC;;soms;Kapot;\n'
    const { dir, file } = projectFile([onLid2], { 'reacties.csv': csv })
    const out = path.join(dir, 'p2.renvooi')
    const r = renvooi(['comments', file, '--import', path.join(dir, 'reacties.csv'), '-o', out])
    expect(r.status).toBe(0)
    expect(r.stderr).toContain('reacties.csv: row 4: skipped: publishable must be ja, nee, true or false (got "soms")')
    expect(r.stderr).toContain('imported 2 response(s) (1 in the inbox), skipped 1')
    const p = parseProject(readFileSync(out, 'utf8'))
    expect(p.comments.map((c) => [c.author, c.source, c.target.unitPath])).toEqual([
      ['A. Jansen', undefined, 'artikel:273f/lid:2'],
      ['A. Jansen', 'consultation', 'artikel:273f/lid:9'],
      ['B', 'consultation', ''],
    ])
    // The new project lists, with the inbox response orphaned and without a last unit.
    const listed = JSON.parse(renvooi(['comments', out]).stdout)
    expect(listed.comments.at(-1)).toEqual({ id: p.comments[2]!.id, state: 'orphaned', unitPath: null, position: null, quote: '' })
  })

  it('imports JSON responses too, and explains itself with --help', () => {
    const json = JSON.stringify([{ respondent: 'A', publishable: false, text: 'Over onderdeel b.', about: 'art. 273f lid 1 onder b' }])
    const { dir, file } = projectFile([], { 'reacties.json': json })
    const out = path.join(dir, 'p2.renvooi')
    expect(renvooi(['comments', file, '--import', path.join(dir, 'reacties.json'), '-o', out]).status).toBe(0)
    const [c] = parseProject(readFileSync(out, 'utf8')).comments
    expect(c).toMatchObject({ author: 'A', publishable: false, source: 'consultation', target: { unitPath: 'artikel:273f/lid:1/onderdeel:b', quote: { exact: unitText(pro, 'artikel:273f/lid:1/onderdeel:b') } } })
    const help = renvooi(['comments', '--help'])
    expect(help.status).toBe(0)
    expect(help.stdout).toContain('renvooi comments PROJECT --import RESPONSES')
  })

  it('merges a reviewer\'s project without duplicates and refuses to write over an input', () => {
    const reviewer = commentOn(pro, 'proposed', 'artikel:273f/lid:7', 'kwetsbare positie', { id: 'c-1', author: 'Reviewer' })
    const { dir, file } = projectFile([onLid2])
    const theirs = path.join(dir, 'theirs.renvooi')
    const p = parseProject(readFileSync(file, 'utf8'))
    writeFileSync(theirs, serializeProject({ ...p, comments: [onLid2, reviewer] }))
    const out = path.join(dir, 'merged.renvooi')
    const r = renvooi(['comments', file, '--merge', theirs, '-o', out])
    expect(r.status).toBe(0)
    expect(r.stderr).toContain('merged 1 comment(s), 1 already present')
    const merged = parseProject(readFileSync(out, 'utf8'))
    expect(merged.comments.map((c) => [c.id, c.author, c.source ?? null])).toEqual([['c-1', 'A. Jansen', null], ['c-1-2', 'Reviewer', 'merged']])

    const before = readFileSync(file, 'utf8')
    const again = renvooi(['comments', file, '--merge', theirs, '-o', file])
    expect(again.status).toBe(2)
    expect(again.stderr).toMatch(/is also an input/)
    expect(readFileSync(file, 'utf8')).toBe(before)
  })
})
