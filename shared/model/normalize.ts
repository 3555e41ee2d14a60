/**
 * Normalisation for comparison only (display keeps the text as found): runs of white space of
 * any kind (including the line wrapping of BWB XML and non-breaking spaces) become one space, and
 * the ends are trimmed.
 */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim()
}
