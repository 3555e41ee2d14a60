import type { ParseWarning, Unit } from '../model/types.js'
import { ParseError } from '../model/types.js'
import { isDivision } from '../model/path.js'

/**
 * Checks the numbering of a freshly read text. Two units with the same path cannot be told apart
 * by anything downstream (comparison, comments, amendment instructions), so that is an error;
 * numbering out of order can still be read and is only a warning.
 */
export function checkNumbering(units: readonly Unit[], warnings: ParseWarning[]): void {
  const found = findDuplicate(units, warnings)
  if (found) throw duplicate(found.unit, found.earlier)
  checkOrder(units, warnings)
}

/** Two units with one path: the second in document order, and the first. */
export interface DuplicateUnit {
  readonly unit: Unit
  readonly earlier: Unit
}

/**
 * The first unit whose path an earlier unit has already (null: every path is unique). Repeated
 * divisions are only noted in `warnings`: they are headings, never compared or addressed. Also
 * for the edited proposal, where a drafter can give a lid the number of its neighbour.
 */
export function findDuplicate(units: readonly Unit[], warnings: ParseWarning[] = []): DuplicateUnit | null {
  // Articles and divisions by path across the whole text (an article's path is its number alone,
  // whatever division it stands in); below an article a path is unique when its segment is
  // unique among its siblings, since the article's path is — so those are checked per parent,
  // without a map entry for each of the ~10^5 units of a whole Wetboek.
  const seen = new Map<string, Unit>()
  const visit = (list: readonly Unit[]): DuplicateUnit | null => {
    for (let k = 0; k < list.length; k++) {
      const u = list[k]!
      const earlier = seen.get(u.path)
      if (earlier && isDivision(u.type)) {
        warnings.push({ message: `${u.type} ${u.number} occurs twice`, ...(u.line ? { line: u.line } : {}) })
      } else {
        if (earlier) return { unit: u, earlier }
        seen.set(u.path, u)
      }
      const below = u.type === 'artikel' ? siblingDuplicate(u.children) : visit(u.children)
      if (below) return below
    }
    return null
  }
  return visit(units)
}

/** Units below an article, in document order: the first repeat of a (type, number) among siblings. */
function siblingDuplicate(list: readonly Unit[]): DuplicateUnit | null {
  // A few siblings: compared pairwise, no allocation; a long list (a hostile file) through a map.
  const bySegment = list.length > 24 ? new Map<string, Unit>() : null
  for (let k = 0; k < list.length; k++) {
    const u = list[k]!
    if (bySegment) {
      const key = `${u.type}:${u.number}`
      const earlier = bySegment.get(key)
      if (earlier) return { unit: u, earlier }
      bySegment.set(key, u)
    } else {
      for (let e = 0; e < k; e++) {
        const earlier = list[e]!
        if (earlier.number === u.number && earlier.type === u.type) return { unit: u, earlier }
      }
    }
    const below = siblingDuplicate(u.children)
    if (below) return below
  }
  return null
}

function duplicate(u: Unit, earlier: Unit): ParseError {
  const where = earlier.line ? ` (first at line ${earlier.line})` : ''
  return new ParseError(`duplicate ${u.type} ${u.number}${where}: every ${u.type} number must be unique`, u.line)
}

function checkOrder(siblings: readonly Unit[], warnings: ParseWarning[]): void {
  let prev: Unit | null = null
  for (let k = 0; k < siblings.length; k++) {
    const u = siblings[k]!
    if (prev && prev.type === u.type && compareNumbers(prev.number, u.number) > 0) {
      warnings.push({ message: `${u.type} ${u.number} follows ${u.type} ${prev.number}: numbering out of order`, ...(u.line ? { line: u.line } : {}) })
    }
    prev = u
    checkOrder(u.children, warnings)
  }
}

const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 }

export function romanValue(s: string): number {
  let total = 0
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]!]!
    const next = ROMAN_VALUES[s[i + 1] ?? ''] ?? 0
    total += v < next ? -v : v
  }
  return total
}

/**
 * Orders unit numbers as a reader would: `2` < `2a` < `3`, `a` < `b` < `aa`, `i` < `ii` < `iv`.
 * Numbers of different shapes are not ordered (0), so mixed enumerations never warn.
 */
export function compareNumbers(a: string, b: string): number {
  // Most siblings are plain 1, 2, 3 (leden, articles): no pattern needed for those.
  if (isDigits(a) && isDigits(b)) return Number(a) - Number(b)
  const na = /^(\d+)([a-z]*)°?$/i.exec(a)
  const nb = /^(\d+)([a-z]*)°?$/i.exec(b)
  if (na && nb) return Number(na[1]) - Number(nb[1]) || byCodePoint(na[2]!.toLowerCase(), nb[2]!.toLowerCase())
  if (/^[ivxlcdm]+$/.test(a) && /^[ivxlcdm]+$/.test(b) && !(a.length === 1 && b.length === 1)) return romanValue(a) - romanValue(b)
  if (/^[a-z]+$/.test(a) && /^[a-z]+$/.test(b)) return a.length - b.length || byCodePoint(a, b)
  return 0
}

function isDigits(s: string): boolean {
  if (!s.length) return false
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 48 || c > 57) return false
  }
  return true
}

/** Plain a–z order; `localeCompare` gives the same for these letters but goes through ICU (slow on a whole code). */
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
