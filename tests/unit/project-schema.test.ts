import { describe, expect, it } from 'vitest'
import { PROJECT_VERSION, createProject, parseProject, serializeProject, validateProject, withVersionContent, ProjectLoadError } from '../../shared/project/index.js'

/** The example of contracts/project-json.md, abridged content. */
const example = {
  format: 'renvooi.project',
  version: 1,
  title: 'Modernisering art. 273f Sr',
  versions: [
    { id: 'current', label: 'Wetboek van Strafrecht, art. 273f (geldend)', format: 'md', source: { name: '273f-current.md', sha256: '9f2c' }, content: '# Artikel 273f\n\n1. Als schuldig …' },
    { id: 'proposed', label: 'Voorstel (consultatieversie)', format: 'md', source: null, content: '…' },
  ],
  compare: { old: 'current', new: 'proposed' },
  comments: [{
    id: 'c-7f3a',
    target: { version: 'proposed', unitPath: 'artikel:273f/lid:9', quote: { exact: 'niet strafbaar', prefix: 'is ', suffix: ' indien' }, position: { start: 118, end: 133 } },
    body: 'Ook minderjarigen zonder dwangvereiste?', author: 'A. Jansen', organisation: 'CKM', kind: 'opmerking', status: 'open',
    publishable: true, reaction: '', replies: [{ id: 'r-1', author: 'Wetgevingsjurist', body: 'Zie lid 9, tweede zin.', created: '2026-11-20T10:02:00Z' }],
    created: '2026-11-19T15:40:00Z', modified: '2026-11-20T10:02:00Z', source: 'typed',
  }],
  provisions: [],
  settings: {},
}

const problemOf = (json: string): string => {
  try {
    parseProject(json)
    return 'none'
  } catch (e) {
    return e instanceof ProjectLoadError ? e.problem : 'other'
  }
}

describe('project file schema', () => {
  it('reads the example of the contract', () => {
    const project = parseProject(JSON.stringify(example))
    expect(project.title).toBe('Modernisering art. 273f Sr')
    expect(project.comments[0]?.target.unitPath).toBe('artikel:273f/lid:9')
  })

  it('preserves unknown fields at every level through a load/save round trip', () => {
    const withExtras = {
      ...example,
      futureTopLevel: { keep: true },
      versions: [{ ...example.versions[0], checksumAlgo: 'sha256' }, example.versions[1]],
      comments: [{ ...example.comments[0], colour: 'geel', target: { ...example.comments[0]!.target, selector: 'x' } }],
      settings: { report: { drieluik: true } },
    }
    const again = JSON.parse(serializeProject(parseProject(JSON.stringify(withExtras))))
    expect(again).toEqual(withExtras)
  })

  it('refuses a newer version with a clear message instead of reading part of it', () => {
    const json = JSON.stringify({ ...example, version: PROJECT_VERSION + 1 })
    expect(problemOf(json)).toBe('too-new')
    expect(() => parseProject(json)).toThrow(/newer Renvooi/)
  })

  it.each([
    ['not JSON', '{ "format": '],
    ['not an object', '[1, 2]'],
    ['another format', JSON.stringify({ ...example, format: 'something.else' })],
    ['no version', JSON.stringify({ ...example, version: undefined })],
    ['a bad comment kind', JSON.stringify({ ...example, comments: [{ ...example.comments[0], kind: 'klacht' }] })],
    ['compare names a missing version', JSON.stringify({ ...example, compare: { old: 'current', new: 'elders' } })],
    ['duplicate version ids', JSON.stringify({ ...example, versions: [example.versions[0], example.versions[0]] })],
  ])('reports a damaged project: %s', (_name, json) => {
    expect(problemOf(json)).toBe('invalid')
  })

  it('names where a project is damaged', () => {
    const json = JSON.stringify({ ...example, versions: [{ ...example.versions[0], format: 'docx' }, example.versions[1]] })
    expect(() => parseProject(json)).toThrow(/versions\.0\.format/)
  })

  it('creates a valid project and replaces a version\'s content', () => {
    const p = createProject('t', { label: 'a', format: 'md', content: 'A', source: { name: 'a.md', sha256: 'x' } }, { label: 'b', format: 'bwb', content: 'B', source: null })
    expect(validateProject(p)).toEqual(p)
    const edited = withVersionContent(p, 'proposed', 'B2', 'md')
    expect(edited.versions[1]).toMatchObject({ id: 'proposed', content: 'B2', format: 'md', label: 'b' })
    expect(edited.versions[0]).toBe(p.versions[0])
  })
})
