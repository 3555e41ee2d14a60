/**
 * Inserting a provision into a text: as a new lid of an article (art. 273f lid 9) or as a new
 * article. Pure: returns a new LegalText (and its Markdown), so the structured comparison shows the
 * provision as an inserted unit like any other change, and the editor can load the Markdown.
 */
import { childPath, type LegalText, type Unit } from '../model/index.js'
import { writeMarkdown } from '../parse/write.js'

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

/** Why a provision cannot go where it was asked to: shown to the drafter as is. */
export class ProvisionInsertError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ProvisionInsertError'
  }
}

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

function insertLid(article: Unit, provision: string, target: Extract<InsertionTarget, { as: 'lid' }>): { article: Unit; path: string } {
  let children = article.children
  if (children.some((c) => c.type !== 'lid')) throw new ProvisionInsertError(`Artikel ${article.number} heeft onderdelen zonder leden; voeg de bepaling in als artikel.`)
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
    if (!target.replace) throw new ProvisionInsertError(`Artikel ${article.number} heeft al een lid ${number}.`)
    return { article: { ...article, text: own, children: children.map((c) => (c.number === number ? lid : c)) }, path }
  }
  const at = children.filter((c) => before(c.number, number)).length
  return { article: { ...article, text: own, children: [...children.slice(0, at), lid, ...children.slice(at)] }, path }
}

function insertArticle(units: readonly Unit[], provision: string, target: Extract<InsertionTarget, { as: 'artikel' }>): Unit[] {
  const article: Unit = { type: 'artikel', number: target.number, path: childPath('', 'artikel', target.number), ...(target.heading ? { heading: target.heading } : {}), text: provision, children: [] }
  const replaced = mapArticle(units, target.number, () => article)
  if (replaced.found) {
    if (!target.replace) throw new ProvisionInsertError(`Er is al een artikel ${target.number}.`)
    return replaced.units
  }
  if (target.after === undefined) return [...units, article]
  let placed = false
  const visit = (list: readonly Unit[]): Unit[] =>
    list.flatMap((u) => {
      if (u.type === 'artikel') return u.number === target.after ? ((placed = true), [u, article]) : [u]
      return u.children.length ? [{ ...u, children: visit(u.children) }] : [u]
    })
  const out = visit(units)
  if (!placed) throw new ProvisionInsertError(`Artikel ${target.after} staat niet in de tekst.`)
  return out
}

/** Inserts `provision` (the Dutch text of the clause) at `target` and returns the new text. */
export function insertProvision(text: LegalText, provision: string, target: InsertionTarget): Insertion {
  if (!provision.trim()) throw new ProvisionInsertError('De bepaling heeft geen tekst.')
  let units: Unit[]
  let path: string
  if (target.as === 'lid') {
    let inserted = ''
    const r = mapArticle(text.units, target.article, (a) => {
      const out = insertLid(a, provision, target)
      inserted = out.path
      return out.article
    })
    if (!r.found) throw new ProvisionInsertError(`Artikel ${target.article} staat niet in de tekst.`)
    units = r.units
    path = inserted
  } else {
    units = insertArticle(text.units, provision, target)
    path = childPath('', 'artikel', target.number)
  }
  const next: LegalText = { ...text, units }
  return { text: next, path, markdown: writeMarkdown(next) }
}
