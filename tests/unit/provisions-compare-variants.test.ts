/** Variants side by side: the parameter table flags differences; the word redline shows their wording. */
import { describe, expect, it } from 'vitest'
import { compareVariants, getModel, variantFromModel, type Variant } from '../../shared/provisions/index.js'
import type { WordRun } from '../../shared/compare/types.js'

const side = (runs: readonly WordRun[], keep: 'delete' | 'insert'): string => runs.filter((r) => r.op === 'equal' || r.op === keep).map((r) => r.text).join('')
const uk = variantFromModel(getModel('uk-s45'))
const ni = variantFromModel(getModel('ni-s22'))

describe('compareVariants', () => {
  it('flags the rows where UK s. 45 and NI s. 22 differ, and only those', () => {
    const c = compareVariants([uk, ni])
    const differing = c.rows.filter((r) => r.differs).map((r) => r.parameter)
    expect(differing).toEqual(['offences', 'minors', 'burden'])
    const burden = c.rows.find((r) => r.parameter === 'burden')!
    expect(burden.values).toEqual(['verdachte voert het aan, OM moet het weerleggen', 'niet geregeld'])
  })

  it('redlines each variant\'s Dutch text against the first, reconstructing both', () => {
    const c = compareVariants([uk, ni, variantFromModel(getModel('be-433quinquies'))])
    expect(c.redlines.map((r) => r.other)).toEqual(['ni-s22', 'be-433quinquies'])
    const [toNi] = c.redlines
    expect(side(toNi!.runs, 'delete')).toBe(c.variants[0]!.text)
    expect(side(toNi!.runs, 'insert')).toBe(c.variants[1]!.text)
    expect(toNi!.runs.filter((r) => r.op === 'insert').map((r) => r.text).join('')).toMatch(/bij algemene maatregel .*bestuur aangewezen/)
    expect(toNi!.runs.filter((r) => r.op === 'delete').map((r) => r.text).join('')).toMatch(/volstaat/)
    expect(toNi!.similarity).toBeGreaterThan(0)
    expect(toNi!.similarity).toBeLessThan(1)
  })

  it('compares parameters as data: two exclusion lists of the same length still differ', () => {
    const params = uk.parameters
    if (params.offences.kind !== 'all-except') throw new Error('expected a list')
    const reversed: Variant = { ...uk, id: 'omgekeerd', parameters: { ...params, offences: { ...params.offences, excluded: [...params.offences.excluded].reverse() } } }
    const c = compareVariants([uk, reversed])
    const row = c.rows.find((r) => r.parameter === 'offences')!
    expect(row.values[0]).toBe(row.values[1])
    expect(row.differs).toBe(true)
  })

  it('uses a drafter\'s edited text instead of the template, and shows identical variants as equal', () => {
    const edited: Variant = { ...uk, id: 'bewerkt', text: 'Niet strafbaar is het slachtoffer.' }
    const c = compareVariants([uk, { ...uk, id: 'kopie' }, edited])
    expect(c.rows.every((r) => !r.differs)).toBe(true)
    expect(c.redlines[0]!.runs.every((r) => r.op === 'equal')).toBe(true)
    expect(c.variants[2]!.text).toBe('Niet strafbaar is het slachtoffer.')
    expect(compareVariants([]).redlines).toEqual([])
  })
})
