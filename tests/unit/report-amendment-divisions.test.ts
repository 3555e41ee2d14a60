// Wijzigingsopdrachten for an article inserted at the start of a division (titel, hoofdstuk,
// afdeling, paragraaf): aanwijzing 6.11, toelichting — name the division ("Aan het begin van
// titel XVIII wordt een artikel ingevoegd, luidende:"), not "Voor artikel … wordt een artikel
// ingevoegd", which leaves open in which division the new article stands.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareTexts } from '../../shared/compare/index.js'
import { walk } from '../../shared/model/path.js'
import type { DivisionType, LegalText, Unit } from '../../shared/model/types.js'
import { amendmentsFor, amendmentsToText } from '../../shared/report/amendments.js'
import { applyAmendments } from '../../shared/report/apply-amendments.js'

const art = (number: string, text = `Tekst van artikel ${number}.`): Unit => ({ type: 'artikel', number, path: `artikel:${number}`, text, children: [] })
const div = (type: DivisionType, number: string, children: Unit[], parent = ''): Unit => {
  const path = `${parent ? `${parent}/` : ''}${type}:${number}`
  // Children that are divisions get their path under this one.
  const fixed = children.map((c) => (c.type === 'artikel' ? c : div(c.type as DivisionType, c.number, c.children as Unit[], path)))
  return { type, number, path, heading: `${type} ${number}`, text: '', children: fixed }
}
const text = (units: Unit[], label = 'x'): LegalText => ({ label, source: 'test', units })

/** The articles in order, with their texts: what the instructions must get right. */
const articles = (t: LegalText): unknown => walk(t.units).filter((u) => u.type === 'artikel').map((u) => [u.number, u.text])

function amend(oldText: LegalText, newText: LegalText): string {
  return amendmentsToText(amendmentsFor(oldText, newText, compareTexts(oldText, newText)), { regeling: 'Het Wetboek van Strafrecht' })
}

function roundTrip(oldText: LegalText, newText: LegalText): string {
  const instructions = amend(oldText, newText)
  expect(articles(applyAmendments(oldText, instructions)), instructions).toEqual(articles(newText))
  return instructions
}

describe('an article inserted at the start of a division', () => {
  const current = text([div('boek', '2', [
    div('titeldeel', 'XVII', [art('270'), art('271')]),
    div('titeldeel', 'XVIII', [art('273f'), art('274')]),
  ])])

  it('names the titel it opens, not the article it precedes or follows', () => {
    const proposed = text([div('boek', '2', [
      div('titeldeel', 'XVII', [art('270'), art('271')]),
      div('titeldeel', 'XVIII', [art('273a', 'Een nieuw artikel over uitbuiting.'), art('273f'), art('274')]),
    ])])
    const instructions = roundTrip(current, proposed)
    expect(instructions).toContain('A\n\nAan het begin van titel XVIII wordt een artikel ingevoegd, luidende:\n    Artikel 273a\n')
    expect(instructions).not.toMatch(/(?:Voor|Na) artikel \S+ wordt een artikel ingevoegd/)
  })

  it('names the hoofdstuk when the new article is the first of the whole text', () => {
    const old = text([div('hoofdstuk', '1', [art('2'), art('3')]), div('hoofdstuk', '2', [art('4')])])
    const proposed = text([div('hoofdstuk', '1', [art('1', 'Begripsbepalingen.'), art('2'), art('3')]), div('hoofdstuk', '2', [art('4')])])
    const instructions = roundTrip(old, proposed)
    expect(instructions).toContain('Aan het begin van hoofdstuk 1 wordt een artikel ingevoegd, luidende:')
    expect(instructions).not.toContain('Voor artikel 2')
  })

  it('names the innermost division (a paragraaf in a hoofdstuk), and its parent where the number recurs', () => {
    const old = text([
      div('hoofdstuk', '1', [div('paragraaf', '1', [art('1')]), div('paragraaf', '2', [art('3')])]),
      div('hoofdstuk', '2', [div('paragraaf', '1', [art('5')]), div('paragraaf', '2', [art('7')])]),
    ])
    const proposed = text([
      div('hoofdstuk', '1', [div('paragraaf', '1', [art('1')]), div('paragraaf', '2', [art('3')])]),
      div('hoofdstuk', '2', [div('paragraaf', '1', [art('5')]), div('paragraaf', '2', [art('6', 'Nieuw.'), art('7')])]),
    ])
    expect(roundTrip(old, proposed)).toContain('Aan het begin van paragraaf 2 van hoofdstuk 2 wordt een artikel ingevoegd, luidende:')
  })

  it('keeps "Na artikel …" for an article inside a division, and "Voor artikel …" where there are no divisions', () => {
    const proposed = text([div('boek', '2', [
      div('titeldeel', 'XVII', [art('270'), art('271')]),
      div('titeldeel', 'XVIII', [art('273f'), art('273fa', 'Nieuw.'), art('274')]),
    ])])
    expect(roundTrip(current, proposed)).toContain('Na artikel 273f wordt een artikel ingevoegd, luidende:')
    expect(roundTrip(text([art('2')]), text([art('1', 'Nieuw.'), art('2')]))).toContain('Voor artikel 2 wordt een artikel ingevoegd, luidende:')
  })

  it('is read back by the interpreter: before the first article the division holds now, or into an empty one', () => {
    const withEmpty = text([div('hoofdstuk', '1', [art('1')]), div('hoofdstuk', '2', []), div('hoofdstuk', '3', [art('9')])])
    const instructions = ['ARTIKEL I', '', 'De regeling wordt als volgt gewijzigd:', '',
      'A', '', 'Aan het begin van hoofdstuk 2 wordt een artikel ingevoegd, luidende:', '    Artikel 5', '       Nieuw.', '',
      'B', '', 'Aan het begin van hoofdstuk 3 wordt een artikel ingevoegd, luidende:', '    Artikel 8', '       Ook nieuw.', ''].join('\n')
    expect(walk(applyAmendments(withEmpty, instructions).units).map((u) => u.number)).toEqual(['1', '5', '8', '9'])
    expect(() => applyAmendments(withEmpty, instructions.replace('hoofdstuk 3', 'hoofdstuk 4'))).toThrow(/hoofdstuk 4 bestaat niet/)
    const twice = text([div('boek', '1', [div('titeldeel', 'I', [art('1')])]), div('boek', '2', [div('titeldeel', 'I', [art('9')])])])
    expect(() => applyAmendments(twice, instructions.split('B\n')[0]!.replace('hoofdstuk 2', 'titel I'))).toThrow(/niet eenduidig/)
  })
})

describe('wijzigingsopdrachten on generated texts with divisions', () => {
  // Up to four hoofdstukken of up to three articles; the proposal inserts new articles anywhere,
  // at the start of a hoofdstuk included, and may drop some.
  const layout = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 4 })
  const change = fc.record({ inserts: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }), drops: fc.array(fc.nat(), { maxLength: 2 }) })

  it('applying the printed instructions gives the proposed articles, in order', () => {
    fc.assert(fc.property(layout, change, (sizes, { inserts, drops }) => {
      let n = 0
      const chapters = sizes.map((size) => Array.from({ length: size }, () => `${(n += 10)}`))
      const build = (chs: string[][]): LegalText => text(chs.map((numbers, i) => div('hoofdstuk', String(i + 1), numbers.map((x) => art(x)))))
      const proposed = chapters.map((c) => [...c])
      for (const d of drops) {
        const c = proposed[d % proposed.length]!
        if (c.length) c.splice(d % c.length, 1)
      }
      inserts.forEach(([where, at], k) => {
        const c = proposed[where % proposed.length]!
        c.splice(at % (c.length + 1), 0, String(900 + k))
      })
      const oldText = build(chapters)
      const newText = build(proposed)
      const instructions = roundTrip(oldText, newText)
      // Every new first article of a hoofdstuk that had articles before is placed by naming the hoofdstuk.
      proposed.forEach((c, i) => {
        if (c[0] && !chapters.flat().includes(c[0])) expect(instructions, instructions).toContain(`Aan het begin van hoofdstuk ${i + 1} wordt een artikel ingevoegd`)
      })
    }), { numRuns: Number(process.env['REPORT_RUNS'] ?? 300) })
  })
})
