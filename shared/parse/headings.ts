import type { DivisionType } from '../model/types.js'

/**
 * Headings of articles and of the divisions above them, as they appear in Markdown headings and
 * on their own line in plain text: `Artikel 273f`, `Artikel 6:162. Onrechtmatige daad`,
 * `Titel XVIII. Misdrijven tegen de persoonlijke vrijheid`, `Boek 2`, `§ 3`.
 */

export interface HeadingLine {
  readonly type: DivisionType | 'artikel'
  readonly number: string
  readonly heading?: string
}

const NUMBER = String.raw`(\d+[a-z]*(?:[:.]\d+[a-z]*)*|[IVXLCDM]+[a-z]?)`
// The title part must not read like a sentence of statute text ("Artikel 251 is van
// overeenkomstige toepassing." is a lid, not a heading): it follows a separator and does not end
// in sentence punctuation.
const TITLE = String.raw`(?:\s*[.:\-–—]\s*(.*[^.;:,\s]))?\.?`
const ARTICLE = new RegExp(`^Artikel\\s+${NUMBER}${TITLE}\\s*$`)
const DIVISION = new RegExp(`^(Boek|Titel|Titeldeel|Hoofdstuk|Afdeling|Paragraaf|§)\\s*${NUMBER}${TITLE}\\s*$`)

const DIVISION_TYPES: Record<string, DivisionType> = {
  Boek: 'boek', Titel: 'titeldeel', Titeldeel: 'titeldeel', Hoofdstuk: 'hoofdstuk',
  Afdeling: 'afdeling', Paragraaf: 'paragraaf', '§': 'paragraaf',
}

/** Rank of a division: a new division closes every open division of the same or a lower rank. */
export const DIVISION_RANK: Record<DivisionType, number> = { boek: 0, titeldeel: 1, hoofdstuk: 2, afdeling: 3, paragraaf: 4 }

export function readHeading(line: string): HeadingLine | null {
  // Cheap test first: nearly every line of a statute is a lid or onderdeel, and none starts so.
  if (!/^\s*[ABTHP§]/.test(line)) return null
  const text = line.trim()
  let m = ARTICLE.exec(text)
  if (m) return withHeading('artikel', m[1]!, m[2])
  m = DIVISION.exec(text)
  if (m) return withHeading(DIVISION_TYPES[m[1]!]!, m[2]!.replace(/\.$/, ''), m[3])
  return null
}

function withHeading(type: HeadingLine['type'], number: string, heading: string | undefined): HeadingLine {
  return heading ? { type, number, heading: heading.trim() } : { type, number }
}
