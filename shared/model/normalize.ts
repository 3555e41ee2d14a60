/**
 * Normalisation for comparison only (display keeps the text as found): runs of white space of
 * any kind (including the line wrapping of BWB XML and non-breaking spaces) become one space, and
 * the ends are trimmed.
 */
export function normalizeSpace(text: string): string {
  // Most unit texts are normalised already; testing first saves a copy of each (a whole Wetboek is ~10^5 units).
  return NEEDS_WORK.test(text) ? text.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim() : text
}

const NEEDS_WORK = /[^\S ]|[\u00a0\u2007\u202f]| {2}|^ | $/
