import { describe, expect, it } from 'vitest'
import { mapComment, mapComments, resolveComment } from '../../shared/comments/index.js'
import { commentOn, legal } from './comments-helpers.js'

const L1 = 'Als schuldig aan mensenhandel wordt gestraft degene die een ander werft met het oogmerk van uitbuiting.'
const L2 = 'Niet strafbaar is het slachtoffer dat een strafbaar feit begaat dat rechtstreeks voortvloeit uit de uitbuiting.'
const L3 = 'Artikel 251 is van overeenkomstige toepassing.'
const NEW_LID = 'Een geheel nieuw lid over de verjaring van de vervolging, dat met de rest niets gemeen heeft.'
const LID2 = 'artikel:1/lid:2'
const Q = 'strafbaar feit'
const S = L2.indexOf(Q)

const before = legal({ 1: [L1, L2, L3] })
const withLid2 = (t: string) => legal({ 1: [L1, t, L3] })
const comment = commentOn(before, 'proposed', LID2, Q)

describe('carrying a comment through an edit of its unit', () => {
  it('shifts with text inserted before it and refreshes its context', () => {
    const edited = 'Ook: ' + L2
    const { comment: c, resolution } = mapComment(comment, before, withLid2(edited))
    expect(resolution).toMatchObject({ state: 'anchored', unitPath: LID2, position: { start: S + 5, end: S + 5 + Q.length }, quote: Q, method: 'mapped' })
    expect(c.target.position).toEqual({ start: S + 5, end: S + 5 + Q.length })
    expect(c.target.quote).toEqual({ exact: Q, prefix: edited.slice(S + 5 - 32, S + 5), suffix: edited.slice(S + 5 + Q.length, S + 5 + Q.length + 32) })
  })

  it('stays put when text is added after it, and words typed at either edge stay outside it', () => {
    expect(mapComment(comment, before, withLid2(L2 + ' Zie ook lid 3.')).resolution.position).toEqual({ start: S, end: S + Q.length })
    const wordAfter = L2.slice(0, S + Q.length) + ' zwaar' + L2.slice(S + Q.length)
    expect(mapComment(comment, before, withLid2(wordAfter)).resolution).toMatchObject({ quote: Q, position: { start: S } })
    const atStart = L2.slice(0, S) + 'zwaar ' + L2.slice(S)
    expect(mapComment(comment, before, withLid2(atStart)).resolution).toMatchObject({ quote: Q, position: { start: S + 6 } })
  })

  it('takes in letters typed onto its last word: a quote does not end inside a word being typed', () => {
    // "strafbaar feit" → "strafbaar feiten": the last word grew.
    const atEnd = L2.slice(0, S + Q.length) + 'en' + L2.slice(S + Q.length)
    expect(mapComment(comment, before, withLid2(atEnd)).resolution).toMatchObject({ quote: 'strafbaar feiten', position: { start: S } })
    // Key by key, as in the editor: "van overeenkomstige" → select "stige", type "ende".
    const L3c = commentOn(legal({ 1: [L1, L2, L3] }), 'proposed', 'artikel:1/lid:3', 'van overeenkomstige')
    const steps = ['Artikel 251 is van overeenkome toepassing.', 'Artikel 251 is van overeenkomen toepassing.', 'Artikel 251 is van overeenkomend toepassing.', 'Artikel 251 is van overeenkomende toepassing.']
    let c = L3c
    let prev = L3
    for (const step of steps) {
      const mapped = mapComment(c, legal({ 1: [L1, L2, prev] }), legal({ 1: [L1, L2, step] }))
      c = mapped.comment
      prev = step
    }
    expect(c.target.quote.exact).toBe('van overeenkomende')
    expect(c.target.quotedAs).toBe('van overeenkomstige')
    // Not at the start: a new word typed there letter by letter would be swallowed ("z…" + "uitbuiting").
    const before2 = L2.slice(0, S) + 'z' + L2.slice(S)
    expect(mapComment(comment, before, withLid2(before2)).resolution).toMatchObject({ quote: Q, position: { start: S + 1 } })
  })

  it('keeps covering the passage when words inside it are changed', () => {
    const edited = L2.replace('strafbaar feit', 'strafbaar misdrijf')
    const { comment: c, resolution } = mapComment(comment, before, withLid2(edited))
    expect(resolution).toMatchObject({ state: 'anchored', quote: 'strafbaar misdrijf', position: { start: S, end: S + 'strafbaar misdrijf'.length } })
    expect(c.target.quote.exact).toBe('strafbaar misdrijf')
    // The reviewer's own words are kept beside it, and stay the first ones through a second edit.
    expect(c.target.quotedAs).toBe(Q)
    const again = mapComment(c, withLid2(edited), withLid2(L2.replace('strafbaar feit', 'ernstig strafbaar misdrijf'))).comment
    expect(again.target.quotedAs).toBe(Q)
    // Edits around the passage leave its words, and so add nothing.
    expect(mapComment(comment, before, withLid2('Ook: ' + L2)).comment.target.quotedAs).toBeUndefined()
  })

  it('orphans (and marks) a comment whose passage was deleted, and anchors it again after undo', () => {
    const deleted = withLid2(L2.replace('een strafbaar feit begaat dat ', ''))
    const gone = mapComment(comment, before, deleted)
    expect(gone.resolution).toMatchObject({ state: 'orphaned', quote: Q, lastUnitPath: LID2 })
    expect(gone.comment.target).toMatchObject({ orphaned: 'passage', unitPath: LID2, quote: comment.target.quote, position: comment.target.position })
    expect(resolveComment(gone.comment, deleted).state).toBe('orphaned')

    const back = mapComment(gone.comment, deleted, before)
    expect(back.resolution).toMatchObject({ state: 'anchored', unitPath: LID2, position: { start: S, end: S + Q.length }, quote: Q })
    expect(back.comment.target.orphaned).toBeUndefined()
    expect(back.comment.target).toEqual(comment.target)
  })

  it('follows its lid when a lid inserted before it renumbers it', () => {
    const after = legal({ 1: [NEW_LID, L1, L2, L3] })
    const { comment: c, resolution } = mapComment(comment, before, after)
    expect(resolution).toMatchObject({ state: 'anchored', unitPath: 'artikel:1/lid:3', position: { start: S, end: S + Q.length } })
    expect(c.target.unitPath).toBe('artikel:1/lid:3')
  })

  it('lets an orphan follow its lid through renumbering, so undo of the deletion finds it there', () => {
    const deletedL2 = L2.replace('een strafbaar feit begaat dat ', '')
    const gone = mapComment(comment, before, withLid2(deletedL2)).comment
    const renumbered = mapComment(gone, withLid2(deletedL2), legal({ 1: [NEW_LID, L1, deletedL2, L3] }))
    expect(renumbered.resolution).toMatchObject({ state: 'orphaned', lastUnitPath: 'artikel:1/lid:3' })
    const back = mapComment(renumbered.comment, legal({ 1: [NEW_LID, L1, deletedL2, L3] }), legal({ 1: [NEW_LID, L1, L2, L3] }))
    expect(back.resolution).toMatchObject({ state: 'anchored', unitPath: 'artikel:1/lid:3', position: { start: S } })
  })

  it('orphans a comment whose lid was deleted without trusting its old path, which now names the next lid', () => {
    // Leden 2 and 3 read alike around "vijfde categorie" (as art. 273f leden 5 and 6 do).
    const l2 = 'Indien het feit zwaar letsel ten gevolge heeft, volgt een geldboete van de vijfde categorie.'
    const l3 = 'Indien het feit de dood ten gevolge heeft, volgt een geldboete van de vijfde categorie.'
    const t = legal({ 1: [L1, l2, l3] })
    const c = commentOn(t, 'v', LID2, 'vijfde categorie')
    const without = legal({ 1: [L1, l3] })
    const gone = mapComment(c, t, without)
    expect(gone.resolution).toMatchObject({ state: 'orphaned', lastUnitPath: LID2 })
    expect(gone.comment.target).toMatchObject({ orphaned: 'unit', unitPath: LID2 })
    // Lid 2 is now the old lid 3, with the same words and nearly the same context.
    expect(resolveComment(gone.comment, without).state).toBe('orphaned')
    expect(mapComment(gone.comment, without, legal({ 1: [L1, l3 + ' Zie ook lid 1.'] })).resolution.state).toBe('orphaned')
    const back = mapComment(gone.comment, without, t)
    expect(back.resolution).toMatchObject({ state: 'anchored', unitPath: LID2, position: c.target.position })
  })

  it('does not mistake the deletion of a repeated word before the quote for an edit of the quote', () => {
    const text = 'Zie de de bepalingen hierna.'
    const t = legal({ 1: [text] })
    const c = commentOn(t, 'v', 'artikel:1/lid:1', 'de bepalingen', {}, 0)
    expect(c.target.position.start).toBe(text.indexOf('de bepalingen'))
    // The first "de " is removed; a plain common-prefix diff would place the deletion inside the quote.
    const after = legal({ 1: ['Zie de bepalingen hierna.'] })
    expect(mapComment(c, t, after).resolution).toMatchObject({ state: 'anchored', quote: 'de bepalingen', position: { start: 4 } })
  })

  it('maps many comments with one comparison, each to its own place', () => {
    const c1 = commentOn(before, 'v', 'artikel:1/lid:1', 'het oogmerk')
    const c3 = commentOn(before, 'v', 'artikel:1/lid:3', 'overeenkomstige toepassing')
    const after = legal({ 1: [NEW_LID, L1, L2, L3] })
    const out = mapComments([c1, comment, c3], before, after)
    expect(out.map((m) => m.resolution.unitPath)).toEqual(['artikel:1/lid:2', 'artikel:1/lid:3', 'artikel:1/lid:4'])
    expect(out.map((m) => m.resolution.quote)).toEqual(['het oogmerk', Q, 'overeenkomstige toepassing'])
  })
})
