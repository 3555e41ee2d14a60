import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { childPath, type LegalText, type Unit, type UnitType } from '../../shared/model/index.js'
import { parseText, writeMarkdown, writePlainText } from '../../shared/parse/index.js'
import { shape } from './parse-helpers.js'

/**
 * Property: for random but realistic unit trees, writing and reading back gives the same tree.
 * The trees follow the drafting conventions (Aanwijzingen 3.59, 6.16): leden 1, 2, 2a, 3;
 * onderdelen 1° / a / i, nested with a different style per level; a unit with an enumeration
 * ends its text in a colon, the others in a semicolon or full stop.
 */

const WORDS = [
  'wet', 'minister', 'degene', 'ander', 'verbod', 'vergunning', 'aanvraag', 'besluit', 'termijn', 'gemeente', 'rechter',
  'schade', 'vergoeding', 'overtreding', 'gevangenisstraf', 'geldboete', 'categorie', 'persoon', 'zaak', 'handeling',
  'beschikking', 'bestuursorgaan', 'belanghebbende', 'het', 'de', 'een', 'van', 'voor', 'met', 'door', 'onder', 'bij',
  'tot', 'uit', 'niet', 'wordt', 'worden', 'is', 'zijn', 'heeft', 'kan', 'indien', 'tenzij', 'artikel', 'lid', 'eerste',
  'tweede', 'derde', 'jaren', 'ten', 'hoogste', 'bedoeld', 'genoemde', 'daarvan', 'alsmede', 'onderscheidenlijk',
  'artikel 5,', 'eerste lid,', 'onder a,', 'onder 1°', 'aanhef en onderdeel b,', '§ 3', '€ 450', '(bijvoorbeeld)',
  '“citaat”', '–', '2024', '6:162', 'Onze Minister', 'Staatsblad', 'Stb. 2013, 444', 'zaak;', 'persoon,', 'wet:',
]
// First words: never marker-like (`a.`, `iv.`, `2.`) and never a heading word (Artikel, Titel …).
const FIRST = ['de', 'het', 'een', 'degene', 'indien', 'onder', 'voor', 'bij', 'in', 'op', 'ten', 'zolang', 'voor zover', 'met']
const HEADING_WORDS = ['Begripsbepalingen', 'Toepassingsbereik', 'Strafbepaling', 'Overgangsrecht', 'Slotbepalingen', 'Algemeen', 'Vergunning', 'Toezicht']

const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1)

function sentence(g: fc.GeneratorValue, opts: { capital: boolean; end: string }): string {
  const first = g(fc.constantFrom, ...FIRST)
  const rest = g(fc.array, fc.constantFrom(...WORDS), { minLength: 2, maxLength: 18 })
  return `${opts.capital ? capital(first) : first} ${rest.join(' ')}${opts.end}`
}

/** 1–3 alinea; the last ends in `:` when an enumeration follows. */
function alinea(g: fc.GeneratorValue, opts: { capital: boolean; lead: boolean; max: number }): string[] {
  if (opts.capital && !opts.lead && g(fc.integer, { min: 0, max: 15 }) === 0) return ['Artikel 251 is van overeenkomstige toepassing.']
  const n = g(fc.integer, { min: 1, max: opts.max })
  return Array.from({ length: n }, (_, k) => {
    const last = k === n - 1
    return sentence(g, { capital: opts.capital || k > 0, end: last && opts.lead ? ':' : last && !opts.capital ? g(fc.constantFrom, ';', '.') : '.' })
  })
}

type Style = 'degree' | 'letter' | 'roman'
const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii']
const LETTERS = 'abcdefghijklm'.split('')

/** Realistic sequential numbers: `1, 2, 2a, 3` for leden and degrees; `a … m`; `i … vii`. */
function numbers(g: fc.GeneratorValue, style: Style | 'arabic', count: number): string[] {
  if (style === 'letter') return LETTERS.slice(0, count)
  if (style === 'roman') return ROMANS.slice(0, count)
  const out: string[] = []
  let n = 0
  while (out.length < count) {
    const inserted = out.length > 0 && !/[a-z]/.test(out.at(-1)!) && g(fc.integer, { min: 0, max: 6 }) === 0
    out.push(inserted ? `${n}a` : String(++n))
  }
  return style === 'degree' ? out.map((x) => `${x}°`) : out
}

interface Draft { type: UnitType; number: string; heading?: string; alinea: string[]; children: Draft[] }

function enumeration(g: fc.GeneratorValue, type: UnitType, depth: number, used: Style[]): Draft[] {
  const style = g(fc.constantFrom, ...(['degree', 'letter', 'roman'] as const).filter((s) => !used.includes(s)))
  const count = g(fc.integer, { min: 1, max: style === 'letter' ? LETTERS.length : style === 'roman' ? ROMANS.length : 9 })
  return numbers(g, style, count).map((number) => {
    const nest = depth < 3 && g(fc.integer, { min: 0, max: 4 }) === 0
    const children = nest ? enumeration(g, 'subonderdeel', depth + 1, [...used, style]) : []
    return { type, number, alinea: alinea(g, { capital: false, lead: nest, max: g(fc.integer, { min: 0, max: 5 }) === 0 ? 2 : 1 }), children }
  })
}

function article(g: fc.GeneratorValue, number: string): Draft {
  const heading = g(fc.boolean) ? g(fc.constantFrom, ...HEADING_WORDS) : undefined
  const base = { type: 'artikel' as const, number, ...(heading ? { heading } : {}) }
  if (g(fc.integer, { min: 0, max: 3 }) === 0) {
    // No leden: the article carries its text, perhaps with onderdelen directly under it.
    const list = g(fc.boolean)
    return { ...base, alinea: alinea(g, { capital: true, lead: list, max: 2 }), children: list ? enumeration(g, 'onderdeel', 1, []) : [] }
  }
  const leden = numbers(g, 'arabic', g(fc.integer, { min: 1, max: 12 })).map((n): Draft => {
    const list = g(fc.integer, { min: 0, max: 2 }) === 0
    return { type: 'lid', number: n, alinea: alinea(g, { capital: true, lead: list, max: 3 }), children: list ? enumeration(g, 'onderdeel', 1, []) : [] }
  })
  return { ...base, alinea: [], children: leden }
}

/** Article numbers as in real texts: 1, 2, 2a …; 273f, 273g …; 6:162 …; I, II … */
function articleNumbers(g: fc.GeneratorValue, count: number): string[] {
  const scheme = g(fc.constantFrom, 'plain', 'suffix', 'book', 'roman')
  if (scheme === 'roman') return ['I', 'II', 'III', 'IV', 'V', 'VI'].slice(0, count)
  const start = g(fc.integer, { min: 1, max: 400 })
  if (scheme === 'suffix') return Array.from({ length: count }, (_, k) => `${start}${String.fromCharCode(97 + 5 + k)}`)
  const plain = numbers(g, 'arabic', count).map((n) => String(Number.parseInt(n, 10) + start - 1) + n.replace(/^\d+/, ''))
  return scheme === 'book' ? plain.map((n) => `6:${n}`) : plain
}

function freeze(d: Draft, parent: string): Unit {
  const path = childPath(parent, d.type, d.number)
  return { type: d.type, number: d.number, path, ...(d.heading ? { heading: d.heading } : {}), text: d.alinea.join('\n'), children: d.children.map((c) => freeze(c, path)) }
}

function legalText(g: fc.GeneratorValue): LegalText {
  const numbersOf = articleNumbers(g, g(fc.integer, { min: 1, max: 5 }))
  const articles = numbersOf.map((n) => article(g, n))
  let roots: Draft[] = articles
  if (g(fc.boolean)) {
    // Divisions: a Boek with one or two Titels sharing the articles.
    const cut = g(fc.integer, { min: 0, max: articles.length })
    const titel = (nr: string, children: Draft[]): Draft => ({ type: 'titeldeel', number: nr, heading: g(fc.constantFrom, ...HEADING_WORDS), alinea: [], children })
    const titels = [titel('I', articles.slice(0, cut)), ...(cut < articles.length ? [titel('II', articles.slice(cut))] : [])]
    roots = [{ type: 'boek', number: String(g(fc.integer, { min: 1, max: 10 })), alinea: [], children: titels }]
  }
  return { label: 'Gegenereerde tekst', source: 'fast-check', units: roots.map((d) => freeze(d, '')) }
}

/** Articles and divisions with their headings and nesting, which `shape` leaves out. */
function skeleton(units: readonly Unit[]): unknown[] {
  return units
    .filter((u) => u.type !== 'lid' && u.type !== 'onderdeel' && u.type !== 'subonderdeel')
    .map((u) => ({ type: u.type, number: u.number, heading: u.heading ?? null, children: skeleton(u.children) }))
}

const texts = fc.gen().map((g) => legalText(g))
const RUNS = { numRuns: 200 }

function roundTrip(written: string, format: 'md' | 'text', original: LegalText): void {
  const back = parseText(written, { name: 'rt', format })
  expect(shape(back.text.units)).toEqual(shape(original.units))
  expect(skeleton(back.text.units)).toEqual(skeleton(original.units))
  expect(back.warnings).toEqual([])
}

describe('write → parse gives the same tree (fast-check, 200 runs each)', () => {
  it('Markdown', () => {
    fc.assert(fc.property(texts, (t) => roundTrip(writeMarkdown(t), 'md', t)), RUNS)
  })

  it('plain text', () => {
    fc.assert(fc.property(texts, (t) => roundTrip(writePlainText(t), 'text', t)), RUNS)
  })

  it('plain text with all indentation removed (website copy): nesting from the marker styles', () => {
    const flat = (s: string) => s.replace(/^[ \t]+/gm, '')
    fc.assert(fc.property(texts, (t) => roundTrip(flat(writePlainText(t)), 'text', t)), RUNS)
  })

  it('Markdown with all indentation removed: nesting from the marker styles', () => {
    const flat = (s: string) => s.replace(/^[ \t]+/gm, '')
    fc.assert(fc.property(texts, (t) => roundTrip(flat(writeMarkdown(t)), 'md', t)), RUNS)
  })

  it('Markdown read back is stable: parse(write(parse(write(t)))) = parse(write(t))', () => {
    fc.assert(
      fc.property(texts, (t) => {
        const once = parseText(writeMarkdown(t), { name: 'a', format: 'md' }).text
        const twice = parseText(writeMarkdown(once), { name: 'b', format: 'md' }).text
        expect(shape(twice.units)).toEqual(shape(once.units))
        expect([twice.label, twice.source]).toEqual([t.label, t.source])
      }),
      { numRuns: 50 },
    )
  })
})
