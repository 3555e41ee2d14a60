/**
 * Shared fixtures and checks for the compare-*.test.ts files: a vocabulary of Dutch legal words,
 * a small mutable statute tree (`S`) that the tests build and edit and then turn into a
 * `LegalText`, and `checkContract`, which asserts every invariant of
 * /work/shared/contracts/comparison-json.md that holds for any pair of texts.
 */
import { expect } from 'vitest'
import type { LegalText, Unit, UnitType } from '../../shared/model/types.js'
import { childPath, flatten } from '../../shared/model/path.js'
import { normalizeSpace } from '../../shared/model/normalize.js'
import type { Change, ChangeKind, Comparison } from '../../shared/compare/index.js'

const WORDS = `
aanbesteding aangifte aanhouding aanklager aanspraak aanvraag aanwijzing accijns adoptie advocaat
afdeling afgifte afkondiging afschrift akte algemeen ambtenaar amendement arbeid arrest
bedrijf beginsel begroting behandeling beheer bekendmaking belang belasting beleid benoeming
beroep beschikking beslag beslissing besluit bestuur bestuursorgaan betaling bevoegdheid bewijs
bezwaar bijstand binnen blijkens bodem boete borgtocht burger college commissie curator
daarbij daartoe dagvaarding deskundige dienst dienstbaarheid doelstelling dwangsom echtgenoot eigenaar
eigendom erfgenaam ernstig feitelijk financieel gedeputeerde gemeente gerechtshof getuige gevangenis
gewest grondwet handeling handhaving heffing herziening hoger hoofdstuk huurder inbeslagneming
ingezetene inspecteur instemming inschrijving jaarlijks justitie kamer kantonrechter kennisgeving
keuring krachtens landsbelang lastgeving leeftijd lidstaat machtiging maatregel medewerking melding
minister ministerie misdrijf mondeling nadeel naleving nietigheid noodzakelijk notaris omgeving
onderzoek ontheffing onteigening ontneming opdracht openbaar opsporing overeenkomst overheid overtreding
overwicht pachter persoon politie provincie raadsman rechter rechtbank rechtspersoon regeling
registratie reglement rijkswet schadevergoeding schriftelijk schuldeiser schuldenaar senaat
strafbaar straf subsidie tenuitvoerlegging termijn toezicht toestemming uitspraak uitvoering
vennootschap verbod verdachte vergunning verhaal verjaring verklaring verordening vervolging
verzekering verzoek verzoekschrift voogdij voorwaarde voorziening vordering waterschap wederpartij
werkgever werknemer wetgever wetsvoorstel woning zaakwaarnemer zeggenschap zekerheid zorgplicht
aansprakelijkheid aanslag afwijzing alimentatie arbiter auteursrecht bedreiging begunstigde bekentenis
belanghebbende beroepschrift bestemming bewaring bezitter dwaling erfpacht executie faillissement
gebruiker gedaagde gemachtigde gezag hypotheek inkomen inzage kwijtschelding legaat mededinging
nalatenschap ondernemer opstal pand publicatie rechthebbende rechtsmiddel schenking schorsing
tussenkomst verbintenis vernietiging verweer vestiging volmacht voorlopig voorrang vruchtgebruik
wanprestatie wilsverklaring zakelijk zitting dwang geweld misleiding fraude afpersing uitbuiting
organen verwijdering voordeel opbrengst werving vervoer huisvesting overbrenging controle wisseling
prostitutie bedelarij slavernij praktijken activiteiten categorie geldboete gevangenisstraf hoogste
verenigde personen letsel levensgevaar levenslange tijdelijke kwetsbare positie situatie keuze
alternatief slachtoffer kenmerken omstandigheden jaren maanden weken dagen eerste tweede derde
vierde vijfde zesde zevende achtste negende tiende bepaling artikelen onderdelen leden bijlage
tarief heffingsplichtige belastingplichtige inspectie aanmaning invordering verrekening teruggaaf
bekostiging rijksbijdrage gemeenteraad burgemeester wethouders staten gedeputeerden commissaris
koning ministerraad raadgevend adviesorgaan ondernemingsraad vakbond cao loon uitkering pensioen
`

/** A few hundred distinct Dutch legal words. */
export const VOCAB: readonly string[] = [...new Set(WORDS.split(/\s+/).filter(Boolean))]

/** Words that never occur in VOCAB, for edits whose redline must show exactly them. */
export const FRESH: readonly string[] = ['vijftienjarig', 'hoofdelijk', 'onverwijld', 'uitdrukkelijk', 'zorgvuldig', 'redelijkerwijs', 'nadrukkelijk', 'onherroepelijk']

/** Deterministic PRNG (mulberry32) for the synthetic statutes. */
export function rng(seed: number): () => number {
  let t = seed >>> 0
  return () => {
    t = (t + 0x6d2b79f5) >>> 0
    let x = t
    x = Math.imul(x ^ (x >>> 15), x | 1)
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61)
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296
  }
}

/** A mutable statute unit. `id` survives cloning and edits, so tests know which unit became which. */
export interface S {
  id: number
  type: UnitType
  number: string
  text: string
  children: S[]
}

let nextId = 1
export const freshId = (): number => nextId++

export function unit(type: UnitType, number: string, text: string, children: S[] = []): S {
  return { id: freshId(), type, number, text, children }
}

export function clone(units: readonly S[]): S[] {
  return units.map((u) => ({ ...u, children: clone(u.children) }))
}

/** Every unit in document order. */
export function all(units: readonly S[]): S[] {
  const out: S[] = []
  const visit = (list: readonly S[]): void => {
    for (const u of list) {
      out.push(u)
      visit(u.children)
    }
  }
  visit(units)
  return out
}

export function parentOf(units: S[], target: S): S[] | undefined {
  if (units.includes(target)) return units
  for (const u of units) {
    const found = parentOf(u.children, target)
    if (found) return found
  }
  return undefined
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'
export const letter = (k: number): string => (k < 26 ? LETTERS[k]! : `z${k - 25}`)
export const ordinal = (k: number): string => `${k + 1}°`

/**
 * Renumbers every unit below the articles by its position, as a drafter would: leden 1, 2, …;
 * onderdelen in `style` (1° or a), subonderdelen in the other style. Article numbers are kept.
 */
export function renumber(articles: readonly S[], style: '1°' | 'a' = '1°'): void {
  const num = (depthStyle: '1°' | 'a', k: number): string => (depthStyle === '1°' ? ordinal(k) : letter(k))
  const other = style === '1°' ? 'a' : '1°'
  const visit = (list: readonly S[]): void => {
    list.forEach((u, k) => {
      if (u.type === 'lid') u.number = String(k + 1)
      else if (u.type === 'onderdeel') u.number = num(style, k)
      else if (u.type === 'subonderdeel') u.number = num(other, k)
      visit(u.children)
    })
  }
  for (const a of articles) visit(a.children)
}

/** The `LegalText` of a tree (divisions allowed at the top), with paths as in the contract. */
export function toLegalText(label: string, units: readonly S[]): LegalText {
  const conv = (u: S, parentPath: string): Unit => {
    const path = childPath(parentPath, u.type, u.number)
    return { type: u.type, number: u.number, path, text: u.text, children: u.children.map((c) => conv(c, path)) }
  }
  return { label, source: 'test', units: units.map((u) => conv(u, '')) }
}

/** Path of every unit by id. */
export function pathsById(units: readonly S[]): Map<number, string> {
  const out = new Map<number, string>()
  const visit = (list: readonly S[], parentPath: string): void => {
    for (const u of list) {
      const path = childPath(parentPath, u.type, u.number)
      out.set(u.id, path)
      visit(u.children, path)
    }
  }
  visit(units, '')
  return out
}

/** Texts of `n` words from VOCAB, never the same text twice. */
export function textMaker(random: () => number): (min: number, max: number) => string {
  const used = new Set<string>()
  return (min, max) => {
    for (;;) {
      const n = min + Math.floor(random() * (max - min + 1))
      const words = Array.from({ length: n }, () => VOCAB[Math.floor(random() * VOCAB.length)]!)
      const text = words.join(' ') + '.'
      if (!used.has(text)) {
        used.add(text)
        return text
      }
    }
  }
}

/**
 * A synthetic statute: `count` articles numbered 1…count. Article k % 4 === 0 carries its text
 * directly; the others have 1–5 leden (articles 3, 7, 11, … at least 4), some leden an
 * enumeration of 2–5 onderdelen, some onderdelen 2–3 subonderdelen. Every text is distinct.
 */
export function statute(seed: number, count: number, style: '1°' | 'a' = '1°'): S[] {
  const random = rng(seed)
  const text = textMaker(random)
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1))
  const arts: S[] = []
  for (let k = 1; k <= count; k++) {
    if (k % 4 === 0) {
      arts.push(unit('artikel', String(k), text(8, 30)))
      continue
    }
    const leden: S[] = []
    const nLeden = k % 4 === 3 ? int(4, 6) : int(1, 5)
    for (let l = 0; l < nLeden; l++) {
      const onderdelen: S[] = []
      if (random() < 0.35) {
        const nOnd = int(2, 5)
        for (let o = 0; o < nOnd; o++) {
          const subs: S[] = []
          if (random() < 0.2) for (let s = int(2, 3); s > 0; s--) subs.push(unit('subonderdeel', '', text(8, 20)))
          onderdelen.push(unit('onderdeel', '', text(8, 30), subs))
        }
      }
      leden.push(unit('lid', '', text(onderdelen.length ? 8 : 10, 30), onderdelen))
    }
    arts.push(unit('artikel', String(k), '', leden))
  }
  renumber(arts, style)
  return arts
}

/** One flat comparable record per change. */
export interface Brief {
  kind: ChangeKind
  old: string[]
  new: string[]
  renumbered: boolean
  moved: boolean
}

export const brief = (c: Change): Brief => ({
  kind: c.kind, old: [...c.old], new: [...c.new], renumbered: c.renumbered ?? false, moved: c.moved ?? false,
})

const byKey = (x: Brief, y: Brief): number => {
  const kx = JSON.stringify([x.old, x.new])
  const ky = JSON.stringify([y.old, y.new])
  return kx < ky ? -1 : kx > ky ? 1 : 0
}

export const sortBriefs = (list: Brief[]): Brief[] => [...list].sort(byKey)

/**
 * The expected changes from the construction: units that kept their id are `unchanged` (same
 * text) or `modified`; units only in the old tree are `deleted`, only in the new `inserted`;
 * renumbered when the number changed; moved only for ids in `moved`. `explicit` changes (splits,
 * merges) replace the defaults for the paths they mention.
 */
export function expectedChanges(oldUnits: readonly S[], newUnits: readonly S[], opts: { moved?: ReadonlySet<number>; explicit?: Brief[] } = {}): Brief[] {
  const explicit = opts.explicit ?? []
  const taken = new Set(explicit.flatMap((b) => [...b.old.map((p) => 'o' + p), ...b.new.map((p) => 'n' + p)]))
  const oldById = new Map(all(oldUnits).filter((u) => u.type === 'artikel' || u.type === 'lid' || u.type === 'onderdeel' || u.type === 'subonderdeel').map((u) => [u.id, u]))
  const newById = new Map(all(newUnits).filter((u) => u.type === 'artikel' || u.type === 'lid' || u.type === 'onderdeel' || u.type === 'subonderdeel').map((u) => [u.id, u]))
  const oldPaths = pathsById(oldUnits)
  const newPaths = pathsById(newUnits)
  const out: Brief[] = [...explicit]
  for (const [id, o] of oldById) {
    const op = oldPaths.get(id)!
    if (taken.has('o' + op)) continue
    const n = newById.get(id)
    if (!n) {
      out.push({ kind: 'deleted', old: [op], new: [], renumbered: false, moved: false })
      continue
    }
    const np = newPaths.get(id)!
    if (taken.has('n' + np)) throw new Error(`test bug: ${np} explicit but its old unit is not`)
    out.push({
      kind: normalizeSpace(o.text) === normalizeSpace(n.text) ? 'unchanged' : 'modified',
      old: [op], new: [np], renumbered: o.number !== n.number, moved: opts.moved?.has(id) ?? false,
    })
  }
  for (const [id] of newById) {
    const np = newPaths.get(id)!
    if (taken.has('n' + np) || oldById.has(id)) continue
    out.push({ kind: 'inserted', old: [], new: [np], renumbered: false, moved: false })
  }
  return sortBriefs(out)
}

const concat = (c: Change, side: 'old' | 'new'): string =>
  (c.words ?? []).filter((r) => r.op === 'equal' || r.op === (side === 'old' ? 'delete' : 'insert')).map((r) => r.text).join('')

/**
 * Every invariant of the contract that holds for any pair of texts. Returns nothing; fails the
 * current test (via expect) on the first violation, naming the change.
 */
export function checkContract(oldText: LegalText, newText: LegalText, cmp: Comparison): void {
  const olds = flatten(oldText.units).map((f) => f.unit)
  const news = flatten(newText.units).map((f) => f.unit)
  const oldByPath = new Map(olds.map((u) => [u.path, u]))
  const newByPath = new Map(news.map((u, k) => [u.path, { u, k }]))
  const oldOrder = new Map(olds.map((u, k) => [u.path, k]))

  expect(cmp.format).toBe('renvooi.comparison')
  expect(cmp.version).toBe(1)
  expect(cmp.old).toEqual({ label: oldText.label, units: olds.length })
  expect(cmp.new).toEqual({ label: newText.label, units: news.length })

  // (a) every unit of either text in exactly one change, at every level.
  expect([...cmp.changes.flatMap((c) => c.old)].sort()).toEqual(olds.map((u) => u.path).sort())
  expect([...cmp.changes.flatMap((c) => c.new)].sort()).toEqual(news.map((u) => u.path).sort())

  // (g) stats count the changes.
  const stats = { unchanged: 0, modified: 0, inserted: 0, deleted: 0, split: 0, merged: 0 }
  for (const c of cmp.changes) stats[c.kind]++
  expect(cmp.stats).toEqual(stats)

  for (const c of cmp.changes) {
    // Plain checks (expect() per field is slow over thousands of property runs); `where` names the change.
    const where = (): string => JSON.stringify({ kind: c.kind, old: c.old, new: c.new })
    const check = (ok: boolean, what: string): void => {
      if (!ok) expect.fail(`${what}: ${where()}`)
    }
    // (e) the shape of each kind.
    const shape: Record<string, [(n: number) => boolean, (n: number) => boolean]> = {
      inserted: [(n) => n === 0, (n) => n === 1],
      deleted: [(n) => n === 1, (n) => n === 0],
      split: [(n) => n === 1, (n) => n >= 2],
      merged: [(n) => n >= 2, (n) => n === 1],
      unchanged: [(n) => n === 1, (n) => n === 1],
      modified: [(n) => n === 1, (n) => n === 1],
    }
    const rule = shape[c.kind]
    check(rule !== undefined, 'unknown kind')
    check(rule![0](c.old.length) && rule![1](c.new.length), `${c.kind} with ${c.old.length} old and ${c.new.length} new paths`)
    if (c.kind === 'unchanged' || c.kind === 'modified') {
      const same = normalizeSpace(oldByPath.get(c.old[0]!)!.text) === normalizeSpace(newByPath.get(c.new[0]!)!.u.text)
      check(same === (c.kind === 'unchanged'), same ? 'same own text but modified' : 'different own text but unchanged')
    }
    if (c.kind === 'unchanged') check(c.similarity === 1 && c.words === undefined, 'unchanged needs similarity 1 and no words')
    if (c.similarity !== undefined) check(c.similarity >= 0 && c.similarity <= 1, `similarity ${c.similarity} outside 0..1`)
    if (c.old.length && c.new.length) {
      // renumbered: the number of the (first) old unit differs from that of the (first) new one.
      const on = oldByPath.get(c.old[0]!)!.number
      const nn = newByPath.get(c.new[0]!)!.u.number
      check((c.renumbered ?? false) === (on !== nn), `renumbered is ${c.renumbered} for ${on} → ${nn}`)
    }
    // (b) the redline concatenates to both texts (the parts of a split/merge joined by "\n").
    if (c.kind === 'modified' || c.kind === 'split' || c.kind === 'merged') {
      check(c.words !== undefined, 'no words')
      expect(concat(c, 'old'), where()).toBe(c.old.map((p) => oldByPath.get(p)!.text).join('\n'))
      expect(concat(c, 'new'), where()).toBe(c.new.map((p) => newByPath.get(p)!.u.text).join('\n'))
      check(c.words!.every((r) => r.text.length > 0), 'empty run')
    }
    // The parts of a split or merge are listed in document order.
    const inOrder = (ks: number[]): boolean => ks.every((k, i) => i === 0 || ks[i - 1]! < k)
    check(inOrder(c.old.map((p) => oldOrder.get(p)!)), 'old paths not in document order')
    check(inOrder(c.new.map((p) => newByPath.get(p)!.k)), 'new paths not in document order')
  }

  // (f) ordered by the new text, deletions where they stood: a deleted unit whose parent survives
  // stands inside the new counterpart of that parent (after its change, before anything outside
  // its subtree), one whose parent was deleted too right after it; consecutive deletions keep
  // the old order.
  const oldParent = new Map(flatten(oldText.units).map((f) => [f.unit.path, f.parent?.path]))
  const newEnd = news.map((_, k) => k)
  const newParents = flatten(newText.units).map((f) => (f.parent ? newByPath.get(f.parent.path)!.k : -1))
  for (let k = news.length - 1; k >= 0; k--) {
    const p = newParents[k]!
    if (p >= 0) newEnd[p] = Math.max(newEnd[p]!, newEnd[k]!)
  }
  const holder = new Map<string, Change>()
  for (const c of cmp.changes) for (const p of c.old) holder.set(p, c)
  let last = -1
  cmp.changes.forEach((c, k) => {
    if (c.kind !== 'deleted') {
      const pos = newByPath.get(c.new[0]!)!.k
      if (pos <= last) expect.fail(`change ${k} (${c.new[0]}) out of new document order`)
      last = pos
      return
    }
    const oi = oldOrder.get(c.old[0]!)!
    let prev = k - 1
    while (prev >= 0 && cmp.changes[prev]!.kind === 'deleted') {
      if (oldOrder.get(cmp.changes[prev]!.old[0]!)! >= oi) expect.fail(`consecutive deletions out of old order at ${c.old[0]}`)
      prev--
    }
    const parent = oldParent.get(c.old[0]!)
    if (parent === undefined) return // an article: anywhere in new order between its neighbours
    const host = holder.get(parent)!
    if (host.kind === 'deleted') {
      if (cmp.changes[k - 1]?.kind !== 'deleted') expect.fail(`deletion ${c.old[0]} does not follow the deletion of its parent`)
      return
    }
    const h = newByPath.get(host.new[0]!)!.k
    const at = prev >= 0 ? newByPath.get(cmp.changes[prev]!.new[0]!)!.k : -1
    if (at < h || at > newEnd[h]!) {
      expect.fail(`deletion ${c.old[0]} stands after ${cmp.changes[prev]?.new[0]}, outside ${host.new[0]} (the new place of its parent ${parent})`)
    }
  })
}

/** The changes with old and new (and inserted/deleted, split/merged) swapped, as records. */
export function swapped(cmp: Comparison): Brief[] {
  const swapKind: Record<ChangeKind, ChangeKind> = {
    unchanged: 'unchanged', modified: 'modified', inserted: 'deleted', deleted: 'inserted', split: 'merged', merged: 'split',
  }
  return sortBriefs(cmp.changes.map((c) => ({ ...brief(c), kind: swapKind[c.kind], old: [...c.new], new: [...c.old], moved: false })))
}
