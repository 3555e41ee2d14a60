/**
 * The word redline inside a unit (shared/compare/redline.ts): minimal runs for ordinary edits,
 * folding of slight equal runs between changes, and the bounded fallback (`approximate`) for
 * pathological input — in every case runs that concatenate to the old and the new text.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { compareTexts, redline } from '../../shared/compare/index.js'
import type { WordRun } from '../../shared/compare/index.js'
import { VOCAB, checkContract, clone, rng, statute, toLegalText } from './compare-helpers.js'

const side = (runs: readonly WordRun[], op: 'delete' | 'insert'): string => runs.filter((r) => r.op === 'equal' || r.op === op).map((r) => r.text).join('')

/** Runs well-formed: non-empty, concatenating to both texts, never two equal runs or two of one op in a row. */
function wellFormed(oldText: string, newText: string, runs: readonly WordRun[]): void {
  expect(side(runs, 'delete')).toBe(oldText)
  expect(side(runs, 'insert')).toBe(newText)
  for (const r of runs) expect(r.text.length).toBeGreaterThan(0)
  for (let k = 1; k < runs.length; k++) {
    expect(runs[k]!.op === runs[k - 1]!.op, `runs ${k - 1} and ${k} are both ${runs[k]!.op}`).toBe(false)
    expect(runs[k - 1]!.op === 'insert' && runs[k]!.op === 'delete', 'an insertion before a deletion in one stretch').toBe(false)
  }
}

const PREFIX = 'Als schuldig aan mensenhandel wordt met gevangenisstraf van ten hoogste '
const SUFFIX = ' jaren of geldboete van de vijfde categorie gestraft:'

describe('redline', () => {
  it('"twaalf" → "vijftien" inside a sentence: equal, delete, insert, equal', () => {
    const oldText = `${PREFIX}twaalf${SUFFIX}`
    const newText = `${PREFIX}vijftien${SUFFIX}`
    const r = redline(oldText, newText)
    expect(r.runs).toEqual([
      { op: 'equal', text: PREFIX },
      { op: 'delete', text: 'twaalf' },
      { op: 'insert', text: 'vijftien' },
      { op: 'equal', text: SUFFIX },
    ])
    expect(r.approximate).toBe(false)
    expect(r.similarity).toBeCloseTo((2 * (PREFIX.length + SUFFIX.length)) / (oldText.length + newText.length), 10)
  })

  it('a phrase whose words all changed reads as one replacement, not a comb of fragments', () => {
    const r = redline(`${PREFIX}twaalf jaren of geldboete`, `${PREFIX}vijftien jaar en geldboete`)
    expect(r.runs).toEqual([
      { op: 'equal', text: PREFIX },
      { op: 'delete', text: 'twaalf jaren of' },
      { op: 'insert', text: 'vijftien jaar en' },
      { op: 'equal', text: ' geldboete' },
    ])
  })

  it('a lone short word between two changes is folded into them; a longer one stays equal', () => {
    const folded = redline('degene die een ander in dwang werft', 'degene die een derde in geweld werft')
    expect(folded.runs).toEqual([
      { op: 'equal', text: 'degene die een ' },
      { op: 'delete', text: 'ander in dwang' },
      { op: 'insert', text: 'derde in geweld' },
      { op: 'equal', text: ' werft' },
    ])
    const kept = redline('degene die een ander opzettelijk dwingt', 'degene die een derde opzettelijk beweegt')
    expect(kept.runs).toEqual([
      { op: 'equal', text: 'degene die een ' },
      { op: 'delete', text: 'ander' },
      { op: 'insert', text: 'derde' },
      { op: 'equal', text: ' opzettelijk ' },
      { op: 'delete', text: 'dwingt' },
      { op: 'insert', text: 'beweegt' },
    ])
  })

  it('identical, empty, wholly inserted and wholly deleted texts', () => {
    expect(redline('Vervallen.', 'Vervallen.')).toEqual({ runs: [{ op: 'equal', text: 'Vervallen.' }], approximate: false, similarity: 1 })
    expect(redline('', '')).toEqual({ runs: [], approximate: false, similarity: 1 })
    expect(redline('', 'Nieuw lid.').runs).toEqual([{ op: 'insert', text: 'Nieuw lid.' }])
    expect(redline('Oud lid.', '').runs).toEqual([{ op: 'delete', text: 'Oud lid.' }])
    expect(redline('', 'Nieuw lid.').similarity).toBe(0)
  })

  it('keeps white space and line breaks exactly (the parts of a split are joined by "\\n")', () => {
    const oldText = 'eerste deel van de zin  en het tweede deel'
    const newText = 'eerste deel van de zin;\nen het tweede deel'
    const r = redline(oldText, newText)
    wellFormed(oldText, newText, r.runs)
    expect(r.runs.filter((x) => x.op !== 'equal').map((x) => x.text.trim()).join('')).toBe(';')
  })

  it('two 20,000-word texts without a word in common come back approximate, whole and fast', () => {
    const random = rng(12)
    const half = Math.floor(VOCAB.length / 2)
    const words = (from: number, to: number): string =>
      Array.from({ length: 20_000 }, () => VOCAB[from + Math.floor(random() * (to - from))]!).join(' ')
    const oldText = words(0, half)
    const newText = words(half, VOCAB.length)
    const t = performance.now()
    const r = redline(oldText, newText)
    const ms = performance.now() - t
    expect(r.approximate).toBe(true)
    expect(r.runs).toEqual([{ op: 'delete', text: oldText }, { op: 'insert', text: newText }])
    expect(r.similarity).toBe(0)
    wellFormed(oldText, newText, r.runs)
    expect(ms).toBeLessThan(5000) // bounded by the 250 ms timeout / edit length, with room for a slow machine
  })

  it('maxEditLength: 10 gives up on a redline of more edits: approximate, whole texts', () => {
    const random = rng(5)
    const base = Array.from({ length: 60 }, () => VOCAB[Math.floor(random() * VOCAB.length)]!)
    const changed = base.map((w, k) => (k % 4 === 0 ? w.toUpperCase() : w))
    const oldText = base.join(' ')
    const newText = changed.join(' ')
    const bounded = redline(oldText, newText, { maxEditLength: 10 })
    expect(bounded.approximate).toBe(true)
    expect(bounded.runs).toEqual([{ op: 'delete', text: oldText }, { op: 'insert', text: newText }])
    // Without the bound the same pair has a minimal redline with 15 replaced words.
    const full = redline(oldText, newText)
    expect(full.approximate).toBe(false)
    wellFormed(oldText, newText, full.runs)
    expect(full.runs.filter((x) => x.op === 'insert').map((x) => x.text).join(' ').split(/\s+/)).toEqual(changed.filter((_, k) => k % 4 === 0))
    // …and a small edit stays exact under the same bound.
    const small = redline(oldText, [...base.slice(0, 30), 'onverwijld', ...base.slice(31)].join(' '), { maxEditLength: 10 })
    expect(small.approximate).toBe(false)
    expect(small.runs.filter((x) => x.op !== 'equal')).toEqual([{ op: 'delete', text: base[30] }, { op: 'insert', text: 'onverwijld' }])
  })

  it('property: runs always concatenate to both texts and similarity is 2·equal/(old+new), or word-set Dice when approximate', () => {
    const small = VOCAB.slice(0, 12)
    const textArb = fc.array(fc.oneof(fc.constantFrom(...small), fc.constantFrom(',', ';', '.', ' ', '\n', '1°', 'a.')), { maxLength: 40 })
      .map((parts) => parts.join(' ').replace(/ {3,}/g, '  '))
    fc.assert(
      fc.property(textArb, textArb, fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }), (oldText, newText, maxEditLength) => {
        const r = redline(oldText, newText, maxEditLength === undefined ? {} : { maxEditLength })
        wellFormed(oldText, newText, r.runs)
        const equal = r.runs.filter((x) => x.op === 'equal').reduce((n, x) => n + x.text.length, 0)
        const total = oldText.length + newText.length
        // An approximate redline has no equal runs; its similarity is then the Dice of the two
        // texts' word sets, so a bounded unit is not reported as having nothing in common.
        if (r.approximate) {
          expect(equal).toBe(0)
          expect(r.similarity).toBeCloseTo(wordSetDice(oldText, newText), 3)
        } else expect(r.similarity).toBeCloseTo(total ? (2 * equal) / total : 1, 10)
        if (oldText === newText) expect(r.similarity).toBe(1)
      }),
      { numRuns: Number(process.env.COMPARE_RUNS ?? 300) },
    )
  })
})

/** Dice over lower-cased word sets, written out here from its definition. */
function wordSetDice(a: string, b: string): number {
  const set = (t: string) => new Set(t.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean))
  const x = set(a)
  const y = set(b)
  const common = [...x].filter((w) => y.has(w)).length
  return x.size + y.size ? (2 * common) / (x.size + y.size) : 1
}

describe('redline bounds through compareTexts', () => {
  it('a unit rewritten beyond maxEditLength is flagged approximate, and its runs still concatenate', () => {
    const before = statute(31, 30)
    const after = clone(before)
    const lid = after[1]!.children[0]!
    const w = lid.text.split(' ')
    lid.text = w.map((x, k) => (k % 3 === 0 ? x.toUpperCase() : x)).join(' ')
    const a = toLegalText('oud', before)
    const b = toLegalText('nieuw', after)
    const bounded = compareTexts(a, b, { redline: { maxEditLength: 2 } })
    checkContract(a, b, bounded)
    const c = bounded.changes.find((x) => x.new[0] === 'artikel:2/lid:1')!
    // Only the case of a third of the words changed: the word sets still overlap largely.
    expect(c).toMatchObject({ kind: 'modified', approximate: true })
    expect(c.similarity).toBeCloseTo(wordSetDice(before[1]!.children[0]!.text, lid.text), 3)
    expect(c.similarity).toBeGreaterThan(0.3)
    expect(c.words).toEqual([{ op: 'delete', text: before[1]!.children[0]!.text }, { op: 'insert', text: lid.text }])
    const exact = compareTexts(a, b)
    const e = exact.changes.find((x) => x.new[0] === 'artikel:2/lid:1')!
    expect(e.approximate).toBeUndefined()
    expect(e.similarity).toBeGreaterThan(0)
    // Every other change is the same with or without the bound.
    expect(bounded.changes.map((x) => [x.kind, x.old, x.new])).toEqual(exact.changes.map((x) => [x.kind, x.old, x.new]))
  })
})
