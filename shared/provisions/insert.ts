/**
 * Inserting a provision into a text: as a new lid of an article (art. 273f lid 9) or as a new
 * article. Pure: returns a new LegalText (and its Markdown), so the structured comparison shows the
 * provision as an inserted unit like any other change, and the editor can load the Markdown.
 */
import { childPath, type LegalText, type Unit } from '../model/index.js'
import { writeMarkdown } from '../parse/write.js'
import { compareNumbers } from '../parse/numbering.js'
import type { ExplanationLanguage } from './language.js'

export type InsertionTarget =
  /** A lid of `article`; `number` defaults to the next free number; `replace` overwrites an existing lid. */
  | { readonly as: 'lid'; readonly article: string; readonly number?: string; readonly replace?: boolean }
  /** An article `number`, right after article `after` (default: at the end). */
  | { readonly as: 'artikel'; readonly number: string; readonly after?: string; readonly heading?: string; readonly replace?: boolean }

export interface Insertion {
  readonly text: LegalText
  /** Path of the inserted unit: `artikel:273f/lid:9`. */
  readonly path: string
  readonly markdown: string
}

/** Why a provision cannot go where it was asked to: shown to the drafter as is, in the language asked for. */
export class ProvisionInsertError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ProvisionInsertError'
  }
}

const ERRORS = {
  nl: {
    noLeden: (article: string) => `Artikel ${article} heeft onderdelen zonder leden; voeg de bepaling in als artikel.`,
    lidExists: (article: string, lid: string) => `Artikel ${article} heeft al een lid ${lid}.`,
    articleExists: (article: string) => `Er is al een artikel ${article}.`,
    noArticle: (article: string) => `Artikel ${article} staat niet in de tekst.`,
    outOfOrder: (number: string, after: string) => `Artikel ${number} kan niet na artikel ${after} komen: de nummering moet oplopen.`,
    empty: () => 'De bepaling heeft geen tekst.',
  },
  en: {
    noLeden: (article: string) => `Article ${article} has parts that are not paragraphs (leden); insert the provision as an article.`,
    lidExists: (article: string, lid: string) => `Article ${article} already has a paragraph (lid) ${lid}.`,
    articleExists: (article: string) => `There is already an article ${article}.`,
    noArticle: (article: string) => `Article ${article} is not in the text.`,
    outOfOrder: (number: string, after: string) => `Article ${number} cannot follow article ${after}: the numbers must rise.`,
    empty: () => 'The provision has no text.',
  },
} as const

/** Sorts "2" < "2a" < "10": a lid number is digits plus an optional letter suffix. */
function numberKey(n: string): [number, string] {
  const m = /^(\d+)(.*)$/.exec(n)
  return m ? [Number(m[1]), m[2]!] : [Number.MAX_SAFE_INTEGER, n]
}
const before = (a: string, b: string): boolean => {
  const [x, s] = numberKey(a)
  const [y, t] = numberKey(b)
  return x < y || (x === y && s < t)
}

/** Applies `change` to the article `number` wherever it stands (inside divisions too). */
function mapArticle(units: readonly Unit[], number: string, change: (a: Unit) => Unit): { units: Unit[]; found: boolean } {
  let found = false
  const visit = (list: readonly Unit[]): Unit[] =>
    list.map((u) => {
      if (u.type === 'artikel') {
        if (u.number !== number) return u
        found = true
        return change(u)
      }
      return u.children.length ? { ...u, children: visit(u.children) } : u
    })
  const out = visit(units)
  return { units: out, found }
}

function insertLid(article: Unit, provision: string, target: Extract<InsertionTarget, { as: 'lid' }>, lang: ExplanationLanguage): { article: Unit; path: string } {
  let children = article.children
  if (children.some((c) => c.type !== 'lid')) throw new ProvisionInsertError(ERRORS[lang].noLeden(article.number))
  let own = article.text
  if (!children.length && own.trim()) {
    // An article without leden gets them: its text becomes lid 1 (vernummering by insertion).
    children = [{ type: 'lid', number: '1', path: childPath(article.path, 'lid', '1'), text: own, children: [] }]
    own = ''
  }
  const highest = children.reduce((max, c) => Math.max(max, numberKey(c.number)[0]), 0)
  const number = target.number ?? String(highest + 1)
  const path = childPath(article.path, 'lid', number)
  const lid: Unit = { type: 'lid', number, path, text: provision, children: [] }
  if (children.some((c) => c.number === number)) {
    if (!target.replace) throw new ProvisionInsertError(ERRORS[lang].lidExists(article.number, number))
    return { article: { ...article, text: own, children: children.map((c) => (c.number === number ? lid : c)) }, path }
  }
  const at = children.filter((c) => before(c.number, number)).length
  return { article: { ...article, text: own, children: [...children.slice(0, at), lid, ...children.slice(at)] }, path }
}

function insertArticle(units: readonly Unit[], provision: string, target: Extract<InsertionTarget, { as: 'artikel' }>, lang: ExplanationLanguage): Unit[] {
  const article: Unit = { type: 'artikel', number: target.number, path: childPath('', 'artikel', target.number), ...(target.heading ? { heading: target.heading } : {}), text: provision, children: [] }
  const replaced = mapArticle(units, target.number, () => article)
  if (replaced.found) {
    if (!target.replace) throw new ProvisionInsertError(ERRORS[lang].articleExists(target.number))
    return replaced.units
  }
  if (target.after === undefined) return [...units, article]
  const after = target.after
  if (compareNumbers(target.number, after) < 0) throw new ProvisionInsertError(ERRORS[lang].outOfOrder(target.number, after))
  let placed = false
  // After `after`, and after the articles that follow it with lower numbers: 273fb after 273f
  // goes after an existing 273fa, so the numbers keep rising (Aanwijzing 6.16).
  const visit = (list: readonly Unit[]): Unit[] => {
    const at = list.findIndex((u) => u.type === 'artikel' && u.number === after)
    if (at < 0) return list.map((u) => (u.children.length && u.type !== 'artikel' ? { ...u, children: visit(u.children) } : u))
    placed = true
    let end = at + 1
    while (end < list.length && list[end]!.type === 'artikel' && compareNumbers(list[end]!.number, target.number) < 0) end++
    return [...list.slice(0, end), article, ...list.slice(end)]
  }
  const out = visit(units)
  if (!placed) throw new ProvisionInsertError(ERRORS[lang].noArticle(after))
  return out
}

/**
 * The number for a new article after `article`: the next letter after the articles already
 * inserted after it (273f, 273fa → 273fb), or the first (273fa).
 */
export function nextArticleNumber(text: LegalText | null, article: string): string {
  let last = ''
  const visit = (units: readonly Unit[]): void => {
    for (const u of units) {
      if (u.type !== 'artikel') visit(u.children)
      else if (u.number.length === article.length + 1 && u.number.startsWith(article)) {
        const letter = u.number[article.length]!
        if (letter >= 'a' && letter <= 'z' && letter > last) last = letter
      }
    }
  }
  if (text) visit(text.units)
  return last === 'z' ? `${article}za` : `${article}${last ? String.fromCharCode(last.charCodeAt(0) + 1) : 'a'}`
}

/**
 * Inserts `provision` (the Dutch text of the clause) at `target` and returns the new text. `lang`
 * is the language of the error messages only; the clause is inserted as it is.
 */
export function insertProvision(text: LegalText, provision: string, target: InsertionTarget, lang: ExplanationLanguage = 'nl'): Insertion {
  if (!provision.trim()) throw new ProvisionInsertError(ERRORS[lang].empty())
  let units: Unit[]
  let path: string
  if (target.as === 'lid') {
    let inserted = ''
    const r = mapArticle(text.units, target.article, (a) => {
      const out = insertLid(a, provision, target, lang)
      inserted = out.path
      return out.article
    })
    if (!r.found) throw new ProvisionInsertError(ERRORS[lang].noArticle(target.article))
    units = r.units
    path = inserted
  } else {
    units = insertArticle(text.units, provision, target, lang)
    path = childPath('', 'artikel', target.number)
  }
  const next: LegalText = { ...text, units }
  return { text: next, path, markdown: writeMarkdown(next) }
}

/** A non-punishment clause already in a text, and why it was recognised as one. */
export interface ExistingProvision {
  /** Path of the lid or article that holds it: `artikel:273f/lid:9`. */
  readonly path: string
  /**
   * `record`: a provision record of the project says it was inserted there and the unit still
   * holds that record's text; `wording`: the unit reads like a non-punishment clause.
   */
  readonly reason: 'record' | 'wording'
  /** The record's id, for `record`. */
  readonly recordId?: string
}

/** What an earlier insertion left in the project: the record's id, its text and where it went. */
export interface InsertedRecord {
  readonly id: string
  readonly text: string
  readonly insertedAs?: { readonly unitPath: string } | null
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim()

/**
 * The wording of a non-punishment clause: the victim of trafficking together with one of the
 * outcomes the template and the models use — not criminally liable, no prosecution, no penalty.
 */
export function readsAsNonPunishment(text: string): boolean {
  const t = squash(text).toLowerCase()
  if (!/slachtoffers? van mensenhandel/.test(t)) return false
  return /niet strafbaar|afzien van (de )?vervolging|ziet af van (de )?vervolging|geen straf (of maatregel )?(wordt|worden) opgelegd|loopt geen straf op/.test(t)
}

/**
 * The non-punishment clauses already in `text`: every lid or article whose own text reads as one,
 * and every unit an earlier record was inserted as that still holds that record's text (so a clause
 * whose wording the check does not know, edited by hand before insertion, is still found through
 * its record). `ignore` leaves out the unit a
 * new clause is about to replace, and everything inside it.
 */
export function findNonPunishmentProvisions(text: LegalText, records: readonly InsertedRecord[] = [], ignore?: string): ExistingProvision[] {
  const byPath = new Map<string, Unit>()
  const visit = (list: readonly Unit[]): void => {
    for (const u of list) {
      if (u.type === 'artikel' || u.type === 'lid') byPath.set(u.path, u)
      visit(u.children)
    }
  }
  visit(text.units)
  const ignored = (path: string): boolean => ignore !== undefined && (path === ignore || path.startsWith(`${ignore}/`))
  const fullText = (u: Unit): string => [u.text, ...u.children.map(fullText)].join(' ')
  const found = new Map<string, ExistingProvision>()
  for (const r of records) {
    const path = r.insertedAs?.unitPath
    const unit = path === undefined ? undefined : byPath.get(path)
    if (!unit || ignored(unit.path) || !r.text.trim()) continue
    if (squash(fullText(unit)) === squash(r.text)) found.set(unit.path, { path: unit.path, reason: 'record', recordId: r.id })
  }
  for (const u of byPath.values()) {
    // A lid, or an article's own text (its leden are visited in their own right).
    if (found.has(u.path) || ignored(u.path) || !readsAsNonPunishment(u.text)) continue
    found.set(u.path, { path: u.path, reason: 'wording' })
  }
  return [...found.values()]
}
