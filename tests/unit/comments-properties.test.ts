/**
 * Property test: comments carried through random edit sequences — text typed and deleted anywhere,
 * leden inserted and deleted (renumbering everything after them), and a commented passage or a
 * whole lid deleted and then restored (undo) — on the art. 273f text and on generated texts.
 *
 * The test keeps its own truth for each comment (which node, which offsets), moved by the edits
 * it makes, independent of the code under test:
 *   - no comment is ever lost: every comment resolves, once, to anchored or orphaned;
 *   - a quote no edit touched is anchored exactly where the truth says;
 *   - a deleted passage is orphaned, not attached elsewhere; after undo it is anchored again there;
 *   - what mapComment reports agrees with resolving the stored comment afresh.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { LegalText, Unit } from '../../shared/model/types.js'
import { compareTexts } from '../../shared/compare/index.js'
import { unitsByPath, walk } from '../../shared/model/path.js'
import { makeTarget, mapComments, resolveComment, type Comment, type Resolution } from '../../shared/comments/index.js'
import { current273f, proposed273f } from './comments-helpers.js'

interface Node {
  readonly id: number
  readonly type: 'artikel' | 'lid' | 'onderdeel'
  readonly number?: string
  text: string
  children: Node[]
}

/** Where the test knows a comment is: on a node at offsets; deleted; or touched (no claim). */
type Truth = { kind: 'at'; node: number; start: number; end: number } | { kind: 'deleted' } | { kind: 'touched' }

let nextId = 1

/** Numbers leden 1, 2, 3 … and onderdelen in the text's own style (1°, 2° … or a, b …). */
function toLegal(doc: Node[], degrees: boolean): { text: LegalText; pathOf: Map<number, string> } {
  const pathOf = new Map<number, string>()
  const build = (n: Node, parent: string, i: number): Unit => {
    const number = n.type === 'artikel' ? n.number! : n.type === 'lid' ? String(i + 1) : degrees ? `${i + 1}°` : String.fromCharCode(97 + i)
    const p = n.type === 'artikel' ? `artikel:${number}` : `${parent}/${n.type}:${number}`
    pathOf.set(n.id, p)
    return { type: n.type, number, path: p, text: n.text, children: n.children.map((c, j) => build(c, p, j)) }
  }
  return { text: { label: 't', source: 't', units: doc.map((n, i) => build(n, '', i)) }, pathOf }
}

function fromLegal(units: readonly Unit[]): Node[] {
  return units.map((u) => ({ id: nextId++, type: u.type as Node['type'], ...(u.type === 'artikel' ? { number: u.number } : {}), text: u.text, children: fromLegal(u.children) }))
}

const WORDS = ['degene', 'die', 'een', 'ander', 'werft', 'vervoert', 'huisvest', 'uitbuiting', 'slachtoffer', 'strafbaar', 'feit',
  'gevangenisstraf', 'geldboete', 'categorie', 'rechter', 'minister', 'regels', 'misbruik', 'kwetsbare', 'positie', 'organen',
  'arbeid', 'diensten', 'dwang', 'geweld', 'misleiding', 'voordeel', 'leeftijd', 'jaren', 'bepaling', 'toepassing', 'vervolging']

const sentence = (rng: () => number, n: number): string =>
  Array.from({ length: n }, () => WORDS[Math.floor(rng() * WORDS.length)]).join(' ')

function generated(seed: number): Node[] {
  let s = seed >>> 0 || 1
  const rng = (): number => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32)
  return [1, 2].map((a) => ({
    id: nextId++, type: 'artikel' as const, number: String(a), text: '',
    children: Array.from({ length: 3 }, () => ({ id: nextId++, type: 'lid' as const, text: sentence(rng, 12 + Math.floor(rng() * 18)) + '.', children: [] })),
  }))
}

const all = (doc: Node[]): Node[] => doc.flatMap((n) => [n, ...all(n.children)])
const commentable = (doc: Node[]): Node[] => all(doc).filter((n) => n.type !== 'artikel' && n.text.length >= 20)

/** A word-aligned range of at least 8 characters (shorter quotes are found exactly or not at all). */
function pickRange(text: string, a: number, b: number): [number, number] | null {
  const starts = [0, ...[...text.matchAll(/ /g)].map((m) => m.index + 1)]
  const start = starts[a % starts.length]!
  const ends = [...text.matchAll(/[ .;,]/g)].map((m) => m.index).filter((e) => e - start >= 8 && e - start <= 60)
  return ends.length ? [start, ends[b % ends.length]!] : null
}

type Op =
  | { kind: 'type'; node: number; at: number; len: number; words: number }
  | { kind: 'deletePassage'; comment: number }
  | { kind: 'insertLid'; article: number; at: number; words: number }
  | { kind: 'deleteLid'; article: number; at: number; undo: boolean }

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('type' as const), node: fc.nat(), at: fc.nat(), len: fc.nat({ max: 12 }), words: fc.nat({ max: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('deletePassage' as const), comment: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('insertLid' as const), article: fc.nat(), at: fc.nat(), words: fc.integer({ min: 6, max: 15 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteLid' as const), article: fc.nat(), at: fc.nat(), undo: fc.boolean() }) },
)

class Session {
  doc: Node[]
  comments: Comment[] = []
  truth: Truth[] = []
  current: { text: LegalText; pathOf: Map<number, string> }
  resolutions: Resolution[] = []

  constructor(doc: Node[], readonly degrees: boolean, picks: Array<[number, number, number]>) {
    this.doc = doc
    this.current = toLegal(doc, degrees)
    const nodes = commentable(doc)
    picks.forEach(([n, a, b], i) => {
      const node = nodes[n % nodes.length]!
      const range = pickRange(node.text, a, b)
      if (!range) return
      const unit = { path: this.current.pathOf.get(node.id)!, text: node.text }
      this.comments.push({ id: `c${i}`, target: makeTarget('v', unit, range[0], range[1]), body: 'b', author: 'a', kind: 'opmerking', status: 'open', created: '' })
      this.truth.push({ kind: 'at', node: node.id, start: range[0], end: range[1] })
    })
    this.resolutions = this.comments.map((c) => resolveComment(c, this.current.text))
  }

  /** Applies a change to the document and carries the comments through it, as the editor would. */
  commit(): void {
    const next = toLegal(this.doc, this.degrees)
    const mapped = mapComments(this.comments, this.current.text, next.text)
    this.comments = mapped.map((m) => m.comment)
    this.resolutions = mapped.map((m) => m.resolution)
    this.current = next
  }

  /** Replaces text[from, to) of a node; the truth of every comment on it moves accordingly. */
  editText(node: Node, from: number, to: number, insert: string, except = -1): void {
    node.text = node.text.slice(0, from) + insert + node.text.slice(to)
    const delta = insert.length - (to - from)
    this.truth = this.truth.map((t, i) => {
      if (i === except || t.kind !== 'at' || t.node !== node.id) return t
      if (to < t.start || (to === t.start && from < to) || (from === to && from === t.start)) return { ...t, start: t.start + delta, end: t.end + delta }
      if (from >= t.end) return t
      return { kind: 'touched' }
    })
  }

  check(): void {
    const { text, pathOf } = this.current
    expect(this.resolutions).toHaveLength(this.truth.length)
    expect(new Set(this.comments.map((c) => c.id)).size).toBe(this.comments.length)
    this.comments.forEach((c, i) => {
      const r = this.resolutions[i]!
      const t = this.truth[i]!
      expect(['anchored', 'orphaned']).toContain(r.state)
      // The stored comment, resolved afresh, says the same as the edit-by-edit mapping.
      const again = resolveComment(c, text)
      expect({ id: c.id, state: again.state, unitPath: again.unitPath, position: again.position }).toEqual({ id: c.id, state: r.state, unitPath: r.unitPath, position: r.position })
      if (t.kind === 'at') {
        const node = all(this.doc).find((n) => n.id === t.node)!
        expect({ id: c.id, ...r }).toMatchObject({ id: c.id, state: 'anchored', unitPath: pathOf.get(t.node), position: { start: t.start, end: t.end }, quote: node.text.slice(t.start, t.end) })
      } else if (t.kind === 'deleted') {
        expect({ id: c.id, state: r.state }).toEqual({ id: c.id, state: 'orphaned' })
      }
    })
  }

  apply(op: Op): void {
    if (op.kind === 'type') {
      const nodes = all(this.doc).filter((n) => n.type !== 'artikel')
      const node = nodes[op.node % nodes.length]!
      const from = op.at % (node.text.length + 1)
      const to = Math.min(node.text.length, from + op.len)
      // A marker starts and ends every insertion, so the test's truth never depends on where a
      // diff would place an insertion next to identical text (nor on letters typed onto a
      // quote's last word, which join it: that rule has tests of its own in comments-map).
      const insert = op.words ? `¤${sentence(() => ((op.at * 7 + op.node) % 97) / 97, op.words)}¤` : ''
      this.editText(node, from, to, insert)
      this.commit()
      this.check()
    } else if (op.kind === 'deletePassage') {
      const live = this.truth.map((t, i) => [t, i] as const).filter(([t]) => t.kind === 'at')
      if (!live.length) return
      const [t, i] = live[op.comment % live.length]! as readonly [Extract<Truth, { kind: 'at' }>, number]
      const node = all(this.doc).find((n) => n.id === t.node)!
      const removed = node.text.slice(t.start, t.end)
      const others = this.truth.map((u) => u)
      this.editText(node, t.start, t.end, '', i)
      this.truth[i] = { kind: 'deleted' }
      this.commit()
      this.check()
      // Undo: the passage comes back; every comment inside it (or untouched) is anchored again.
      this.editText(node, t.start, t.start, removed, i)
      this.truth = this.truth.map((u, k) => (k === i ? t : u.kind === 'touched' && others[k]!.kind === 'at' && inside(others[k]!, t) ? others[k]! : u))
      this.commit()
      this.check()
    } else if (op.kind === 'insertLid') {
      const art = this.doc[op.article % this.doc.length]!
      const at = op.at % (art.children.length + 1)
      art.children.splice(at, 0, { id: nextId++, type: 'lid', text: `Nieuw ¤ ${sentence(() => ((op.at * 13 + op.words) % 89) / 89, op.words)}.`, children: [] })
      this.commit()
      this.check()
    } else {
      const art = this.doc[op.article % this.doc.length]!
      if (art.children.length < 2) return
      const at = op.at % art.children.length
      const before = this.truth.slice()
      const [gone] = art.children.splice(at, 1)
      const ids = new Set(all([gone!]).map((n) => n.id))
      this.truth = this.truth.map((t) => (t.kind === 'at' && ids.has(t.node) ? { kind: 'deleted' } : t))
      this.commit()
      this.check()
      if (op.undo) {
        art.children.splice(at, 0, gone!)
        this.truth = this.truth.map((t, k) => (t.kind === 'deleted' && before[k]!.kind === 'at' && ids.has((before[k] as { node: number }).node) ? before[k]! : t))
        this.commit()
        this.check()
      }
    }
  }
}

/** A range lies within the deleted passage (so undo restores it exactly). */
const inside = (t: Truth, passage: { start: number; end: number; node: number }): boolean =>
  t.kind === 'at' && t.node === passage.node && t.start >= passage.start && t.end <= passage.end

const picksArb = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 6 })
const opsArb = fc.array(opArb, { minLength: 1, maxLength: 12 })

describe('comments through random edits (property)', () => {
  it('on generated texts: never lost, untouched ones in place, deleted ones orphaned, undo restores', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), picksArb, opsArb, (seed, picks, ops) => {
      const s = new Session(generated(seed), false, picks)
      s.check()
      for (const op of ops) s.apply(op)
    }), { numRuns: Number(process.env.RUNS ?? 150), ...(process.env.SEED ? { seed: Number(process.env.SEED), path: process.env.FC_PATH, endOnFailure: true } : {}) })
  })

  it('on art. 273f: the same, with onderdelen 1°–9° and leden renumbered', () => {
    const base = current273f()
    fc.assert(fc.property(picksArb, opsArb, (picks, ops) => {
      const s = new Session(fromLegal(base.units), true, picks)
      s.check()
      for (const op of ops) s.apply(op)
    }), { numRuns: Number(process.env.RUNS ?? 60), ...(process.env.SEED ? { seed: Number(process.env.SEED), path: process.env.FC_PATH, endOnFailure: true } : {}) })
  })
})

describe('comments resolved in the other version (property)', () => {
  it('art. 273f current → proposed: on an unchanged unit, at the same offsets of its successor; on a deleted unit, orphaned unless its words arrived elsewhere with their context', () => {
    const cur = current273f()
    const pro = proposed273f()
    const cmp = compareTexts(cur, pro)
    const proUnits = unitsByPath(pro.units)
    const units = walk(cur.units).filter((u) => u.text.length >= 20)
    fc.assert(fc.property(fc.nat(), fc.nat(), fc.nat(), (n, a, b) => {
      const unit = units[n % units.length]!
      const range = pickRange(unit.text, a, b)
      if (!range) return
      const c: Comment = { id: 'c', target: makeTarget('current', unit, range[0], range[1]), body: '', author: 'a', kind: 'opmerking', status: 'open', created: '' }
      const change = cmp.changes.find((ch) => ch.old.includes(unit.path))!
      const r = resolveComment(c, pro, { source: cur, comparison: cmp })
      expect(['anchored', 'orphaned']).toContain(r.state)
      if (change.kind === 'unchanged') {
        expect(r).toMatchObject({ state: 'anchored', unitPath: change.new[0], position: { start: range[0], end: range[1] } })
        expect(proUnits.get(change.new[0]!)!.text.slice(range[0], range[1])).toBe(c.target.quote.exact)
      }
      // A deleted unit's words are not looked for elsewhere, unless they arrived there with their context.
      if (change.kind === 'deleted' && r.state === 'anchored') {
        expect(r).toMatchObject({ method: 'moved', quote: c.target.quote.exact })
        expect(cmp.changes.find((ch) => ch.new.includes(r.unitPath))!.old.some((p) => unitsByPath(cur.units).get(p)!.text.includes(r.quote))).toBe(false)
      }
      // Wherever it is anchored, the text there is the quote or a close match of it.
      if (r.state === 'anchored') expect(proUnits.get(r.unitPath)!.text.slice(r.position.start, r.position.end)).toBe(r.quote)
    }), { numRuns: Number(process.env.RUNS ?? 300) })
  })
})
