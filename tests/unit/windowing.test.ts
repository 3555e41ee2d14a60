// The arithmetic behind the windowed (virtualised) comparison views: prefix sums of row heights,
// the rows covering a viewport, and the spacers that stand for the rows not rendered.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { RowHeights, covers, rangeFor, segments } from '../../renderer/views/windowing.js'
import { linesOf } from '../../renderer/views/windowed-rows.js'

const naiveOffset = (hs: readonly number[], i: number) => hs.slice(0, i).reduce((a, b) => a + b, 0)

describe('row heights', () => {
  it('gives offsets, the total and the row at an offset', () => {
    const h = new RowHeights([10, 20, 30, 40])
    expect([0, 1, 2, 3, 4].map((i) => h.offsetOf(i))).toEqual([0, 10, 30, 60, 100])
    expect(h.total()).toBe(100)
    expect(h.indexAt(-5)).toBe(0)
    expect(h.indexAt(0)).toBe(0)
    expect(h.indexAt(9.9)).toBe(0)
    expect(h.indexAt(10)).toBe(1)
    expect(h.indexAt(59)).toBe(2)
    expect(h.indexAt(60)).toBe(3)
    expect(h.indexAt(1000)).toBe(3)
    expect(new RowHeights([]).indexAt(5)).toBe(-1)
  })

  it('updates offsets when a measured height replaces an estimate', () => {
    const h = new RowHeights([10, 10, 10, 10, 10])
    expect(h.set(1, 35)).toBe(true)
    expect(h.set(1, 35)).toBe(false)
    expect(h.offsetOf(2)).toBe(45)
    expect(h.total()).toBe(75)
    expect(h.indexAt(44)).toBe(1)
    expect(h.height(1)).toBe(35)
  })

  it('agrees with plain sums for any heights and updates', () => {
    fc.assert(fc.property(
      fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 1, maxLength: 200 }),
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 500 })), { maxLength: 20 }),
      fc.nat(),
      (heights, updates, probe) => {
        const h = new RowHeights(heights)
        const plain = [...heights]
        for (const [i, v] of updates) {
          h.set(i % plain.length, v)
          plain[i % plain.length] = v
        }
        for (let i = 0; i <= plain.length; i++) expect(h.offsetOf(i)).toBe(naiveOffset(plain, i))
        const y = probe % (naiveOffset(plain, plain.length) + 1)
        const at = h.indexAt(y)
        // The row at y begins at or before y and (unless it is the last) ends after it.
        expect(naiveOffset(plain, at)).toBeLessThanOrEqual(y)
        if (at < plain.length - 1) expect(naiveOffset(plain, at + 1)).toBeGreaterThan(y)
      },
    ))
  })
})

describe('the window', () => {
  const h = new RowHeights(Array.from({ length: 1000 }, () => 50))

  it('covers the viewport and the overscan on both sides', () => {
    expect(rangeFor(h, 5000, 500, 0)).toEqual({ start: 100, end: 111 })
    expect(rangeFor(h, 5000, 500, 250)).toEqual({ start: 95, end: 116 })
    expect(rangeFor(h, 0, 500, 1000)).toEqual({ start: 0, end: 31 })
    expect(rangeFor(h, 49_800, 500, 1000)).toEqual({ start: 976, end: 1000 })
    expect(rangeFor(new RowHeights([]), 0, 500, 100)).toEqual({ start: 0, end: 0 })
  })

  it('tells whether a rendered window still covers what is needed', () => {
    expect(covers({ start: 10, end: 50 }, { start: 20, end: 30 })).toBe(true)
    expect(covers({ start: 10, end: 50 }, { start: 5, end: 30 })).toBe(false)
    expect(covers({ start: 10, end: 50 }, { start: 40, end: 51 })).toBe(false)
    expect(covers({ start: 10, end: 50 }, { start: 0, end: 0 })).toBe(true)
  })

  it('renders the window between spacers as high as the rows they replace', () => {
    expect(segments(h, { start: 100, end: 110 })).toEqual([
      { kind: 'spacer', start: 0, end: 100, height: 5000 },
      { kind: 'rows', start: 100, end: 110 },
      { kind: 'spacer', start: 110, end: 1000, height: 44_500 },
    ])
    // At the top: a first spacer of height 0 keeps the list's first child stable.
    expect(segments(h, { start: 0, end: 10 })[0]).toEqual({ kind: 'spacer', start: 0, end: 0, height: 0 })
  })

  it('keeps pinned rows (current, focused) rendered outside the window, in order', () => {
    const parts = segments(h, { start: 100, end: 110 }, [900, 5, 105, -1, 2000])
    expect(parts).toEqual([
      { kind: 'spacer', start: 0, end: 5, height: 250 },
      { kind: 'rows', start: 5, end: 6 },
      { kind: 'spacer', start: 6, end: 100, height: 4700 },
      { kind: 'rows', start: 100, end: 110 },
      { kind: 'spacer', start: 110, end: 900, height: 39_500 },
      { kind: 'rows', start: 900, end: 901 },
      { kind: 'spacer', start: 901, end: 1000, height: 4950 },
    ])
    // Rows and spacers together always account for the whole list.
    const sum = parts.reduce((a, p) => a + (p.kind === 'spacer' ? p.height : (p.end - p.start) * 50), 0)
    expect(sum).toBe(h.total())
  })

  it('merges a pinned row adjacent to the window', () => {
    expect(segments(h, { start: 100, end: 110 }, [110, 99]).filter((p) => p.kind === 'rows')).toEqual([{ kind: 'rows', start: 99, end: 111 }])
  })
})

describe('height estimates', () => {
  it('counts wrapped and hard lines of pre-wrapped text', () => {
    expect(linesOf('', 40)).toBe(1)
    expect(linesOf('x'.repeat(40), 40)).toBe(1)
    expect(linesOf('x'.repeat(41), 40)).toBe(2)
    expect(linesOf('a\nb\n' + 'x'.repeat(100), 40)).toBe(5)
  })
})
