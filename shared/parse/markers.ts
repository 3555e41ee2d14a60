/**
 * Recognising the numbering of legal units at the start of a line. Dutch statutes number leden
 * `1.`, `2a.`; onderdelen `1°.`, `a.`, `i.` (Aanwijzingen voor de regelgeving 3.59), nested
 * 1° › a › i. `i`, `v` and `x` are ambiguous between letters and Roman numerals; the builder
 * settles that from context (see `resolveStyle`).
 */

export type MarkerStyle = 'arabic' | 'degree' | 'letter' | 'roman'

export interface Marker {
  /** Number as written, without the trailing period: `1`, `2a`, `1°`, `a`, `iv`. */
  readonly number: string
  readonly style: MarkerStyle
  /** Could also be a letter (`i`, `v`, `x`) — resolved by context. */
  readonly ambiguous: boolean
}

const ROMAN = /^(?=[ivxlc])(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/

/** `1.` `2a.` — a lid; the number may also stand alone (as copied from wetten.overheid.nl). */
const ARABIC = /^(\d{1,4}[a-z]{0,2})(?:\.(?:\s+|$)|\s*$)/
/**
 * `1°.` `1° ` `3a°.` — an onderdeel. Word processors often put the look-alike ordinal indicator
 * `º` (U+00BA) for the degree sign; it is read as `°` so that paths match the official text.
 */
const DEGREE = /^(\d{1,4}[a-z]{0,2})[°º]\.?(?:\s+|$)/
/** `a.` `aa.` `iv.` — letter or Roman onderdeel; alone on a line it may lack the period. */
const LETTER = /^([a-z]{1,4})\.(?:\s+|$)/
const LETTER_ALONE = /^([a-z]{1,4})\s*$/

export interface MarkedLine {
  readonly marker: Marker
  /** The rest of the line after the marker. */
  readonly rest: string
}

function letterOrRoman(number: string): Marker | null {
  const roman = ROMAN.test(number)
  // Of the single letters only i, v and x serve as Roman numerals in enumerations; `c` and `l`
  // (100, 50) are always the letters after b and k.
  if (number.length === 1) return /[ivx]/.test(number) ? { number, style: 'roman', ambiguous: true } : { number, style: 'letter', ambiguous: false }
  // `ii`, `xx`, `cc` are also the letters after `hh`, `ww`, `bb`.
  if (roman) return { number, style: 'roman', ambiguous: /^([a-z])\1+$/.test(number) }
  // `aa`, `bb` … continue a letter sequence past z; anything else is a word, not a marker.
  if (/^([a-z])\1*$/.test(number)) return { number, style: 'letter', ambiguous: false }
  return null
}

/**
 * The marker at the start of `line` (already stripped of indentation), or null. A bare letter
 * alone on a line counts only when `allowBareLetter` (the plain-text reader's website copy).
 */
export function readMarker(line: string, allowBareLetter = false): MarkedLine | null {
  // Every marker starts with a digit or a lower-case letter: most lines of text start otherwise.
  const first = line.charCodeAt(0)
  const digit = first >= 48 && first <= 57
  if (!digit && !(first >= 97 && first <= 122)) return null
  let m = digit ? DEGREE.exec(line) : null
  if (m) return { marker: { number: `${m[1]!}°`, style: 'degree', ambiguous: false }, rest: line.slice(m[0].length) }
  m = digit ? ARABIC.exec(line) : null
  if (m) return { marker: { number: m[1]!, style: 'arabic', ambiguous: false }, rest: line.slice(m[0].length) }
  if (digit) return null
  m = LETTER.exec(line) ?? (allowBareLetter ? LETTER_ALONE.exec(line) : null)
  if (m) {
    const marker = letterOrRoman(m[1]!)
    if (marker) return { marker, rest: line.slice(m[0].length) }
  }
  return null
}

/** The letter before `l` (`b` → `a`, `cc` → `bb`, `aa` → `z`), for deciding whether `i` continues a..h. */
export function previousLetter(l: string): string {
  if (l.length > 1 && l[0] === 'a') return 'z'.repeat(l.length - 1)
  return String.fromCharCode(l.charCodeAt(0) - 1).repeat(l.length)
}
