/**
 * Coverage per variant: which forms of exploitation of art. 273f lid 2 and which groups a clause
 * protects, and which serious offences it excludes. Expectations follow from the parameters and
 * the typical-offence table of shared/provisions/offences.ts.
 */
import { describe, expect, it } from 'vitest'
import { coverage, EXPLOITATION_FORMS, getModel, type CoverageReport, type NonPunishmentParameters } from '../../shared/provisions/index.js'

const form = (r: CoverageReport, id: string) => r.forms.find((f) => f.form === id)!
const excludedIds = (r: CoverageReport, id: string): string[] => form(r, id).offences.filter((o) => !o.covered).map((o) => o.offence.id)

describe('coverage of a variant', () => {
  it('lists the six forms of exploitation of art. 273f lid 2, in order', () => {
    const r = coverage(getModel('be-433quinquies').parameters)
    expect(r.forms.map((f) => f.form)).toEqual(EXPLOITATION_FORMS.map((f) => f.id))
    expect(r.forms).toHaveLength(6)
  })

  it('UK s. 45: victims of criminal exploitation only partly protected — robbery and recruiting others are excluded', () => {
    const r = coverage(getModel('uk-s45').parameters)
    expect(form(r, 'strafbare-activiteiten').status).toBe('partly')
    expect(excludedIds(r, 'strafbare-activiteiten')).toEqual(['straatroof', 'werving'])
    const robbery = form(r, 'strafbare-activiteiten').offences.find((o) => o.offence.id === 'straatroof')!
    expect(robbery.reason).toBe('uitgezonderd: diefstal met geweld (Schedule 4)')
    expect(robbery.status).toBe('unverified')
    expect(form(r, 'arbeid').status).toBe('covered')
    expect(form(r, 'prostitutie').status).toBe('partly')
    expect(r.excluded.map((e) => e.nl)).toContain('moord')
    expect(r.adults.compulsionRequired).toBe(true)
    expect(r.minors.compulsionRequired).toBe(false)
    expect(r.caveats.join(' ')).toMatch(/Schedule 4.*niet volledig bekend/)
  })

  it('Belgium § 5: every form covered, nothing excluded, no caveats', () => {
    const r = coverage(getModel('be-433quinquies').parameters)
    expect(r.forms.every((f) => f.status === 'covered')).toBe(true)
    expect(r.excluded).toEqual([])
    expect(r.caveats).toEqual([])
  })

  it('Germany § 154c: offences above the threshold fall out, and only those who report are protected', () => {
    const r = coverage(getModel('de-154c').parameters)
    expect(excludedIds(r, 'strafbare-activiteiten')).toEqual(['straatroof', 'werving'])
    expect(form(r, 'strafbare-activiteiten').offences.find((o) => o.offence.id === 'straatroof')?.reason).toBe('strafmaximum 9 jaar, meer dan 8 jaar')
    expect(r.caveats.join(' ')).toMatch(/aangifte/)
    expect(r.caveats.join(' ')).toMatch(/Bevoegdheid/)
  })

  it('a threshold can exclude a whole form', () => {
    const p: NonPunishmentParameters = { ...getModel('be-433quinquies').parameters, offences: { kind: 'only-lighter', maxYears: 2 } }
    const r = coverage(p)
    expect(form(r, 'strafbare-activiteiten').status).toBe('not-covered')
    expect(form(r, 'arbeid').status).toBe('partly') // begging (an overtreding) stays covered
  })

  it('minors under the adults\' test need compulsion too (Scotland)', () => {
    const r = coverage(getModel('scotland-s8').parameters)
    expect(r.minors.compulsionRequired).toBe(true)
    expect(r.minors.test).toBe(r.adults.test)
  })
})
