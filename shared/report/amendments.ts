import type { Comparison } from '../compare/types.js'
import { redline } from '../compare/redline.js'
import type { LegalText, Unit } from '../model/types.js'
import { walk } from '../model/path.js'
import { applyOp, applyWordEdit, articleDrafts, divisionRef, divisionStart, findArticle, toDraft, type Closing, type Draft, type Op, type Steps, type WordEdit } from './amendment-ops.js'
import { word } from './amendment-wording.js'
import { planText } from './amendment-text.js'
import { consecutiveScheme, numberAt, type Scheme } from './numbering.js'

/**
 * Wijzigingsopdrachten: the amendment instructions that turn the current text into the proposed
 * one, lettered A, B, … one letter per article (aanwijzing 6.15), worded per the Aanwijzingen
 * (amendment-wording.ts). A unit is amended word by word while that stays readable and every
 * quoted phrase is unique; otherwise it "komt te luiden". Leden and onderdelen are inserted and
 * deleted with renumbering where their numbering runs 1, 2, 3 (or a, b, c; 1°, 2°) without gaps,
 * and otherwise the holding unit komt te luiden. Every op is applied to a working copy as it is
 * made, so later instructions cite the numbers as they stand then.
 */
export interface AmendmentOptions {
  /** "Het Wetboek van Strafrecht" — the regeling being amended. */
  readonly regeling?: string
  /** Roman numeral of the amending article ("ARTIKEL I"). */
  readonly artikel?: string
  /** More word changes than this in one unit and it komt te luiden. */
  readonly maxEdits?: number
}

export interface AmendmentItem {
  readonly letter: string
  /** The article the item amends (or inserts, or deletes). */
  readonly article: string
  readonly ops: readonly Op[]
}

export function amendmentsFor(oldText: LegalText, newText: LegalText, comparison: Comparison | null, opts: AmendmentOptions = {}): AmendmentItem[] {
  const partner = partners(comparison)
  const { articles: current, divisions } = articleDrafts(oldText)
  const starts = divisionStarts(newText, new Set(divisions))
  const olds = articles(oldText)
  const news = articles(newText)
  const groups: Array<{ article: string; ops: Op[] }> = []
  const emit = (article: string, ops: Op[]): void => {
    if (!ops.length) return
    groups.push({ article, ops })
  }
  const oldIndex = new Map(olds.map((a, i) => [a.number, i]))
  const newNumbers = new Set(news.map((a) => a.number))
  let lastOld = -1
  const kept = new Set<string>()
  // An article keeps its place when its number stays and it does not jump back (a moved article is deleted and re-inserted).
  for (const a of news) {
    const i = oldIndex.get(a.number)
    if (i !== undefined && i > lastOld) {
      kept.add(a.number)
      lastOld = i
    }
  }
  // Old articles already deleted (a moved article is deleted, then re-inserted under the same number).
  const deleted = new Set<string>()
  const deleteOld = (upTo: number): void => {
    for (const o of olds.slice(0, upTo)) {
      if (kept.has(o.number) || deleted.has(o.number)) continue
      deleted.add(o.number)
      const op: Op = { op: 'delete-article', article: o.number }
      applyOp(current, op)
      emit(o.number, [op])
    }
  }
  news.forEach((a, j) => {
    if (kept.has(a.number)) {
      deleteOld(oldIndex.get(a.number)!)
      const ops = amendArticle(current, olds[oldIndex.get(a.number)!]!, a, partner, opts.maxEdits ?? 6)
      emit(a.number, ops)
      return
    }
    // Deleted first if it stood elsewhere, then inserted after the article that precedes it now.
    if (current.some((c) => c.number === a.number)) {
      deleted.add(a.number)
      const op: Op = { op: 'delete-article', article: a.number }
      applyOp(current, op)
      emit(a.number, [op])
    }
    const previous = j > 0 ? news[j - 1]!.number : null
    const next = current.find((c) => newNumbers.has(c.number) && kept.has(c.number) && news.findIndex((n) => n.number === c.number) > j)
    const plain: Op = previous !== null
      ? { op: 'insert-article', after: previous, before: null, unit: toDraft(a) }
      : { op: 'insert-article', after: null, before: next?.number ?? current[0]?.number ?? null, unit: toDraft(a) }
    // The first article of a division (that the current text has) is inserted "aan het begin van"
    // it (aanwijzing 6.11), when that is the same place among the articles as after its predecessor
    // (but for old articles in between that are yet to be deleted).
    const start = starts.get(a.number)
    const place = placeOf(current, plain)
    const inDivision = start === undefined ? -1 : divisionStart(current, start, divisions)
    const op: Op = start !== undefined && inDivision >= 0 && current.slice(Math.min(place, inDivision), Math.max(place, inDivision)).every((c) => !kept.has(c.number))
      ? { op: 'insert-article', after: null, before: null, unit: toDraft(a), division: divisionRef(start, divisions) }
      : plain
    applyOp(current, op, divisions)
    emit(a.number, [op])
  })
  deleteOld(olds.length)
  return groups.map((g, i) => ({ letter: letter(i), article: g.article, ops: g.ops }))
}

/** A … Z, then AA, BB … (aanwijzing 6.15, toelichting). */
export function letter(i: number): string {
  return String.fromCharCode(65 + (i % 26)).repeat(Math.floor(i / 26) + 1)
}

/** The instructions as printed: ARTIKEL I, the opening sentence, then the lettered items. */
export function amendmentsToText(items: readonly AmendmentItem[], opts: AmendmentOptions = {}): string {
  const out = [`ARTIKEL ${opts.artikel ?? 'I'}`, '', `${opts.regeling ?? 'De regeling'} wordt als volgt gewijzigd:`, '']
  if (!items.length) out.push('(geen wijzigingen)', '')
  for (const item of items) {
    out.push(item.letter, '')
    if (item.ops.length === 1) {
      out.push(...word(item.ops[0]!, true), '')
      continue
    }
    out.push(`Artikel ${item.article} wordt als volgt gewijzigd:`, '')
    item.ops.forEach((op, i) => {
      const [head, ...block] = word(op, false)
      out.push(`${i + 1}. ${head}`, ...block, '')
    })
  }
  return out.join('\n')
}

/** Where a plain insert-article op puts its article among `current`. */
function placeOf(current: readonly Draft[], op: Extract<Op, { op: 'insert-article' }>): number {
  return op.after !== null ? findArticle([...current], op.after) + 1 : op.before !== null ? findArticle([...current], op.before) : current.length
}

/**
 * Article number → path of the innermost division it opens (the first article in it, or in a
 * division inside it) in `text`, for divisions among `known` (those of the current text).
 */
function divisionStarts(text: LegalText, known: ReadonlySet<string>): Map<string, string> {
  const starts = new Map<string, string>()
  const visit = (units: readonly Unit[], open: string | null): void => {
    for (const u of units) {
      if (u.type === 'artikel') {
        if (open !== null) starts.set(u.number, open)
        open = null
      } else if (u.type !== 'lid' && u.type !== 'onderdeel' && u.type !== 'subonderdeel') {
        // A division opens here; its first article starts it (the innermost, when several open at once).
        visit(u.children, known.has(u.path) ? u.path : open)
        open = null
      }
    }
  }
  visit(text.units, null)
  return starts
}

function articles(text: LegalText): Unit[] {
  return walk(text.units).filter((u) => u.type === 'artikel')
}

/** old path → new path for units the comparison pairs one to one. */
function partners(comparison: Comparison | null): Map<string, string> {
  const map = new Map<string, string>()
  for (const c of comparison?.changes ?? []) {
    if (c.old.length === 1 && c.new.length === 1 && (c.kind === 'unchanged' || c.kind === 'modified')) map.set(c.old[0]!, c.new[0]!)
  }
  return map
}

function amendArticle(current: Draft[], oldA: Unit, newA: Unit, partner: Map<string, string>, maxEdits: number): Op[] {
  const ops: Op[] = []
  const push = (op: Op): void => {
    applyOp(current, op)
    ops.push(op)
  }
  const whole = (): Op[] => {
    // Undo nothing: the working copy is replaced wholesale, like the instruction says.
    const op: Op = { op: 'replace-article', article: oldA.number, unit: toDraft(newA) }
    applyOp(current, op)
    return [op]
  }
  if ((oldA.heading ?? '') !== (newA.heading ?? '')) return whole()
  const ctx: Ctx = { article: oldA.number, partner, maxEdits, push }
  const plan = planUnit(oldA, newA, ctx)
  if (plan === 'replace') return whole()
  plan([])
  return withClosings(ops, oldA)
}

/**
 * An onderdeel added at the end mostly changes the closing punctuation of the one before it (its
 * full stop becomes a semicolon). The adding instruction says so itself (Aanwijzing 6.18, tweede
 * lid, B: "Onder vervanging van de punt aan het slot van onderdeel d door een puntkomma wordt een
 * onderdeel toegevoegd"), instead of a word change of its own just before it. The working copy
 * is already as both left it; only the wording changes.
 */
function withClosings(ops: readonly Op[], oldA: Unit): Op[] {
  const out: Op[] = []
  for (const op of ops) {
    const prev = out[out.length - 1]
    const closing = op.op === 'add' && prev?.op === 'words' ? closingOf(prev, op, oldA) : null
    if (closing && op.op === 'add') out[out.length - 1] = { ...op, closing }
    else out.push(op)
  }
  return out
}

/** Closing punctuation: a full stop, semicolon, colon or comma, or "; en", "; of", ", en", ", of". */
const CLOSING = /^(?:[.;:,]|[;,] (?:en|of))$/

function closingOf(words: Extract<Op, { op: 'words' }>, add: Extract<Op, { op: 'add' }>, oldA: Unit): Closing | null {
  const target = words.at[words.at.length - 1]
  const edit = words.edits[0]
  if (!target || !edit || words.edits.length !== 1 || words.sentence !== undefined || edit.kind !== 'replace') return null
  if (words.article !== add.article || target.type !== add.unit.type || words.at.length !== add.at.length + 1) return null
  if (!add.at.every((s, i) => s.type === words.at[i]!.type && s.number === words.at[i]!.number)) return null
  const parent = unitAt(oldA, add.at)
  const sibling = parent?.children[parent.children.length - 1]
  if (!sibling || sibling.number !== target.number || !sibling.text.endsWith(edit.from)) return null
  // The words both quotes share, up to the last letter or digit; what follows is the punctuation.
  let common = 0
  while (common < edit.from.length && edit.from[common] === edit.to[common]) common++
  while (common > 0 && /[\s.;:,]/.test(edit.from[common - 1]!)) common--
  const from = edit.from.slice(common)
  const to = edit.to.slice(common)
  return CLOSING.test(from) && CLOSING.test(to) ? { number: target.number, from, to } : null
}

function unitAt(article: Unit, at: Steps): Unit | undefined {
  let unit: Unit | undefined = article
  for (const step of at) unit = unit?.children.find((c) => c.type === step.type && c.number === step.number)
  return unit
}

interface Ctx {
  readonly article: string
  readonly partner: Map<string, string>
  readonly maxEdits: number
  readonly push: (op: Op) => void
}

const same = (a: Draft, b: Draft): boolean => JSON.stringify(a) === JSON.stringify(b)

/**
 * What to do with one unit: 'replace' when it must komt te luiden, otherwise a function that
 * emits its ops at the given citation (its own words, then its children, then their insertions
 * and deletions — innermost first, so every citation uses the numbers as they still are).
 */
function planUnit(o: Unit, n: Unit, ctx: Ctx): 'replace' | ((at: Steps) => void) {
  if (same({ ...toDraft(o), number: n.number }, toDraft(n))) return () => {}
  const text = planText(o.text, n.text, ctx.maxEdits, wordEdits)
  if (text === null) return 'replace'
  const kids = planChildren(o, n, ctx)
  if (kids === 'replace') return 'replace'
  return (at) => {
    for (const op of text) ctx.push({ ...op, article: ctx.article, at })
    kids(at)
  }
}

function planChildren(o: Unit, n: Unit, ctx: Ctx): 'replace' | ((at: Steps) => void) {
  const newIndex = new Map(n.children.map((c, i) => [c.path, i]))
  const matched: Array<[number, number]> = []
  let last = -1
  o.children.forEach((c, i) => {
    const j = newIndex.get(ctx.partner.get(c.path) ?? '')
    if (j !== undefined && j > last && n.children[j]!.type === c.type) {
      matched.push([i, j])
      last = j
    }
  })
  const inner = matched.map(([i, j]) => ({ old: o.children[i]!, target: n.children[j]!, plan: planUnit(o.children[i]!, n.children[j]!, ctx) }))
  const structural = matched.length !== o.children.length || matched.length !== n.children.length || matched.some(([i, j]) => o.children[i]!.number !== n.children[j]!.number)
  let scheme: Scheme | null = null
  if (structural && n.children.length) {
    scheme = consecutiveScheme(n.children.map((c) => c.number))
    const oldScheme = o.children.length ? consecutiveScheme(o.children.map((c) => c.number)) : scheme
    if (!scheme || scheme !== oldScheme || new Set(n.children.map((c) => c.type)).size > 1) return 'replace'
  }
  return (at) => {
    for (const { old, target, plan } of inner) {
      const here = [...at, { type: old.type, number: old.number }]
      // A child that komt te luiden keeps its current number; the renumbering below gives it the new one.
      if (plan === 'replace') ctx.push({ op: 'replace', article: ctx.article, at: here, unit: { ...toDraft(target), number: old.number } })
      else plan(here)
    }
    if (structural) restructure(o, n, matched, scheme, at, ctx)
  }
}

/** Deletions left to right, then insertions left to right, each renumbering the siblings after it. */
function restructure(o: Unit, n: Unit, matched: Array<[number, number]>, scheme: Scheme | null, at: Steps, ctx: Ctx): void {
  const keptOld = new Set(matched.map(([i]) => i))
  const keptNew = new Set(matched.map(([, j]) => j))
  const working = o.children.map((c) => ({ type: c.type, number: c.number }))
  let pos = 0
  for (let i = 0; i < o.children.length; i++) {
    if (keptOld.has(i)) {
      pos++
      continue
    }
    const victim = working[pos]!
    const followers = working.slice(pos + 1)
    const renumber = scheme && followers.length
      ? { first: followers[0]!.number, last: followers[followers.length - 1]!.number, to: numberAt(scheme, pos + 1)! }
      : null
    ctx.push({ op: 'delete', article: ctx.article, at: [...at, victim], renumber })
    working.splice(pos, 1)
    if (renumber) followers.forEach((f, k) => { f.number = numberAt(scheme!, pos + 1 + k)! })
  }
  n.children.forEach((c, j) => {
    if (keptNew.has(j)) return
    const unit = toDraft(c)
    if (j >= working.length) {
      ctx.push({ op: 'add', article: ctx.article, at, unit })
      working.push({ type: c.type, number: c.number })
      return
    }
    const followers = working.slice(j)
    const renumber = { first: followers[0]!.number, last: followers[followers.length - 1]!.number, to: numberAt(scheme!, j + 2)! }
    const after = j > 0 ? working[j - 1]!.number : null
    ctx.push({ op: 'insert', article: ctx.article, at, after, before: after === null ? followers[0]!.number : null, unit, renumber })
    followers.forEach((f, k) => { f.number = numberAt(scheme!, j + 2 + k)! })
    working.splice(j, 0, { type: c.type, number: c.number })
  })
}

/**
 * The word changes from one text to another as quoted edits, each applied to the text as the
 * previous ones left it; null when the unit should rather komt te luiden (too many changes, a
 * change across alinea, guillemets in the text, or no unique quote).
 */
export function wordEdits(from: string, to: string, maxEdits: number): WordEdit[] | null {
  if (/[«»]/.test(from + to)) return null
  const r = redline(from, to)
  if (r.approximate) return null
  const edits: WordEdit[] = []
  let text = from
  let pos = 0
  let changed = 0
  const runs = r.runs
  for (let i = 0; i < runs.length;) {
    if (runs[i]!.op === 'equal') {
      pos += runs[i]!.text.length
      i++
      continue
    }
    let removed = ''
    let added = ''
    for (; i < runs.length && runs[i]!.op !== 'equal'; i++) {
      if (runs[i]!.op === 'delete') removed += runs[i]!.text
      else added += runs[i]!.text
    }
    changed += removed.length + added.length
    const expected = text.slice(0, pos) + added + text.slice(pos + removed.length)
    const edit = chooseEdit(text, pos, removed, added, expected)
    if (!edit) return null
    edits.push(edit)
    text = expected
    pos += added.length
  }
  if (text !== to) return null
  if (edits.length > maxEdits || changed > 0.6 * Math.max(from.length, to.length)) return null
  return edits
}

function chooseEdit(text: string, at: number, deleted: string, inserted: string, expected: string): WordEdit | null {
  let pos = at
  let removed = deleted
  let added = inserted
  if ((removed + added).includes('\n')) return null
  // "eerste[ of tweede] lid" reads better than "eerste [of tweede ]lid": move a trailing space to the front.
  if (!removed && added.endsWith(' ') && text[pos - 1] === ' ') {
    pos -= 1
    added = ' ' + added.slice(0, -1)
  }
  if (!added && removed.endsWith(' ') && text[pos - 1] === ' ') {
    pos -= 1
    removed = ' ' + removed.slice(0, -1)
  }
  const works = (e: WordEdit): boolean => {
    try {
      return applyWordEdit(text, e) === expected
    } catch {
      return false
    }
  }
  const candidates: WordEdit[] = []
  if (!added && removed.trim()) candidates.push({ kind: 'delete', text: removed.trim() })
  if (!removed && added.trim()) {
    for (let start = wordStart(text, pos - 1), n = 0; start > 0 && n < 4; start = wordStart(text, start - 2), n++) {
      candidates.push({ kind: 'insert-after', anchor: text.slice(start, pos), text: added.replace(/^ /, '') })
    }
    candidates.push({ kind: 'insert-after', anchor: text.slice(0, pos), text: added.replace(/^ /, '') })
  }
  // Replacement with whole words of context, widened until the quote is unique: the fewest words
  // first, words before the change before words after it.
  const lefts = [wordStart(text, pos - 1)]
  const rights = [wordEnd(text, pos + removed.length)]
  for (let n = 0; n < 5; n++) {
    lefts.push(lefts[n]! > 0 ? wordStart(text, lefts[n]! - 2) : 0)
    rights.push(rights[n]! < text.length ? wordEnd(text, rights[n]! + 1) : text.length)
  }
  for (let total = 0; total < 6; total++) {
    for (let l = total; l >= 0; l--) {
      const left = lefts[l]!
      const right = rights[total - l]!
      const from = text.slice(left, right)
      const to = text.slice(left, pos) + added + text.slice(pos + removed.length, right)
      // Quotes of a word or two letters ("lid", "a") are hard to find in print; take more context.
      if (from.length > 3 && from === from.trim() && to === to.trim()) candidates.push({ kind: 'replace', from, to })
    }
  }
  // A quote is printed on one line: it may not reach across alinea.
  return candidates.find((e) => !Object.values(e).some((v) => v.includes('\n')) && works(e)) ?? null
}

/** Start of the word that holds index i (0 when before the text). */
function wordStart(text: string, i: number): number {
  let k = Math.max(0, Math.min(i + 1, text.length))
  while (k > 0 && text[k - 1] !== ' ') k--
  return k
}

/** End of the word that holds index i. */
function wordEnd(text: string, i: number): number {
  let k = Math.max(0, Math.min(i, text.length))
  while (k < text.length && text[k] !== ' ') k++
  return k
}

