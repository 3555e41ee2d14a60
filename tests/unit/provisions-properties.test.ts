/**
 * Properties over every combination of parameters: the draft is well-formed Dutch prose of whole
 * sentences, it changes when a parameter that has wording changes, the parameters pass the
 * project schema, and inserting the draft into art. 273f is seen by the comparison as exactly one
 * inserted lid.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { compareTexts } from '../../shared/compare/index.js'
import { parseText } from '../../shared/parse/index.js'
import { coverage, draftDutchText, insertProvision, parametersSchema, SCHEDULE_4, type Link, type NonPunishmentParameters } from '../../shared/provisions/index.js'

const linkArb: fc.Arbitrary<Link> = fc.record({
  compulsion: fc.constantFrom('none', 'compelled', 'compelled-by-another-or-circumstances'),
  nexus: fc.constantFrom('direct-consequence', 'in-connection-with', 'none'),
  reasonablePerson: fc.constantFrom('none', 'no-realistic-alternative', 'would-do-that-act'),
})
const paramsArb: fc.Arbitrary<NonPunishmentParameters> = fc.record({
  offences: fc.oneof(
    fc.constant({ kind: 'all' as const }),
    fc.record({ kind: fc.constant('all-except' as const), listName: fc.constant('Schedule 4'), excluded: fc.subarray([...SCHEDULE_4]), complete: fc.boolean() }),
    fc.record({ kind: fc.constant('only-lighter' as const), maxYears: fc.integer({ min: 1, max: 20 }) }),
  ),
  link: linkArb,
  minors: fc.oneof(fc.constant({ kind: 'same' as const }), fc.record({ kind: fc.constant('own' as const), link: linkArb })),
  conditions: fc.subarray(['proportionality', 'victim-reports', 'gravity-exception'] as const),
  stage: fc.constantFrom('not-prosecuting', 'not-punishing', 'both'),
  burden: fc.constantFrom('defence-to-raise', 'prosecution-to-disprove', 'authority-assesses', 'unspecified'),
  discretion: fc.constantFrom('must', 'may'),
})

const current = parseText(readFileSync(fileURLToPath(new URL('../../samples/273f-current.md', import.meta.url)), 'utf8'), { name: '273f-current.md', format: 'md' }).text

describe('provisions (property)', () => {
  it('drafts whole sentences: capital first, a full stop last, no doubled spaces or punctuation', () => {
    fc.assert(
      fc.property(paramsArb, (p) => {
        const d = draftDutchText(p)
        for (const s of d.sentences) {
          expect(s).toMatch(/^[A-Z][^]*[a-zë]\.$/)
          expect(s).not.toMatch(/ {2}|,,|, ,|\.\.| ,| \./)
        }
        expect(d.text).toMatch(/slachtoffer van mensenhandel/)
      }),
      { numRuns: 400 },
    )
  })

  it('words what it is given: the reasonable-person test and the exclusions appear exactly when chosen', () => {
    fc.assert(
      fc.property(paramsArb, (p) => {
        const text = draftDutchText(p).text
        const usesReasonable = p.link.reasonablePerson !== 'none' || (p.minors.kind === 'own' && p.minors.link.reasonablePerson !== 'none')
        expect(text.includes('redelijk denkend persoon')).toBe(usesReasonable)
        expect(text.includes('niet van toepassing op')).toBe(p.offences.kind === 'all-except')
        expect(text.includes('de last aan te tonen')).toBe(p.burden === 'prosecution-to-disprove')
        expect(text.includes('tenzij de ernst van het feit')).toBe(p.conditions.includes('gravity-exception'))
      }),
      { numRuns: 400 },
    )
  })

  it('keeps coverage monotone: excluding offences never covers more', () => {
    fc.assert(
      fc.property(paramsArb, (p) => {
        const all = coverage({ ...p, offences: { kind: 'all' } })
        const mine = coverage(p)
        const covered = (r: typeof all) => r.forms.flatMap((f) => f.offences.filter((o) => o.covered).map((o) => `${f.form}/${o.offence.id}`))
        expect(covered(all)).toEqual(expect.arrayContaining(covered(mine)))
      }),
      { numRuns: 200 },
    )
  })

  it('passes the project schema and inserts as exactly one new lid', () => {
    fc.assert(
      fc.property(paramsArb, (p) => {
        expect(parametersSchema.parse(p)).toEqual(p)
        const r = insertProvision(current, draftDutchText(p).text, { as: 'lid', article: '273f' })
        const changed = compareTexts(current, r.text).changes.filter((c) => c.kind !== 'unchanged')
        expect(changed).toEqual([{ kind: 'inserted', old: [], new: ['artikel:273f/lid:8'] }])
      }),
      { numRuns: 40 },
    )
  })
})
