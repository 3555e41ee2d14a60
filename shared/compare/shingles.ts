/**
 * Text fingerprints for alignment: the set of word bigrams of a unit's text (unigrams for very
 * short texts), interned to integers and kept as a sorted array so that overlap between two units
 * is a linear merge. Dice over these sets is the engine's measure of "the same text".
 */

export type Shingles = Int32Array

export class ShingleDictionary {
  private readonly ids = new Map<string, number>()

  /** Sorted, de-duplicated shingle ids of `text`. */
  shingles(text: string): Shingles {
    const words = tokens(text)
    const keys: string[] = []
    if (words.length < 4) keys.push(...words)
    for (let i = 0; i + 1 < words.length; i++) keys.push(words[i] + ' ' + words[i + 1])
    const out = new Int32Array(keys.length)
    for (let i = 0; i < keys.length; i++) {
      let id = this.ids.get(keys[i]!)
      if (id === undefined) {
        id = this.ids.size
        this.ids.set(keys[i]!, id)
      }
      out[i] = id
    }
    out.sort()
    return dedupe(out)
  }
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
