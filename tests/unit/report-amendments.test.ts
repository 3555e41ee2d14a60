import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareTexts } from '../../shared/compare/index.js'
import { parseText } from '../../shared/parse/index.js'
import { childPath } from '../../shared/model/path.js'
import type { LegalText, Unit } from '../../shared/model/types.js'
import { applyWordEdit, type Draft } from '../../shared/report/amendment-ops.js'
import { amendmentsFor, amendmentsToText, letter, wordEdits } from '../../shared/report/amendments.js'
import { applyAmendments } from '../../shared/report/apply-amendments.js'
import { ordinal, parseOrdinal } from '../../shared/report/ordinals.js'
import { COMPARISON, CURRENT, PROPOSED } from './report-helpers.js'

/** The unit tree as plain data (what "the same text" means): types, numbers, paths, headings, texts. */
const tree = (units: readonly Unit[]): unknown => units.map((u) => ({ type: u.type, number: u.number, path: u.path, heading: u.heading ?? null, text: u.text, children: tree(u.children) }))

function roundTrip(oldText: LegalText, newText: LegalText): { text: string; result: LegalText } {
  const text = amendmentsToText(amendmentsFor(oldText, newText, compareTexts(oldText, newText)), { regeling: 'Het Wetboek van Strafrecht' })
  return { text, result: applyAmendments(oldText, text) }
}

describe('wijzigingsopdrachten for art. 273f', () => {
  const text = amendmentsToText(amendmentsFor(CURRENT, PROPOSED, COMPARISON), { regeling: 'Het Wetboek van Strafrecht' })

  it('turn the current text into the proposed text exactly', () => {
    expect(tree(applyAmendments(CURRENT, text).units)).toEqual(tree(PROPOSED.units))
  })

  it('are lettered per article and worded per the Aanwijzingen', () => {
    expect(text).toMatch(/^ARTIKEL I\n\nHet Wetboek van Strafrecht wordt als volgt gewijzigd:\n\nA\n\nArtikel 273f wordt als volgt gewijzigd:/)
    // Art. 273fa is new, after 273f (aanwijzing 6.11).
    expect(text).toContain('B\n\nNa artikel 273f wordt een artikel ingevoegd, luidende:\n    Artikel 273fa\n')
    // Lid 9 is new and last: "toegevoegd"; the new lid 2 pushes leden 2–7 to 3–8 (aanwijzing 6.18).
    expect(text).toContain('Er wordt een lid toegevoegd, luidende:\n    9. Niet strafbaar is het slachtoffer')
    expect(text).toContain('Onder vernummering van het tweede tot en met zevende lid tot derde tot en met achtste lid wordt na het eerste lid een lid ingevoegd, luidende:\n    2. Als schuldig aan mensenhandel wordt met dezelfde straf')
    // Lid 4 (now 5) gains "of tweede" after "eerste" — a word-level amendment with the lid's current number.
    expect(text).toContain('In het vierde lid wordt na «eerste» ingevoegd «of tweede».')
    // Lid 1 turns its onderdelen 1°–9° into a–c: too much to amend word by word.
    expect(text).toMatch(/Het eerste lid komt te luiden:\n {4}1\. Als schuldig[^\n]*\n {8}a\. degene/)
  })

  it('add an onderdeel at the end replacing the full stop before it in the same instruction (Aanwijzing 6.18, tweede lid, B)', () => {
    const parse = (md: string) => parseText(md, { name: 'x.md', format: 'md' }).text
    const lid = (last: string) => `# Artikel 1\n\n1. Het eerste lid.\n2. Met onderdelen:\n   1°. de eerste;\n   2°. de tweede met geweld${last}\n`
    const inLid = roundTrip(parse(lid('.')), parse(lid(';\n   3°. de derde met dwang.')))
    expect(inLid.text).toContain('Aan artikel 1, tweede lid, wordt, onder vervanging van de punt aan het slot van onderdeel 2° door een puntkomma, een onderdeel toegevoegd, luidende:\n    3°. de derde met dwang.')
    expect(inLid.text).not.toContain('vervangen door')
    expect(tree(inLid.result.units)).toEqual(tree(parse(lid(';\n   3°. de derde met dwang.')).units))
    // Onderdelen of the article itself, the new one joined by "; of"; with a second change the
    // article is amended in numbered parts, and the part reads as Ar 6.18 B itself.
    const article = (lead: string, rest: string) => `# Artikel 1\n\n${lead}:\na. de eerste;\nb. de tweede${rest}\n\n# Artikel 2\n\nTekst.\n`
    const old = parse(article('Strafbaar is', '.'))
    const neu = parse(article('Strafbaar is in ieder geval', '; of\nc. de derde.'))
    const direct = roundTrip(old, neu)
    expect(direct.text).toContain('2. Onder vervanging van de punt aan het slot van onderdeel b door «; of» wordt een onderdeel toegevoegd, luidende:\n    c. de derde.')
    expect(tree(direct.result.units)).toEqual(tree(neu.units))
  })

  it('are refused by the interpreter when a quote is not in the text', () => {
    const wrong = text.replace('na «eerste» ingevoegd', 'na «derde» ingevoegd')
    expect(() => applyAmendments(CURRENT, wrong)).toThrow(/«derde»/)
  })
})

describe('pieces', () => {
  it('ordinals run both ways', () => {
    expect([1, 2, 3, 8, 11, 20, 21, 22, 23, 38].map(ordinal)).toEqual(['eerste', 'tweede', 'derde', 'achtste', 'elfde', 'twintigste', 'eenentwintigste', 'tweeëntwintigste', 'drieëntwintigste', 'achtendertigste'])
    for (let n = 1; n < 100; n++) expect(parseOrdinal(ordinal(n))).toBe(n)
  })

  it('letters run A … Z, then AA, BB (aanwijzing 6.15)', () => {
    expect([0, 1, 25, 26, 27, 52].map(letter)).toEqual(['A', 'B', 'Z', 'AA', 'BB', 'AAA'])
  })

  it('a quote must be unique', () => {
    expect(() => applyWordEdit('de straf en de boete', { kind: 'replace', from: 'de', to: 'het' })).toThrow(/meer dan eens/)
    expect(applyWordEdit('de straf en de boete', { kind: 'delete', text: 'en de boete' })).toBe('de straf')
    expect(applyWordEdit('arbeid of zijn', { kind: 'insert-after', anchor: 'arbeid', text: ', diensten' })).toBe('arbeid, diensten of zijn')
  })

  it('word edits reproduce the new text, with repeated words quoted with enough context', () => {
    const from = 'de straf van de rechter en de straf van de officier'
    const to = 'de straf van de rechter en de boete van de officier'
    const edits = wordEdits(from, to, 6)!
    expect(edits.reduce(applyWordEdit, from)).toBe(to)
    expect(edits).toEqual([{ kind: 'replace', from: 'en de straf', to: 'en de boete' }])
  })
})

// ---- generated pairs -------------------------------------------------------------------------

const WORDS = ['de', 'straf', 'van', 'het', 'lid', 'feit', 'een', 'ander', 'wordt', 'gestraft', 'of', 'en', 'persoon', 'arbeid']
const words = fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 10 }).map((w) => w.join(' '))
const sentence = fc.tuple(words, fc.constantFrom(';', '.', ':', ', of')).map(([w, p]) => w + p)

const schemes = { digits: (i: number) => String(i + 1), degrees: (i: number) => `${i + 1}°`, letters: (i: number) => String.fromCharCode(97 + i) }
type SchemeName = keyof typeof schemes

const onderdelen = (type: 'onderdeel' | 'subonderdeel') => fc.record({ scheme: fc.constantFrom<SchemeName>('degrees', 'letters'), texts: fc.array(sentence, { maxLength: 4 }) })
  .map(({ scheme, texts }) => texts.map((text, i): Draft => ({ type, number: schemes[scheme](i), text, children: [] })))
/** A full sentence as statutes write one: a capital, a period. */
const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1)
const fullSentence = words.map((w) => `${capitalised(w)}.`)
/** A lid of one alinea, or now and then two (further alinea are printed on their own lines), or of several sentences. */
const alinea = fc.oneof(
  { weight: 4, arbitrary: sentence },
  { weight: 1, arbitrary: fc.tuple(sentence, sentence).map(([a, b]) => `${a}\n${b}`) },
  { weight: 2, arbitrary: fc.array(fullSentence, { minLength: 2, maxLength: 3 }).map((s) => s.join(' ')) },
)
const lid = fc.tuple(alinea, onderdelen('onderdeel')).map(([text, children]): Draft => ({ type: 'lid', number: '', text, children }))
const article = fc.oneof(
  fc.array(lid, { minLength: 1, maxLength: 5 }).map((leden): Draft => ({ type: 'artikel', number: '', text: '', children: leden.map((l, i) => ({ ...l, number: String(i + 1) })) })),
  sentence.map((text): Draft => ({ type: 'artikel', number: '', text, children: [] })),
  // An article that enumerates without leden: its onderdelen hang directly under it.
  fc.tuple(sentence, onderdelen('onderdeel'), fc.option(words)).map(([text, children, heading]): Draft => ({ type: 'artikel', number: '', ...(heading ? { heading } : {}), text, children })),
)
const statute = fc.array(article, { minLength: 1, maxLength: 3 }).map((as) => as.map((a, i) => ({ ...a, number: String(10 + i) })))

/** An edit a drafter makes; `at` and `k` pick the place modulo what exists. */
const edit = fc.record({
  kind: fc.constantFrom('words', 'words', 'words', 'delete-child', 'insert-child', 'scheme', 'delete-article', 'insert-article', 'move-article', 'retext', 'heading',
    'add-sentence', 'drop-sentence', 'rewrite-sentence'),
  at: fc.nat(), k: fc.nat(), text: sentence, word: fc.constantFrom(...WORDS),
})

function containers(articles: Draft[]): Draft[] {
  const out: Draft[] = []
  const visit = (d: Draft): void => {
    out.push(d)
    d.children.forEach(visit)
  }
  articles.forEach(visit)
  return out
}

type Edit = { kind: string; at: number; k: number; text: string; word: string }

function mutate(articles: Draft[], edits: readonly Edit[]): Draft[] {
  const next = structuredClone(articles)
  for (const e of edits) {
    const all = containers(next)
    const unit = all[e.at % all.length]!
    switch (e.kind) {
      case 'words': {
        const w = unit.text.split(' ')
        if (!unit.text) break
        const i = e.k % w.length
        if (e.k % 3 === 0) w.splice(i, 0, e.word)
        else if (e.k % 3 === 1 && w.length > 1) w.splice(i, 1)
        else w[i] = e.word
        unit.text = w.join(' ')
        break
      }
      case 'retext':
        if (unit.text) unit.text = e.text
        break
      // Whole sentences, as a drafter adds, strikes or rewrites one (cited as "tweede zin").
      case 'add-sentence':
        if (unit.text && !unit.text.includes('\n')) unit.text += ` ${capitalised(e.text.replace(/[;:.,]|, of$/g, ''))}.`
        break
      case 'drop-sentence':
      case 'rewrite-sentence': {
        const parts = unit.text.split(/(?<=\.) (?=[A-Z])/)
        if (parts.length < 2 || unit.text.includes('\n')) break
        const k = e.k % parts.length
        if (e.kind === 'drop-sentence') parts.splice(k, 1)
        else parts[k] = `${capitalised(e.text.replace(/[;:.,]|, of$/g, ''))}.`
        unit.text = parts.join(' ')
        break
      }
      case 'delete-child':
        if (unit.children.length) unit.children.splice(e.k % unit.children.length, 1)
        break
      case 'insert-child': {
        // Like its siblings; a first child of a lid is an onderdeel, of an onderdeel a subonderdeel.
        const type = unit.children[0]?.type ?? (unit.type === 'lid' ? 'onderdeel' : unit.type === 'artikel' ? null : 'subonderdeel')
        if (!type) break
        unit.children.splice(e.k % (unit.children.length + 1), 0, { type, number: '', text: e.text, children: [] })
        break
      }
      case 'scheme':
        for (const c of unit.children) if (c.type !== 'lid') c.number = c.number.endsWith('°') ? 'x' : '1°'
        break
      case 'heading':
        if (unit.type === 'artikel') unit.heading = e.text.replace(/[;:.,]/g, '')
        break
      case 'delete-article':
        if (next.length > 1) next.splice(e.k % next.length, 1)
        break
      case 'move-article': {
        const [moved] = next.splice(e.k % next.length, 1)
        next.splice(e.at % (next.length + 1), 0, moved!)
        break
      }
      case 'insert-article':
        next.splice(e.k % (next.length + 1), 0, { type: 'artikel', number: `${20 + e.at % 50}a`, text: e.text, children: [] })
        break
    }
  }
  // Numbering stays 1, 2, 3 (a, b, c; 1°, 2°) as a drafter would renumber it; article numbers stay unique.
  const seen = new Set<string>()
  for (const a of next) {
    while (seen.has(a.number)) a.number += 'b'
    seen.add(a.number)
  }
  for (const c of containers(next)) {
    const scheme: SchemeName = c.children[0]?.type === 'lid' ? 'digits' : c.children[0]?.number.endsWith('°') ? 'degrees' : 'letters'
    c.children.forEach((child, i) => { child.number = schemes[child.type === 'lid' ? 'digits' : scheme](i) })
  }
  return next
}

const toUnit = (d: Draft, parent: string): Unit => {
  const path = childPath(parent, d.type, d.number)
  return { type: d.type, number: d.number, path, ...(d.heading ? { heading: d.heading } : {}), text: d.text, children: d.children.map((c) => toUnit(c, path)) }
}
const legal = (articles: Draft[], label: string): LegalText => ({ label, source: 'generated', units: articles.map((a) => toUnit(a, '')) })

describe('wijzigingsopdrachten on generated pairs', () => {
  it('applying the printed instructions to the current text gives the proposed text exactly', () => {
    fc.assert(fc.property(statute, fc.array(edit, { minLength: 1, maxLength: 6 }), (base, edits) => {
      const oldText = legal(mutate(base, []), 'huidig')
      const newText = legal(mutate(base, edits), 'voorstel')
      const { text, result } = roundTrip(oldText, newText)
      expect(tree(result.units), text).toEqual(tree(newText.units))
    }), { numRuns: Number(process.env['REPORT_RUNS'] ?? 300) })
  })

  it('an unchanged text needs no instructions', () => {
    fc.assert(fc.property(statute, (base) => {
      const t = legal(mutate(base, []), 'x')
      expect(amendmentsFor(t, t, compareTexts(t, t))).toEqual([])
    }), { numRuns: 50 })
  })
})
