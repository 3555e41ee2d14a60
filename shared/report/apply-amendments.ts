import type { DivisionType, LegalText, Unit, UnitType } from '../model/types.js'
import { childPath } from '../model/path.js'
import { readBlock } from './amendment-block.js'
import { AmendmentError, applyOp, articleDrafts, type Closing, type DivisionRef, type Draft, type Op, type Renumbering, type Steps, type WordEdit } from './amendment-ops.js'
import { DIVISION_WORD } from './amendment-wording.js'
import { parseOrdinal } from './ordinals.js'

/**
 * A small interpreter of wijzigingsopdrachten in the wording amendments.ts writes (the patterns
 * of legal/aanwijzingen.md §d): it reads the lettered items back into ops and applies them to the
 * current text. It reads the words, not the generator's data, so a round trip proves that the
 * printed instructions alone produce the proposed text. Anything it does not understand is an
 * AmendmentError naming the sentence.
 */
export function applyAmendments(current: LegalText, instructions: string): LegalText {
  const { articles, divisions } = articleDrafts(current)
  for (const op of readAmendments(instructions)) applyOp(articles, op, divisions)
  return { label: current.label, source: current.source, units: articles.map((a) => toUnit(a, '')) }
}

interface Sentence {
  readonly text: string
  readonly block: string[]
}

export function readAmendments(instructions: string): Op[] {
  const lines = instructions.split('\n')
  const ops: Op[] = []
  let i = lines.findIndex((l) => /^[A-Z]+$/.test(l))
  if (i < 0) return ops
  while (i < lines.length) {
    i++ // the letter
    const sentences: Sentence[] = []
    for (; i < lines.length && !/^[A-Z]+$/.test(lines[i]!); i++) {
      const line = lines[i]!
      if (!line.trim()) continue
      if (/^ /.test(line)) {
        const last = sentences[sentences.length - 1]
        if (!last) throw new AmendmentError(`nieuwe tekst zonder opdracht: ${line.trim()}`)
        last.block.push(line)
      } else sentences.push({ text: line, block: [] })
    }
    const wrapper = /^Artikel (\S+) wordt als volgt gewijzigd:$/.exec(sentences[0]?.text ?? '')
    if (wrapper) {
      for (const s of sentences.slice(1)) ops.push(readSentence({ text: s.text.replace(/^\d+\. /, ''), block: s.block }, wrapper[1]!))
    } else {
      for (const s of sentences) ops.push(readSentence(s, null))
    }
  }
  return ops
}

const QUOTE = '«([^«»]*)»'

function readSentence(s: Sentence, article: string | null): Op {
  const t = s.text
  let m: RegExpExecArray | null
  if ((m = /^Artikel (\S+) vervalt\.$/.exec(t))) return { op: 'delete-article', article: m[1]! }
  if ((m = /^(Na|Voor) artikel (\S+) wordt een artikel ingevoegd, luidende:$/.exec(t))) {
    const unit = readBlock(s.block, 'artikel')
    return m[1] === 'Na' ? { op: 'insert-article', after: m[2]!, before: null, unit } : { op: 'insert-article', after: null, before: m[2]!, unit }
  }
  if ((m = /^Aan het begin van (.+?) wordt een artikel ingevoegd, luidende:$/.exec(t))) {
    return { op: 'insert-article', after: null, before: null, division: division(m[1]!, t), unit: readBlock(s.block, 'artikel') }
  }
  if ((m = /^Artikel (\S+) komt te luiden:$/.exec(t))) return { op: 'replace-article', article: m[1]!, unit: readBlock(s.block, 'artikel') }
  // Word edits first: their quotes may hold anything, ", komt te luiden: " included.
  if ((m = /^In (.+?),? (wordt|vervalt) (.*)\.$/.exec(t))) {
    const where = cited(m[1]!, article)
    const edits = clauses(`${m[2]} ${m[3]}`, t)
    return where.sentence === undefined ? { op: 'words', article: where.article, at: where.at, edits }
      : { op: 'words', article: where.article, at: where.at, edits, sentence: where.sentence }
  }
  if ((m = /^Aan ([^«»]+?),? wordt een zin toegevoegd, luidende: (.+)$/.exec(t))) {
    const where = cited(m[1]!, article)
    return { op: 'add-sentence', article: where.article, at: where.at, text: m[2]! }
  }
  if ((m = /^([^«»]+?), komt te luiden: (.+)$/.exec(t))) {
    const where = cited(m[1]!, article)
    if (where.sentence === undefined) throw new AmendmentError(`onbegrepen opdracht: ${t}`)
    return { op: 'replace-sentence', article: where.article, at: where.at, sentence: where.sentence, text: m[2]! }
  }
  if ((m = /^(.+?),? komt te luiden:$/.exec(t))) {
    const where = cited(m[1]!, article)
    return { op: 'replace', article: where.article, at: where.at, unit: readBlock(s.block, where.at[where.at.length - 1]!.type) }
  }
  if ((m = /^(.+?),? vervalt(?:, onder (?:vernummering|verlettering) van (.+))?\.$/.exec(t))) {
    const where = cited(m[1]!, article)
    if (where.sentence !== undefined && !m[2]) return { op: 'delete-sentence', article: where.article, at: where.at, sentence: where.sentence }
    const type = where.at[where.at.length - 1]?.type
    if (!type || where.sentence !== undefined) throw new AmendmentError(`onbegrepen opdracht: ${t}`)
    return { op: 'delete', article: where.article, at: where.at, renumber: m[2] ? renumbering(m[2], type, t) : null }
  }
  if ((m = /^(?:Onder (?:vernummering|verlettering) van (.+) wordt (na|voor) (.+?),? een (lid|onderdeel|subonderdeel) ingevoegd, luidende:|(Na|Voor) (.+?),? wordt een (lid|onderdeel|subonderdeel) ingevoegd, luidende:)$/.exec(t))) {
    const type = (m[4] ?? m[7]) as UnitType
    const sibling = cited(lower(m[3] ?? m[6]!), article)
    const position = (m[2] ?? m[5]!).toLowerCase()
    const last = sibling.at[sibling.at.length - 1]!
    return {
      op: 'insert', article: sibling.article, at: sibling.at.slice(0, -1),
      after: position === 'na' ? last.number : null, before: position === 'voor' ? last.number : null,
      unit: readBlock(s.block, type), renumber: m[1] ? renumbering(m[1], type, t) : null,
    }
  }
  // Aanwijzing 6.18, tweede lid, B: the closing punctuation of the last unit replaced while adding one.
  if ((m = /^(?:Aan (.+?),? wordt, (onder vervanging .+),|(Onder vervanging .+) wordt) een (lid|onderdeel|subonderdeel) toegevoegd, luidende:$/.exec(t))) {
    const where = m[1] ? cited(m[1], article) : { article: need(article, t), at: [] }
    return { op: 'add', article: where.article, at: where.at, unit: readBlock(s.block, m[4] as UnitType), closing: readClosing(lower(m[2] ?? m[3]!), t) }
  }
  if ((m = /^(?:Er|Aan (.+?),?) wordt een (lid|onderdeel|subonderdeel) toegevoegd, luidende:$/.exec(t))) {
    const where = m[1] ? cited(m[1], article) : { article: need(article, t), at: [] }
    return { op: 'add', article: where.article, at: where.at, unit: readBlock(s.block, m[2] as UnitType) }
  }
  throw new AmendmentError(`onbegrepen opdracht: ${t}`)
}

const PUNCTUATION_WORDS: Readonly<Record<string, string>> = { punt: '.', puntkomma: ';', 'dubbele punt': ':', komma: ',' }

/** "onder vervanging van de punt aan het slot van onderdeel 3° door een puntkomma" (or «; of» for the words). */
function readClosing(phrase: string, t: string): Closing {
  const m = /^onder vervanging van (?:de (punt|puntkomma|dubbele punt|komma)|«([^«»]+)») aan het slot van (?:lid|onderdeel|subonderdeel) (\S+) door (?:een (punt|puntkomma|dubbele punt|komma)|«([^«»]+)»)$/.exec(phrase)
  if (!m) throw new AmendmentError(`onbegrepen vervanging: ${t}`)
  return { number: m[3]!, from: m[2] ?? PUNCTUATION_WORDS[m[1]!]!, to: m[5] ?? PUNCTUATION_WORDS[m[4]!]! }
}

const DIVISION_TYPE = new Map(Object.entries(DIVISION_WORD).map(([type, w]) => [w.toLowerCase(), type as DivisionType]))

/** "titel XVIII van Boek 2" → outermost first: Boek 2, titel XVIII. */
function division(phrase: string, t: string): DivisionRef {
  return phrase.split(' van ').reverse().map((part) => {
    const m = /^(\S+) (\S+)$/.exec(part)
    const type = m ? DIVISION_TYPE.get(m[1]!.toLowerCase()) : undefined
    if (!m || !type) throw new AmendmentError(`onbegrepen aanduiding: ${t}`)
    return { type, number: m[2]! }
  })
}

const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1)

function need(article: string | null, t: string): string {
  if (article === null) throw new AmendmentError(`geen artikel genoemd: ${t}`)
  return article
}

/** "artikel 273f, eerste lid, onderdeel a" or, inside an article, "het eerste lid, onder 2°", optionally ", tweede zin". */
function cited(phrase: string, article: string | null): { article: string; at: Steps; sentence?: number } {
  const parts = lower(phrase).split(', ')
  const zin = /^(\S+) zin$/.exec(parts[parts.length - 1] ?? '')
  const sentence = zin ? parseOrdinal(zin[1]!) : undefined
  if (zin && sentence === undefined) throw new AmendmentError(`onbegrepen aanduiding: ${phrase}`)
  if (zin) parts.pop()
  let art = article
  const first = /^artikel (\S+)$/.exec(parts[0]!)
  if (first) {
    art = first[1]!
    parts.shift()
  }
  const at = parts.map((p) => {
    let m: RegExpExecArray | null
    if ((m = /^(?:het )?(\S+) lid$/.exec(p)) && parseOrdinal(m[1]!)) return { type: 'lid' as const, number: String(parseOrdinal(m[1]!)) }
    if ((m = /^(?:het )?lid (\S+)$/.exec(p))) return { type: 'lid' as const, number: m[1]! }
    if ((m = /^onderdeel (\S+)$/.exec(p))) return { type: 'onderdeel' as const, number: m[1]! }
    if ((m = /^onder (\S+)$/.exec(p))) return { type: 'subonderdeel' as const, number: m[1]! }
    throw new AmendmentError(`onbegrepen aanduiding: ${phrase}`)
  })
  return { article: need(art, phrase), at, ...(sentence !== undefined ? { sentence } : {}) }
}

function clauses(rest: string, t: string): WordEdit[] {
  const re = new RegExp(`^(?:wordt ${QUOTE} vervangen door ${QUOTE}|vervalt ${QUOTE}|wordt na ${QUOTE} ingevoegd ${QUOTE})(?:, | en |$)`)
  const edits: WordEdit[] = []
  let s = rest
  while (s) {
    const m = re.exec(s)
    if (!m) throw new AmendmentError(`onbegrepen wijziging: ${t}`)
    if (m[1] !== undefined) edits.push({ kind: 'replace', from: m[1], to: m[2]! })
    else if (m[3] !== undefined) edits.push({ kind: 'delete', text: m[3] })
    else edits.push({ kind: 'insert-after', anchor: m[4]!, text: m[5]! })
    s = s.slice(m[0].length)
  }
  return edits
}

/** "het tweede tot en met zevende lid tot derde tot en met achtste lid", "de onderdelen c tot en met f tot d tot en met g", "de onderdelen c en d tot d en e", "onderdeel c tot d". */
function renumbering(phrase: string, type: UnitType, t: string): Renumbering {
  const lid = (w: string): string => {
    const n = parseOrdinal(w)
    if (!n) throw new AmendmentError(`onbegrepen vernummering: ${t}`)
    return String(n)
  }
  let m: RegExpExecArray | null
  if (type === 'lid') {
    if ((m = /^het (\S+) (?:tot en met|en) (\S+) lid tot (\S+) (?:tot en met|en) (\S+) lid$/.exec(phrase))) return { first: lid(m[1]!), last: lid(m[2]!), to: lid(m[3]!) }
    if ((m = /^het (\S+) lid tot (\S+) lid$/.exec(phrase))) return { first: lid(m[1]!), last: lid(m[1]!), to: lid(m[2]!) }
  } else {
    if ((m = /^de (?:sub)?onderdelen (\S+) (?:tot en met|en) (\S+) tot (\S+) (?:tot en met|en) (\S+)$/.exec(phrase))) return { first: m[1]!, last: m[2]!, to: m[3]! }
    if ((m = /^(?:sub)?onderdeel (\S+) tot (\S+)$/.exec(phrase))) return { first: m[1]!, last: m[1]!, to: m[2]! }
  }
  throw new AmendmentError(`onbegrepen vernummering: ${t}`)
}

function toUnit(d: Draft, parentPath: string): Unit {
  const path = childPath(parentPath, d.type, d.number)
  return { type: d.type, number: d.number, path, ...(d.heading ? { heading: d.heading } : {}), text: d.text, children: d.children.map((c) => toUnit(c, path)) }
}
