import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { normalizeSpace } from '../../shared/model/normalize.js'

/** The plain definition that normalizeSpace's fast check for already-normal text must agree with. */
const reference = (t: string): string => t.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim()

describe('normalizeSpace', () => {
  const spaces = [' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2007', '\u202f', '\u2028', '\u3000', '\ufeff', '\u1680', '\v', '\f']

  it('agrees with the plain definition on text full of every kind of white space (property)', () => {
    const piece = fc.oneof(fc.constantFrom(...spaces), fc.string({ maxLength: 4 }), fc.constantFrom('lid', '1°.', 'a.', '\u0001'))
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
      const text = parts.join('')
      expect(normalizeSpace(text)).toBe(reference(text))
    }), { numRuns: 2000 })
  })

  it('returns normal text itself (no copy) and normalises the rest', () => {
    const normal = 'De verdachte wordt gestraft.'
    expect(normalizeSpace(normal)).toBe(normal)
    expect(normalizeSpace(' a')).toBe('a')
    expect(normalizeSpace('a ')).toBe('a')
    expect(normalizeSpace('a  b')).toBe('a b')
    expect(normalizeSpace('a\u00a0b')).toBe('a b')
    expect(normalizeSpace('a\nb')).toBe('a b')
    expect(normalizeSpace('')).toBe('')
  })
})
