import { keepShape } from '../model/shapes.js'

/**
 * Text fingerprints for alignment: the set of word bigrams of a unit's text (unigrams for very
 * short texts), interned to integers and kept as a sorted array so that overlap between two units
 * is a linear merge. Dice over these sets is the engine's measure of "the same text".
 */

export type Shingles = Int32Array

export class ShingleDictionary {
  private readonly words = new Map<string, number>()

  /**
   * Sorted, de-duplicated shingle ids of `text`: word bigrams, plus single words for short texts.
   * Ids are 30-bit hashes of word-id pairs: small integers make every map and sort on them fast
   * in V8, and a rare collision only nudges a similarity.
   */
  shingles(text: string): Shingles {
    const ws = tokens(text)
    const ids = ws.map((w) => {
      let id = this.words.get(w)
      if (id === undefined) {
        id = this.words.size
        this.words.set(w, id)
      }
      return id
    })
    const out = new Int32Array((ids.length < 4 ? ids.length : 0) + Math.max(0, ids.length - 1))
    let k = 0
    if (ids.length < 4) for (const id of ids) out[k++] = mix(id, -1)
    for (let i = 0; i + 1 < ids.length; i++) out[k++] = mix(ids[i]!, ids[i + 1]!)
    out.sort()
    return dedupe(out)
  }
}

// See model/shapes.ts.
keepShape(new ShingleDictionary()).shingles('een tekst van enkele woorden')

/** A 30-bit hash of a word pair (second -1 for a single word). */
function mix(first: number, second: number): number {
  let h = Math.imul(first + 0x7ed55d16, 0x9e3779b1) ^ Math.imul(second + 0x165667b1, 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae35)
  return (h ^ (h >>> 13)) & 0x3fffffff
}

/** Lower-cased words and numbers; `1°` stays one token so that numbering in text counts. */
export function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}°]+/gu) ?? []
}

function dedupe(sorted: Int32Array): Int32Array {
  let n = 0
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i]!
  return sorted.subarray(0, n)
}

/** Number of shingles two sorted sets share. */
export function shared(a: Shingles, b: Shingles): number {
  let i = 0
  let j = 0
  let n = 0
  while (i < a.length && j < b.length) {
    const x = a[i]!
    const y = b[j]!
    if (x === y) {
      n++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return n
}

/** Dice coefficient: 1 for the same set, 0 for nothing in common (and for two empty sets). */
export function dice(a: Shingles, b: Shingles): number {
  const total = a.length + b.length
  return total === 0 ? 0 : (2 * shared(a, b)) / total
}

/** Share of `part` found in `whole`. */
export function containment(part: Shingles, whole: Shingles): number {
  return part.length === 0 ? 0 : shared(part, whole) / part.length
}

/** Union of sorted sets, for the subtree fingerprint of an article. */
export function union(sets: readonly Shingles[]): Shingles {
  let total = 0
  for (const s of sets) total += s.length
  const all = new Int32Array(total)
  let k = 0
  for (const s of sets) {
    all.set(s, k)
    k += s.length
  }
  all.sort()
  return dedupe(all)
}
