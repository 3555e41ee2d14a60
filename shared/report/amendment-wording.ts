import type { DivisionType, UnitType } from '../model/types.js'
import { writeBlock } from './amendment-block.js'
import type { Closing, DivisionRef, Op, Renumbering, Steps, WordEdit } from './amendment-ops.js'
import { numberAt, positionOf, schemeOf } from './numbering.js'
import { ordinal } from './ordinals.js'

/**
 * The Dutch wording of each op, per the Aanwijzingen voor de regelgeving (legal/aanwijzingen.md):
 * citations per 3.29 ("het tweede lid, onderdeel a"), "wordt … vervangen door" and "komt te
 * luiden" per 6.9, "ingevoegd"/"toegevoegd" per 6.11, "vervalt", and renumbering per 6.18
 * ("onder vernummering van het tweede tot en met vierde lid tot derde tot en met vijfde lid";
 * "verlettering" for lettered onderdelen). Quotes are «…» as in the Staatsblad.
 * `absolute` cites from the article ("artikel 273f, tweede lid") for an instruction that stands
 * alone; inside "Artikel X wordt als volgt gewijzigd:" citations start at the lid ("het tweede lid").
 */

const lidWord = (n: string): string => (/^[1-9]\d?$/.test(n) ? `${ordinal(Number(n))} lid` : `lid ${n}`)

export function cite(article: string, at: Steps, absolute: boolean): string {
  const parts = at.map((s, i) =>
    s.type === 'lid' ? (absolute || i > 0 ? lidWord(s.number) : `het ${lidWord(s.number)}`)
    : s.type === 'onderdeel' ? `onderdeel ${s.number}` : `onder ${s.number}`)
  return (absolute || !at.length ? [`artikel ${article}`, ...parts] : parts).join(', ')
}

/** "het eerste lid, tweede zin" (aanwijzing 3.29 cites sentences after the unit that holds them). */
export const citeSentence = (article: string, at: Steps, sentence: number, absolute: boolean): string =>
  `${cite(article, at, absolute)}, ${ordinal(sentence)} zin`

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)
/** "In het eerste lid, onderdeel a, wordt" but "In het eerste lid wordt": a comma closes a citation that has one. */
const closing = (citation: string): string => (citation.includes(',') ? `${citation},` : citation)
const q = (text: string): string => `«${text}»`

const TYPE_WORD: Partial<Record<UnitType, string>> = { lid: 'lid', onderdeel: 'onderdeel', subonderdeel: 'subonderdeel', artikel: 'artikel' }

/** How a drafter names each division ("titel XVIII", "hoofdstuk 2"; "Boek 2" as the codes write it). */
export const DIVISION_WORD: Readonly<Record<DivisionType, string>> = { boek: 'Boek', titeldeel: 'titel', hoofdstuk: 'hoofdstuk', afdeling: 'afdeling', paragraaf: 'paragraaf' }

/** "titel XVIII", or where the number recurs, "titel XVIII van Boek 2": innermost first. */
export const divisionName = (ref: DivisionRef): string => [...ref].reverse().map((s) => `${DIVISION_WORD[s.type]} ${s.number}`).join(' van ')

function clause(e: WordEdit): string {
  if (e.kind === 'replace') return `wordt ${q(e.from)} vervangen door ${q(e.to)}`
  if (e.kind === 'delete') return `vervalt ${q(e.text)}`
  return `wordt na ${q(e.anchor)} ingevoegd ${q(e.text)}`
}

const list = (items: string[]): string => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`)

/** "het tweede tot en met zevende lid tot derde tot en met achtste lid"; "de onderdelen c tot en met f tot d tot en met g"; "het zesde en zevende lid tot zevende en achtste lid". */
export function renumberingPhrase(type: UnitType, r: Renumbering, lastTo: string): string {
  const verb = schemeOf(r.first) === 'letters' ? 'verlettering' : 'vernummering'
  // Two units are named both ("de subonderdelen 6° en 7° tot 2° en 3°", Aanwijzing 6.12), more as a range.
  const scheme = schemeOf(r.first)
  const joiner = scheme && positionOf(r.last) - positionOf(r.first) === 1 ? 'en' : 'tot en met'
  if (type === 'lid') {
    const w = (n: string): string => ordinal(Number(n))
    return r.first === r.last
      ? `onder ${verb} van het ${w(r.first)} lid tot ${w(r.to)} lid`
      : `onder ${verb} van het ${w(r.first)} ${joiner} ${w(r.last)} lid tot ${w(r.to)} ${joiner} ${w(lastTo)} lid`
  }
  const [one, many] = type === 'subonderdeel' ? ['subonderdeel', 'subonderdelen'] : ['onderdeel', 'onderdelen']
  return r.first === r.last
    ? `onder ${verb} van ${one} ${r.first} tot ${r.to}`
    : `onder ${verb} van de ${many} ${r.first} ${joiner} ${r.last} tot ${r.to} ${joiner} ${lastTo}`
}

/** Names of closing punctuation, with the article they take: "de punt" is replaced "door een puntkomma". */
const PUNCTUATION: Readonly<Record<string, string>> = { '.': 'punt', ';': 'puntkomma', ':': 'dubbele punt', ',': 'komma' }
const punctuation = (p: string, article: 'de' | 'een'): string => (PUNCTUATION[p] ? `${article} ${PUNCTUATION[p]}` : q(p))

/** "onder vervanging van de punt aan het slot van onderdeel 3° door een puntkomma" (Aanwijzing 6.18, tweede lid, B and C). */
export function closingPhrase(type: UnitType, c: Closing): string {
  return `onder vervanging van ${punctuation(c.from, 'de')} aan het slot van ${TYPE_WORD[type]} ${c.number} door ${punctuation(c.to, 'een')}`
}

/** The new number of the last renumbered sibling: the range is consecutive, so it shifts as a whole. */
function lastTarget(r: Renumbering): string {
  return numberAt(schemeOf(r.to)!, positionOf(r.to) + positionOf(r.last) - positionOf(r.first)) ?? r.to
}

/** The sentence of one op plus the indented new text where it has one. */
export function word(op: Op, absolute: boolean): string[] {
  switch (op.op) {
    case 'words': {
      const where = op.sentence === undefined ? cite(op.article, op.at, absolute) : citeSentence(op.article, op.at, op.sentence, absolute)
      return [`In ${closing(where)} ${list(op.edits.map(clause))}.`]
    }
    // Aanwijzing 6.9, tweede lid: a whole sentence is cited by its place, and the new text after
    // the colon is not quoted; it follows on the same line, as in the Staatsblad.
    case 'delete-sentence':
      return [`${capital(citeSentence(op.article, op.at, op.sentence, absolute))}, vervalt.`]
    case 'replace-sentence':
      return [`${capital(citeSentence(op.article, op.at, op.sentence, absolute))}, komt te luiden: ${op.text}`]
    case 'add-sentence':
      return [`Aan ${closing(cite(op.article, op.at, absolute))} wordt een zin toegevoegd, luidende: ${op.text}`]
    case 'replace':
      return [`${capital(closing(cite(op.article, op.at, absolute)))} komt te luiden:`, ...writeBlock(op.unit)]
    case 'replace-article':
      return [`Artikel ${op.article} komt te luiden:`, ...writeBlock(op.unit)]
    case 'delete-article':
      return [`Artikel ${op.article} vervalt.`]
    case 'insert-article': {
      // Aanwijzing 6.11, toelichting: at the start of a division, name the division, not "voor artikel …".
      const head = op.division ? `Aan het begin van ${divisionName(op.division)} wordt een artikel ingevoegd, luidende:`
        : op.after !== null ? `Na artikel ${op.after} wordt een artikel ingevoegd, luidende:` : `Voor artikel ${op.before} wordt een artikel ingevoegd, luidende:`
      return [head, ...writeBlock(op.unit)]
    }
    case 'delete': {
      const type = op.at[op.at.length - 1]!.type
      const renumber = op.renumber ? `, ${renumberingPhrase(type, op.renumber, lastTarget(op.renumber))}` : ''
      return [`${capital(closing(cite(op.article, op.at, absolute)))} vervalt${renumber}.`]
    }
    case 'insert': {
      const sibling = cite(op.article, [...op.at, { type: op.unit.type, number: (op.after ?? op.before)! }], absolute)
      const where = `${op.after !== null ? 'na' : 'voor'} ${closing(sibling)}`
      const what = `een ${TYPE_WORD[op.unit.type]} ingevoegd, luidende:`
      const head = op.renumber
        ? `${capital(renumberingPhrase(op.unit.type, op.renumber, lastTarget(op.renumber)))} wordt ${where} ${what}`
        : `${capital(where)} wordt ${what}`
      return [head, ...writeBlock(op.unit)]
    }
    case 'add': {
      const what = `een ${TYPE_WORD[op.unit.type]} toegevoegd, luidende:`
      const replacing = op.closing ? closingPhrase(op.unit.type, op.closing) : null
      const head = !op.at.length && !absolute
        ? replacing ? `${capital(replacing)} wordt ${what}` : `Er wordt ${what}`
        : `Aan ${closing(cite(op.article, op.at, absolute))} wordt${replacing ? `, ${replacing},` : ''} ${what}`
      return [head, ...writeBlock(op.unit)]
    }
  }
}
