/**
 * settle.ts: which articles are paired whole before the alignment. The comparison itself is
 * checked against the unsettled alignment by a property test (compare-properties.test.ts).
 */
import { describe, expect, it } from 'vitest'
import { Alignment } from '../../shared/compare/alignment.js'
import { buildSide } from '../../shared/compare/nodes.js'
import { ShingleDictionary } from '../../shared/compare/shingles.js'
import { settleIdenticalArticles } from '../../shared/compare/settle.js'
import { compareTexts } from '../../shared/compare/index.js'
import type { LegalText } from '../../shared/model/types.js'
import { parseText } from '../../shared/parse/index.js'
import { toLegalText, unit } from './compare-helpers.js'

const OLD = `Artikel 1

1. De eerste lid van het eerste artikel.
2. Het tweede lid van het eerste artikel.

Artikel 2

Een artikel dat ongewijzigd blijft, met onderdelen:
a. het eerste onderdeel;
b. het tweede onderdeel.

Artikel 3

Een artikel dat gewijzigd wordt.
`

function settle(oldText: string | LegalText, newText: string | LegalText) {
  const dict = new ShingleDictionary()
  const parse = (t: string | LegalText): LegalText => {
    if (typeof t !== 'string') return t
    const r = parseText(t, { name: 'x.txt', format: 'text' })
    expect(r.warnings).toEqual([])
    return r.text
  }
  const a = buildSide(parse(oldText), dict)
  const b = buildSide(parse(newText), dict)
  const al = new Alignment(a.nodes.length, b.nodes.length)
  const flags = settleIdenticalArticles(a, b, al)
  const paths = (side: typeof a, f: Uint8Array) => side.nodes.filter((n) => f[n.idx]).map((n) => n.unit.path)
  const pairs = al.groups.map((g) => `${a.nodes[g.olds[0]!]!.unit.path} → ${b.nodes[g.news[0]!]!.unit.path}`)
  return { old: paths(a, flags.old), new: paths(b, flags.new), pairs }
}

describe('settling untouched articles', () => {
  it('pairs an article that came through as it was, unit by unit, and leaves a changed one alone', () => {
    const r = settle(OLD, OLD.replace('gewijzigd wordt', 'gewijzigd is'))
    expect(r.old).toEqual(['artikel:1', 'artikel:1/lid:1', 'artikel:1/lid:2', 'artikel:2', 'artikel:2/onderdeel:a', 'artikel:2/onderdeel:b'])
    expect(r.new).toEqual(r.old)
    expect(r.pairs).toEqual(r.old.map((p) => `${p} → ${p}`))
  })

  it('does not settle an article with one word changed deep inside, nor one renumbered', () => {
    const edited = OLD.replace('het tweede onderdeel', 'het laatste onderdeel').replace('Artikel 1\n', 'Artikel 1a\n')
    expect(settle(OLD, edited).old).toEqual(['artikel:3'])
  })

  it('does not settle an article whose units were regrouped though every text stayed', () => {
    // The same texts, but lid 2 became an onderdeel: same words, another tree.
    const regrouped = OLD.replace('2. Het tweede lid van het eerste artikel.', '2. Het tweede lid van het eerste artikel:\na. met een onderdeel.')
    expect(settle(OLD, regrouped).old).not.toContain('artikel:1')
  })

  it('settles neither article of a number that occurs twice (the readers refuse it; the editor can make it)', () => {
    const twice = () => toLegalText('x', [unit('artikel', '1', 'Een.'), unit('artikel', '2', 'Twee.'), unit('artikel', '2', 'Nog een twee.')])
    expect(settle(twice(), twice()).old).toEqual(['artikel:1'])
  })

  it('leaves settled articles to the same re-pairing of identical siblings as the others (shrunk from a property counterexample)', () => {
    // Articles 350 and 354 read the same and are listed 354, 350 in the new text. The alignment
    // pairs identical siblings in document order; settled articles must take part in that.
    const mid = () => [unit('artikel', '351', '', [unit('lid', '1', 'aanspraak aanvraag aanklager;')])]
    const old = toLegalText('oud', [unit('artikel', '350', 'Vervallen.'), ...mid(), unit('artikel', '354', 'Vervallen.')])
    const neu = toLegalText('nieuw', [...mid(), unit('artikel', '354', 'Vervallen.'), unit('artikel', '350', 'Vervallen.')])
    expect(compareTexts(old, neu)).toEqual(compareTexts(old, neu, { settle: false }))
  })
})
