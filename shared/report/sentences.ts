/**
 * Sentences of a unit's text, for amendment instructions that cite them ("het eerste lid, tweede
 * zin, vervalt"; aanwijzing 6.9, tweede lid: a whole sentence is cited, not quoted). The generator
 * and the interpreter split with this one function, so they always count the same sentences.
 *
 * A sentence ends at ".", "?" or "!" followed by a space and a capital letter. Statutes abbreviate
 * little, but "art. 5", "jo. Artikel", "bijv. De" and the like must not end a sentence, nor may a
 * period after a single letter or a number marker ("onder a. De"). A text with more than one
 * alinea (a line break) is not split at all: whether "tweede zin" then counts across alinea is a
 * matter of style the Aanwijzingen leave open, so the generator does not cite sentences there.
 */
const ABBREVIATIONS = new Set(['art', 'artt', 'jo', 'bijv', 'bv', 'enz', 'o.a', 'nr', 'nrs', 'stb', 'stcrt', 'blz', 'vgl', 'resp', 'c.q', 'e.d', 'd.w.z', 'i.p.v', 'm.b.t', 't.a.v', 'z.g'])

export interface SentenceSpan {
  readonly start: number
  /** Exclusive; the space after the sentence is not part of it. */
  readonly end: number
}

const BOUNDARY = /[.?!] (?=\p{Lu})/gu

export function sentenceSpans(text: string): SentenceSpan[] {
  if (!text || text.includes('\n')) return text ? [{ start: 0, end: text.length }] : []
  const spans: SentenceSpan[] = []
  let start = 0
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + 1
    if (text[m.index] === '.' && isAbbreviation(wordBefore(text, m.index))) continue
    spans.push({ start, end })
    start = end + 1
  }
  spans.push({ start, end: text.length })
  return spans
}

/**
 * Whether a reader could count the sentences of `text` otherwise than `sentenceSpans` does: a
 * period after a single letter ("onder a. De") or an abbreviation before a capital. The generator
 * then does not cite sentences at all (quoted word edits or "komt te luiden" say it unambiguously).
 */
export function hasUncertainSentences(text: string): boolean {
  for (const m of text.matchAll(BOUNDARY)) if (text[m.index] === '.' && isAbbreviation(wordBefore(text, m.index))) return true
  return false
}

const wordBefore = (text: string, at: number): string => /(\S+)$/.exec(text.slice(Math.max(0, at - 20), at))?.[1] ?? ''

/** A single letter ("a.") or a known abbreviation; numbers ("artikel 5.") end sentences. */
function isAbbreviation(word: string): boolean {
  if (/^\p{L}$/u.test(word)) return true
  return ABBREVIATIONS.has(word.toLowerCase())
}

export const sentencesOf = (text: string): string[] => sentenceSpans(text).map((s) => text.slice(s.start, s.end))

/** The text with its sentences replaced; sentences are joined by one space, as they stood. */
export const joinSentences = (sentences: readonly string[]): string => sentences.join(' ')
