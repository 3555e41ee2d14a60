import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { walk } from '../../shared/model/path.js'
import { COMMENTS, COMPARISON, CURRENT, LID9, model, PROPOSED } from './report-helpers.js'
import { summary } from '../../shared/report/comparison-text.js'

describe('report model', () => {
  it('has every change of the comparison as a row, in order', () => {
    const m = model()
    expect(m.rows.map((r) => r.change.new.join('+') || r.change.old.join('+'))).toContain(LID9)
    expect(m.stats.merged).toBe(1)
  })

  it('cuts a merged unit into paragraphs whose break is a deleted paragraph mark', () => {
    const merged = model().rows.find((r) => r.change.kind === 'merged')!
    expect(merged.paragraphs.map((p) => [p.mark, p.oldNumber, p.newNumber])).toEqual([['delete', '2°.', '2.'], ['equal', '5°.', null]])
  })

  it('cuts a split unit into paragraphs whose break is an inserted paragraph mark', () => {
    const split = model().rows.find((r) => r.change.kind === 'split')!
    expect(split.paragraphs.map((p) => [p.mark, p.oldNumber, p.newNumber])).toEqual([['insert', '2°.', 'b.'], ['equal', null, 'c.']])
  })

  it('anchors a comment on exactly its quoted words', () => {
    const row = model().rows.find((r) => r.change.new[0] === LID9)!
    const pieces = row.paragraphs.flatMap((p) => p.pieces)
    const opened = pieces.findIndex((p) => p.opens.includes('c-lid9'))
    const closed = pieces.findIndex((p) => p.closes.includes('c-lid9'))
    expect(pieces.slice(opened, closed + 1).map((p) => p.text).join('')).toBe(COMMENTS[0]!.quote)
    expect(row.comments.map((c) => c.id)).toEqual(['c-lid9'])
  })

  it('never drops a comment: an orphan is listed as unplaced', () => {
    const m = model()
    expect(m.unplaced.map((c) => c.id)).toEqual(['c-orphan'])
    expect(m.comments.map((c) => c.id).sort()).toEqual(COMMENTS.map((c) => c.id).sort())
  })

  it('leaves comments out when asked, or only the unpublishable ones', () => {
    expect(model({ includeComments: false }).comments).toEqual([])
    expect(model({ publishableOnly: true }).comments.map((c) => c.id).sort()).toEqual(COMMENTS.filter((c) => c.publishable).map((c) => c.id).sort())
  })

  it('counts the comments it withheld because they may not be published', () => {
    expect(model({ publishableOnly: true }).withheld).toBe(COMMENTS.filter((c) => !c.publishable).length)
    expect(model({ publishableOnly: true }).withheld).toBe(1)
    expect(model().withheld).toBe(0)
    // Comments left out altogether are not "withheld as not publishable".
    expect(model({ includeComments: false, publishableOnly: true }).withheld).toBe(0)
  })

  it('treats a comment whose offsets fall outside its unit as unplaced', () => {
    const m = model({}, [{ ...COMMENTS[0]!, end: 10_000 }])
    expect(m.unplaced.length).toBe(1)
  })
})

describe('comment anchoring, for any passage', () => {
  const units = (text: typeof CURRENT, side: 'old' | 'new') => walk(text.units).filter((u) => u.text).map((u) => ({ u, side }))
  const all = [...units(CURRENT, 'old'), ...units(PROPOSED, 'new')]

  it('cuts the redline so that the highlighted pieces of its side spell exactly the passage', () => {
    fc.assert(fc.property(fc.nat({ max: all.length - 1 }), fc.nat(), fc.nat(), (i, a, b) => {
      const { u, side } = all[i]!
      const start = a % (u.text.length + 1)
      const end = start + (b % (u.text.length - start + 1))
      const c = { ...COMMENTS[0]!, id: 'p', side, unitPath: u.path, start, end, quote: u.text.slice(start, end) }
      const m = model({}, [c])
      const row = m.rows.find((r) => (side === 'old' ? r.oldUnits : r.newUnits).includes(u))!
      const pieces = row.paragraphs.flatMap((p, k) => (k ? [{ op: 'equal' as const, text: '\n', opens: [], closes: [] }, ...p.pieces] : p.pieces))
      // The pieces still spell both sides of the redline.
      const spell = (own: string): string => pieces.filter((p) => p.op === 'equal' || p.op === own).map((p) => p.text).join('')
      expect(spell('delete').replace(/\n/g, '')).toBe(row.oldUnits.map((x) => x.text).join(''))
      expect(spell('insert').replace(/\n/g, '')).toBe(row.newUnits.map((x) => x.text).join(''))
      const from = pieces.findIndex((p) => p.opens.includes('p'))
      const to = pieces.findIndex((p) => p.closes.includes('p'))
      expect(from).toBeGreaterThanOrEqual(0)
      expect(to).toBeGreaterThanOrEqual(from)
      const own = side === 'old' ? 'delete' : 'insert'
      const highlighted = pieces.slice(from, to + 1).filter((p) => p.op === 'equal' || p.op === own).map((p) => p.text).join('')
      if (start < end) expect(highlighted.replace(/\n/g, '')).toBe(c.quote.replace(/\n/g, ''))
    }), { numRuns: 300 })
  })
})

describe('the one-line summary', () => {
  it('tells how many unchanged units were only renumbered or moved (273f: leden 3, 6 and 7 → 4, 7 and 8)', () => {
    expect(summary(COMPARISON)).toBe('11 gewijzigd, 3 nieuw, 1 vervallen, 1 gesplitst, 1 samengevoegd, 5 ongewijzigd, waarvan 3 alleen vernummerd of verplaatst (20 → 22 eenheden)')
    expect(summary(COMPARISON, 'en')).toMatch(/5 unchanged, 3 of them only renumbered or moved \(20 → 22 units\)$/)
  })
})
