import { describe, expect, it } from 'vitest'
import { mergeComments, type Comment } from '../../shared/comments/index.js'
import { mergeProjectComments } from '../../shared/comments/merge-projects.js'
import { createProject } from '../../shared/project/index.js'
import { commentOn, legal, sampleText } from './comments-helpers.js'
import { parseText } from '../../shared/parse/index.js'

const text = legal({ 1: ['Niet strafbaar is het slachtoffer dat een strafbaar feit begaat.', 'Artikel 251 is van overeenkomstige toepassing.'] })
const jansen = commentOn(text, 'proposed', 'artikel:1/lid:1', 'strafbaar feit', { id: 'c-1', author: 'A. Jansen', body: 'Welk feit?', source: 'typed' })
const reply = { id: 'r-1', author: 'Wetgevingsjurist', body: 'Elk feit.', created: '2026-11-20T10:00:00Z' }

describe('merging reviewers\' comments', () => {
  it('adds new comments with their authorship, marked merged, and skips the same comment from another file', () => {
    const devries: Comment = commentOn(text, 'proposed', 'artikel:1/lid:2', 'overeenkomstige toepassing', { id: 'c-1', author: 'B. de Vries', organisation: 'OM', body: 'Welke?' })
    const sameAsJansen: Comment = { ...jansen, id: 'c-99', body: ' Welk feit? ', source: 'typed', replies: [reply] }
    const r = mergeComments([jansen], [devries, sameAsJansen], [devries])
    expect(r).toMatchObject({ added: 1, duplicates: 2 })
    expect(r.comments).toHaveLength(2)
    // Ids never collide: the reviewer's c-1 becomes c-1-2.
    expect(r.comments[1]).toMatchObject({ id: 'c-1-2', author: 'B. de Vries', organisation: 'OM', source: 'merged', body: 'Welke?' })
    // The duplicate's reply is joined onto the comment already present, which keeps its source.
    expect(r.comments[0]).toMatchObject({ id: 'c-1', source: 'typed', replies: [reply] })
  })

  it('keeps two comments that differ in author, passage or text', () => {
    const other = commentOn(text, 'proposed', 'artikel:1/lid:1', 'het slachtoffer', { author: 'A. Jansen', body: 'Welk feit?' })
    const byOther: Comment = { ...jansen, author: 'C. Bakker' }
    const otherBody: Comment = { ...jansen, body: 'Wat voor feit?' }
    expect(mergeComments([jansen], [other, byOther, otherBody]).added).toBe(3)
  })
})

describe('merging a reviewer\'s project file', () => {
  const current = sampleText('273f-current.md')
  const proposed = sampleText('273f-proposed.md')
  const project = (content: string) => createProject('273f', { label: 'geldend', format: 'md', content: current, source: null }, { label: 'voorstel', format: 'md', content, source: null })

  it('carries comments made on an older copy of the text to where the words are now', () => {
    const theirs = project(proposed)
    const theirText = parseText(proposed, { name: 'p' }).text
    const quote = 'een redelijk denkend persoon'
    theirs.comments.push(commentOn(theirText, 'proposed', 'artikel:273f/lid:9', quote, { id: 'c-r', author: 'Reviewer' }))
    // Meanwhile, our proposed text gained words in lid 9 before the quoted passage.
    const edited = proposed.replace('voor zover hij daartoe', 'voor zover hij naar het oordeel van de rechter daartoe')
    expect(edited).not.toBe(proposed)
    const ours = project(edited)
    const r = mergeProjectComments(ours, [theirs])
    expect(r).toMatchObject({ added: 1, duplicates: 0, unknownVersion: 0 })
    const lid9 = parseText(edited, { name: 'p' }).text.units[0]!.children.find((u) => u.path === 'artikel:273f/lid:9')!.text
    expect(r.comments[0]!.target).toMatchObject({ unitPath: 'artikel:273f/lid:9', position: { start: lid9.indexOf(quote), end: lid9.indexOf(quote) + quote.length } })
    expect(r.comments[0]).toMatchObject({ author: 'Reviewer', source: 'merged' })
  })

  it('counts comments on a version this project does not have, and keeps them', () => {
    const theirs = project(proposed)
    theirs.comments.push({ ...jansen, target: { ...jansen.target, version: 'nota-van-wijziging' } })
    const r = mergeProjectComments(project(proposed), [theirs])
    expect(r).toMatchObject({ added: 1, unknownVersion: 1 })
  })
})
