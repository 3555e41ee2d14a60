import { describe, expect, it } from 'vitest'
import { approxSearch, editDistance, similarity } from '../../shared/comments/index.js'
import { MAX_CELLS } from '../../shared/comments/approx.js'

describe('bounded approximate matching', () => {
  it('measures edit distance and similarity', () => {
    expect(editDistance('strafbaar', 'strafbare')).toBe(2)
    expect(editDistance('', 'abc')).toBe(3)
    expect(similarity('', '')).toBe(1)
    expect(similarity('abcd', 'abXd')).toBe(0.75)
  })

  it('finds each place within the error bound once, as a range of the text', () => {
    const text = 'het slachtoffer, een slachtofer en de slachtoffers'
    const found = approxSearch(text, 'slachtoffer', 1)
    expect(found.map((m) => [text.slice(m.start, m.end), m.errors])).toEqual([['slachtoffer', 0], ['slachtofer', 1], ['slachtoffer', 0]])
  })

  it('finds nothing beyond the bound, for an empty pattern, or past the cell budget', () => {
    expect(approxSearch('geheel iets anders', 'slachtoffer', 2)).toEqual([])
    expect(approxSearch('abc', '', 0)).toEqual([])
    const huge = 'a'.repeat(Math.ceil(MAX_CELLS / 100) + 10)
    expect(approxSearch(huge, 'a'.repeat(100), 0)).toEqual([])
  })
})
