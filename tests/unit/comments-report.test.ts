import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import {
  commentsByUnit, commentsCsv, commentsDocument, commentsForReport, projectTexts, resolveInVersion, type Comment,
} from '../../shared/comments/index.js'
import { createProject } from '../../shared/project/index.js'
import { commentOn, current273f, proposed273f, sampleText, unitText } from './comments-helpers.js'

const cur = current273f()
const pro = proposed273f()
const project = createProject('273f', { label: 'geldend', format: 'md', content: sampleText('273f-current.md'), source: null },
  { label: 'voorstel', format: 'md', content: sampleText('273f-proposed.md'), source: null })
const inbox: Comment = {
  id: 'c-in', target: { version: 'proposed', unitPath: '', quote: { exact: '', prefix: '', suffix: '' }, position: { start: 0, end: 0 } },
  body: 'Algemeen', author: 'D', kind: 'steun', status: 'open', created: '', publishable: true, source: 'consultation',
}
const comments: Comment[] = [
  commentOn(pro, 'proposed', 'artikel:273f/lid:9', 'niet vereist', { id: 'c-9b', publishable: true, organisation: 'CKM' }),
  commentOn(cur, 'current', 'artikel:273f/lid:2', 'Uitbuiting omvat ten minste', { id: 'c-old', publishable: false }),
  commentOn(cur, 'current', 'artikel:273f/lid:1/onderdeel:3°', 'een ander', { id: 'c-gone', body: '=SUM(A1)' }),
  commentOn(pro, 'proposed', 'artikel:273f/lid:9', 'Niet strafbaar', { id: 'c-9a', publishable: true }),
  inbox,
]
const resolved = resolveInVersion(comments, 'proposed', projectTexts(project))

describe('comments resolved in one version', () => {
  it('lists every comment once, in project order, exactly as the renvooi.comments contract', () => {
    const lid9 = unitText(pro, 'artikel:273f/lid:9')
    const at = lid9.indexOf('niet vereist')
    expect(commentsDocument('proposed', resolved)).toEqual({
      format: 'renvooi.comments', version: 1, in: 'proposed',
      comments: [
        { id: 'c-9b', state: 'anchored', unitPath: 'artikel:273f/lid:9', position: { start: at, end: at + 12 }, quote: 'niet vereist' },
        { id: 'c-old', state: 'anchored', unitPath: 'artikel:273f/lid:3', position: { start: 0, end: 27 }, quote: 'Uitbuiting omvat ten minste' },
        { id: 'c-gone', state: 'orphaned', unitPath: null, position: null, quote: 'een ander', lastUnitPath: 'artikel:273f/lid:1/onderdeel:3°' },
        { id: 'c-9a', state: 'anchored', unitPath: 'artikel:273f/lid:9', position: { start: 0, end: 14 }, quote: 'Niet strafbaar' },
        { id: 'c-in', state: 'orphaned', unitPath: null, position: null, quote: '' },
      ],
    })
  })

  it('writes CSV with the same columns plus author, organisation, kind, status and body, formulas defused', () => {
    const rows = Papa.parse<string[]>(commentsCsv('proposed', resolved).trim()).data
    expect(rows[0]).toEqual(['id', 'state', 'unitPath', 'start', 'end', 'quote', 'lastUnitPath', 'author', 'organisation', 'kind', 'status', 'body'])
    expect(rows).toHaveLength(1 + comments.length)
    expect(rows[3]).toEqual(['c-gone', 'orphaned', '', '', '', 'een ander', 'artikel:273f/lid:1/onderdeel:3°', 'A. Jansen', '', 'opmerking', 'open', "'=SUM(A1)"])
  })

  it('gives the reports each comment with side, unit and offsets, grouped per unit in passage order', () => {
    const forReport = commentsForReport(resolved, 'new')
    expect(forReport.find((c) => c.id === 'c-9b')).toMatchObject({ side: 'new', unitPath: 'artikel:273f/lid:9', organisation: 'CKM', publishable: true, reaction: '', replies: [] })
    const { byUnit, orphaned } = commentsByUnit(forReport)
    expect(byUnit.get('artikel:273f/lid:9')!.map((c) => c.id)).toEqual(['c-9a', 'c-9b'])
    expect(byUnit.get('artikel:273f/lid:3')!.map((c) => c.id)).toEqual(['c-old'])
    expect(orphaned.map((c) => [c.id, c.unitPath, c.quote])).toEqual([['c-gone', null, 'een ander'], ['c-in', null, '']])
  })

  it('leaves out what may not be published (no answer counts as no) when asked', () => {
    expect(commentsForReport(resolved, 'new', { publishableOnly: true }).map((c) => c.id)).toEqual(['c-9b', 'c-9a', 'c-in'])
  })

  it('lists a comment on a version the project does not have as orphaned, never drops it', () => {
    const stray = { ...comments[0]!, id: 'c-x', target: { ...comments[0]!.target, version: 'elders' } }
    expect(resolveInVersion([stray], 'current', projectTexts(project))[0]!.resolution).toMatchObject({ state: 'orphaned', lastUnitPath: 'artikel:273f/lid:9' })
  })
})

describe('the reviewer\'s own quotation in the reports', () => {
  it('goes with a comment whose words were edited since, and not with one whose words are as quoted', () => {
    const edited = commentOn(pro, 'proposed', 'artikel:273f/lid:9', 'Niet strafbaar', { id: 'c-q' })
    const withOriginal: Comment = { ...edited, target: { ...edited.target, quotedAs: 'Niet vervolgbaar' } }
    const rows = commentsForReport(resolveInVersion([withOriginal, comments[3]!], 'proposed', projectTexts(project)), 'new')
    expect(rows[0]).toMatchObject({ quote: 'Niet strafbaar', quotedAs: 'Niet vervolgbaar' })
    expect(rows[1]).not.toHaveProperty('quotedAs')
  })
})
