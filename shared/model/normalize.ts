/**
 * Normalisation for comparison only (display keeps the text as found): runs of white space of
 * any kind (including the line wrapping of BWB XML and non-breaking spaces) become one space, and
 * the ends are trimmed.
 */
export function normalizeSpace(text: string): string {
  // Most unit texts are normalised already; testing first saves a copy of each (a whole Wetboek is ~10^5 units).
  return isNormal(text) ? text : text.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim()
}

/** No white space but single spaces between other characters (a plain loop: faster than a regex here). */
function isNormal(text: string): boolean {
  let prevSpace = true // a leading space is not normal
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 32) {
      if (prevSpace) return false
      prevSpace = true
    } else if (c < 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) {
      return false
    } else prevSpace = false
  }
  return !prevSpace || text.length === 0
}
