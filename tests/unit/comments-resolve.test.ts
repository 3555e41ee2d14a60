import { describe, expect, it } from 'vitest'
import { compareTexts } from '../../shared/compare/index.js'
import type { Comparison } from '../../shared/compare/types.js'
import { makeTarget, quoteAt, resolveComment, type Comment } from '../../shared/comments/index.js'
import { commentOn, current273f, legal, proposed273f, unitText } from './comments-helpers.js'

const L1 = 'Als schuldig aan mensenhandel wordt gestraft degene die een ander werft met het oogmerk van uitbuiting.'
const L2 = 'Niet strafbaar is het slachtoffer dat een strafbaar feit begaat dat rechtstreeks voortvloeit uit de uitbuiting.'
const L3 = 'Artikel 251 is van overeenkomstige toepassing.'
const NEW_LID = 'Een geheel nieuw lid over de verjaring van de vervolging, dat met de rest niets gemeen heeft.'
const LID2 = 'artikel:1/lid:2'

describe('comment targets', () => {
  it('stores the quote with at most 32 characters of context either side', () => {
    const start = L2.indexOf('strafbaar feit')
    const t = makeTarget('proposed', { path: LID2, text: L2 }, start, start + 'strafbaar feit'.length)
    expect(t.quote).toEqual({ exact: 'strafbaar feit', prefix: L2.slice(start - 32, start), suffix: L2.slice(start + 14, start + 14 + 32) })
    expect(t.quote.prefix).toHaveLength(32)
    expect(quoteAt('abc', 0, 1)).toEqual({ exact: 'a', prefix: '', suffix: 'bc' })
    expect(() => makeTarget('p', { path: LID2, text: 'kort' }, 2, 9)).toThrow(RangeError)
  })
})

describe('resolving a comment in its own version', () => {
  const text = legal({ 1: [L1, L2, L3] })

  it('is anchored by path and position while the quote is where it was', () => {
    const c = commentOn(text, 'v', LID2, 'strafbaar feit')
    const start = L2.indexOf('strafbaar feit')
    expect(resolveComment(c, text)).toEqual({
      state: 'anchored', unitPath: LID2, position: { start, end: start + 14 }, quote: 'strafbaar feit', score: 1, method: 'position',
    })
  })

  it('finds the quote by its words when text before it moved it', () => {
    const c = commentOn(text, 'v', LID2, 'strafbaar feit')
    const edited = 'Uitdrukkelijk geldt: ' + L2
    const r = resolveComment(c, legal({ 1: [L1, edited, L3] }))
    expect(r).toMatchObject({ state: 'anchored', unitPath: LID2, method: 'quote', quote: 'strafbaar feit' })
    expect(r.position).toEqual({ start: edited.indexOf('strafbaar feit'), end: edited.indexOf('strafbaar feit') + 14 })
  })

  it('follows a small edit inside the quote (fuzzy) and reports the text as it now reads', () => {
    const c = commentOn(text, 'v', LID2, 'het slachtoffer dat een strafbaar feit begaat')
    const edited = L2.replace('een strafbaar feit', 'een strafbare feit')
    const r = resolveComment(c, legal({ 1: [L1, edited, L3] }))
    expect(r).toMatchObject({ state: 'anchored', method: 'fuzzy', quote: 'het slachtoffer dat een strafbare feit begaat' })
    expect(r.position?.start).toBe(edited.indexOf('het slachtoffer'))
    expect(r.score).toBeLessThan(1)
  })

  it('does not anchor on a passage that is clearly different (hypothesis/client#258)', () => {
    const team = legal({ 1: ['Het team: Developer, Frontend en Backend werken samen.'] })
    const c = commentOn(team, 'v', 'artikel:1/lid:1', 'Developer, Frontend')
    const r = resolveComment(c, legal({ 1: ['Het team: developers and designers werken samen.'] }))
    expect(r).toMatchObject({ state: 'orphaned', unitPath: null, position: null, quote: 'Developer, Frontend', lastUnitPath: 'artikel:1/lid:1' })
  })

  it('keeps an inbox comment orphaned with no last unit', () => {
    const c: Comment = { ...commentOn(text, 'v', LID2, 'strafbaar'), target: { version: 'v', unitPath: '', quote: { exact: '', prefix: '', suffix: '' }, position: { start: 0, end: 0 } } }
    expect(resolveComment(c, text)).toEqual({ state: 'orphaned', unitPath: null, position: null, quote: '', lastUnitPath: null, score: 0 })
  })

  it('keeps a comment whose passage an edit deleted orphaned, however close a lookalike, until the text returns', () => {
    const c = commentOn(text, 'v', LID2, 'de uitbuiting')
    const marked: Comment = { ...c, target: { ...c.target, orphaned: 'passage' } }
    const lookalike = legal({ 1: [L1, 'Niet strafbaar is het slachtoffer; over de uitbuiting beslist de rechter.', L3] })
    expect(resolveComment(marked, lookalike).state).toBe('orphaned')
    expect(resolveComment(marked, text)).toMatchObject({ state: 'anchored', position: c.target.position })
  })

  it('anchors a comment on a whole unit with an empty own text (an article) by its path', () => {
    const c: Comment = { ...commentOn(text, 'v', LID2, 'strafbaar'), target: makeTarget('v', { path: 'artikel:1', text: '' }) }
    expect(resolveComment(c, text)).toMatchObject({ state: 'anchored', unitPath: 'artikel:1', position: { start: 0, end: 0 }, quote: '' })
  })
})

describe('resolving a comment in another version, through the comparison', () => {
  it('follows a renumbered lid (lid 2 became lid 3) where the path alone would be wrong', () => {
    const old = legal({ 1: [L1, L2, L3] })
    const next = legal({ 1: [NEW_LID, L1, L2, L3] })
    const c = commentOn(old, 'old', LID2, 'strafbaar feit')
    const start = L2.indexOf('strafbaar feit')
    expect(resolveComment(c, next, { source: old })).toMatchObject({ state: 'anchored', unitPath: 'artikel:1/lid:3', position: { start, end: start + 14 } })
    // By path only, lid 2 of the new text is the old lid 1, which does not hold the quote.
    expect(resolveComment(c, next).state).toBe('orphaned')
  })

  it('orphans a comment on a deleted unit rather than attach it to a unit that already had the same words', () => {
    const shared = 'degene die een ander door dwang, geweld of misleiding werft, vervoert of huisvest'
    const a = `${shared} met het oogmerk van uitbuiting.`
    const b = `${shared} met het oogmerk van verwijdering van organen.`
    const old = legal({ 1: [L1, a, b] })
    const next = legal({ 1: [L1, b] })
    const c = commentOn(old, 'old', LID2, 'geweld of misleiding')
    const cmp = compareTexts(old, next)
    expect(cmp.changes).toContainEqual(expect.objectContaining({ kind: 'deleted', old: [LID2] }))
    expect(resolveComment(c, next, { source: old, comparison: cmp })).toMatchObject({ state: 'orphaned', lastUnitPath: LID2 })
  })

  it('prefers the unit the comparison maps to over an equally good place elsewhere', () => {
    const passage = 'voor zover hij daartoe door een ander is gedwongen'
    const a = `Niet strafbaar is het slachtoffer ${passage}, aldus de wet.`
    const b = `Evenmin strafbaar is de helper ${passage}, aldus de wet.`
    const old = legal({ 1: [a, b] })
    // Words inserted before the passage in lid 1: the position no longer fits, the quote does.
    const a2 = `Niet strafbaar is naar het oordeel van de rechter het slachtoffer ${passage}, aldus de wet.`
    const next = legal({ 1: [a2, b] })
    const c = commentOn(old, 'old', 'artikel:1/lid:1', passage)
    const r = resolveComment(c, next, { source: old })
    expect(r).toMatchObject({ state: 'anchored', unitPath: 'artikel:1/lid:1', position: { start: a2.indexOf(passage) } })
  })

  it('orphans rather than guess when the unit was split into two parts that both hold the quote alike', () => {
    const s = 'De minister stelt over de registratie nadere regels.'
    const old = legal({ 1: [`${s} ${s}`] })
    const next = legal({ 1: [s, s] })
    // The second occurrence: after the split both new leden read the same around it.
    const c = commentOn(old, 'old', 'artikel:1/lid:1', 'nadere regels', {}, 1)
    const split: Comparison = {
      format: 'renvooi.comparison', version: 1, old: { label: 'old', units: 2 }, new: { label: 'new', units: 3 },
      changes: [
        { kind: 'unchanged', old: ['artikel:1'], new: ['artikel:1'] },
        { kind: 'split', old: ['artikel:1/lid:1'], new: ['artikel:1/lid:1', 'artikel:1/lid:2'] },
      ],
      stats: { unchanged: 1, modified: 0, inserted: 0, deleted: 0, split: 1, merged: 0 },
    }
    expect(resolveComment(c, next, { source: old, comparison: split }).state).toBe('orphaned')
  })

  it('finds a passage moved into a new unit when it is the only place with those words and that context', () => {
    const m = 'De rechter kan de schuldige ontzetten van de in artikel 28 genoemde rechten.'
    const old = legal({ 1: [L1, `${L2} ${m}`] })
    const next = legal({ 1: [L1, L2], 2: [`${m} Dit lid is nieuw.`] })
    const c = commentOn(old, 'old', LID2, 'ontzetten van de in artikel 28 genoemde rechten')
    const r = resolveComment(c, next, { source: old })
    expect(r).toMatchObject({ state: 'anchored', unitPath: 'artikel:2/lid:1', position: { start: m.indexOf('ontzetten') } })
  })
})

describe('art. 273f: current → proposed', () => {
  const cur = current273f()
  const pro = proposed273f()
  const cmp = compareTexts(cur, pro)
  const at = (path: string, quote: string): Comment => commentOn(cur, 'current', path, quote)

  it('follows lid 2 (uitbuiting) to lid 3', () => {
    const r = resolveComment(at('artikel:273f/lid:2', 'Uitbuiting omvat ten minste'), pro, { source: cur, comparison: cmp })
    expect(r).toMatchObject({ state: 'anchored', unitPath: 'artikel:273f/lid:3', position: { start: 0, end: 27 }, quote: 'Uitbuiting omvat ten minste' })
  })

  it('orphans a comment on the deleted onderdeel 3°, keeping its quote and last unit', () => {
    const r = resolveComment(at('artikel:273f/lid:1/onderdeel:3°', 'een ander'), pro, { source: cur, comparison: cmp })
    expect(r).toMatchObject({ state: 'orphaned', quote: 'een ander', lastUnitPath: 'artikel:273f/lid:1/onderdeel:3°' })
  })

  it('follows 4° to onderdeel b, where "onder 1°" now reads "onder a"', () => {
    const r = resolveComment(at('artikel:273f/lid:1/onderdeel:4°', 'met een van de onder 1° genoemde middelen'), pro, { source: cur, comparison: cmp })
    const b = unitText(pro, 'artikel:273f/lid:1/onderdeel:b')
    const start = b.indexOf('met een van de onder a genoemde middelen')
    expect(r).toMatchObject({ state: 'anchored', method: 'fuzzy', unitPath: 'artikel:273f/lid:1/onderdeel:b', position: { start, end: start + 40 } })
  })

  it('follows 6° (voordeeltrekking) to the new art. 273fa, lid 1, onder a', () => {
    const r = resolveComment(at('artikel:273f/lid:1/onderdeel:6°', 'opzettelijk voordeel trekt uit de uitbuiting'), pro, { source: cur, comparison: cmp })
    expect(r).toMatchObject({ state: 'anchored', unitPath: 'artikel:273fa/lid:1/onderdeel:a', quote: 'opzettelijk voordeel trekt uit de uitbuiting' })
  })
})

describe('a comment on a whole unit (consultation response about a lid)', () => {
  const lid9 = 'Niet strafbaar is het slachtoffer van mensenhandel dat een strafbaar feit begaat dat rechtstreeks voortvloeit uit de uitbuiting.'
  const old = legal({ 1: [L1, lid9] })
  const c: Comment = { ...commentOn(old, 'old', LID2, 'strafbaar feit'), target: makeTarget('old', { path: LID2, text: lid9 }) }

  it('follows its unit through renumbering and rewording, covering the unit\'s whole text there', () => {
    const reworded = lid9.replace('rechtstreeks voortvloeit uit', 'verband houdt met') + ' Dit geldt ook voor minderjarigen.'
    const next = legal({ 1: [NEW_LID, L1, reworded] })
    expect(resolveComment(c, next, { source: old })).toMatchObject({
      state: 'anchored', unitPath: 'artikel:1/lid:3', position: { start: 0, end: reworded.length }, quote: reworded, method: 'quote',
    })
  })

  it('is orphaned when its unit now says something else entirely', () => {
    const next = legal({ 1: [L1, 'De rechter kan de schuldige ontzetten van de in artikel 28 genoemde rechten.'] })
    expect(resolveComment(c, next).state).toBe('orphaned')
  })
})
