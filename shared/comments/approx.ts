/**
 * Bounded approximate string matching for re-finding a quoted passage that was slightly edited.
 * Sellers' semi-global edit distance (the pattern must match whole, anywhere in the text), two rows
 * of the dynamic programme, with the start of each alignment carried along so a match is a range.
 * Unit texts are short (a lid is a few hundred characters), so O(pattern × text) is cheap; a cell
 * budget keeps a pathological pair from hanging the editor — beyond it we report no match and the
 * comment is orphaned rather than guessed.
 */

export interface ApproxMatch {
  readonly start: number
  readonly end: number
  readonly errors: number
}

/** pattern × text cells beyond which fuzzy search is skipped (about 50 ms in V8). */
export const MAX_CELLS = 8_000_000

/**
 * Every range of `text` within `maxErrors` edits of `pattern`, one per cluster of overlapping
 * matches (the one with the fewest errors), in text order.
 */
export function approxSearch(text: string, pattern: string, maxErrors: number): ApproxMatch[] {
  const m = pattern.length
  const n = text.length
  if (m === 0 || m * (n + 1) > MAX_CELLS) return []
  // col[i] = edit distance of pattern[0..i) against the best substring of text ending at j.
  let prev = new Int32Array(m + 1)
  let prevStart = new Int32Array(m + 1)
  let cur = new Int32Array(m + 1)
  let curStart = new Int32Array(m + 1)
  for (let i = 0; i <= m; i++) prev[i] = i
  const ends: ApproxMatch[] = []
  for (let j = 1; j <= n; j++) {
    cur[0] = 0
    curStart[0] = j
    const c = text.charCodeAt(j - 1)
    for (let i = 1; i <= m; i++) {
      const sub = prev[i - 1]! + (pattern.charCodeAt(i - 1) === c ? 0 : 1)
      const del = cur[i - 1]! + 1 // pattern char missing from the text
      const ins = prev[i]! + 1 // extra text char
      if (sub <= del && sub <= ins) {
        cur[i] = sub
        curStart[i] = i === 1 ? j - 1 : prevStart[i - 1]!
      } else if (ins <= del) {
        cur[i] = ins
        curStart[i] = prevStart[i]!
      } else {
        cur[i] = del
        curStart[i] = curStart[i - 1]!
      }
    }
    if (cur[m]! <= maxErrors) ends.push({ start: curStart[m]!, end: j, errors: cur[m]! })
    ;[prev, cur] = [cur, prev]
    ;[prevStart, curStart] = [curStart, prevStart]
  }
  return bestPerCluster(ends)
}

/** Overlapping matches describe one place; keep the best (fewest errors, then shortest). */
function bestPerCluster(matches: ApproxMatch[]): ApproxMatch[] {
  const out: ApproxMatch[] = []
  for (const mt of matches) {
    const last = out[out.length - 1]
    if (last && mt.start < last.end) {
      if (mt.errors < last.errors || (mt.errors === last.errors && mt.end - mt.start < last.end - last.start)) out[out.length - 1] = mt
    } else out.push(mt)
  }
  return out
}

/** Levenshtein distance, two rows. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  if (!a.length) return b.length
  if (!b.length) return a.length
  let prev = new Int32Array(b.length + 1)
  let cur = new Int32Array(b.length + 1)
  for (let j = 0; j <= b.length; j++) prev[j] = j
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i
    const c = a.charCodeAt(i - 1)
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j - 1]! + (c === b.charCodeAt(j - 1) ? 0 : 1), prev[j]! + 1, cur[j - 1]! + 1)
    }
    ;[prev, cur] = [cur, prev]
  }
  return prev[b.length]!
}

/** 1 for equal strings, 0 for nothing in common; two empty strings are equal. */
export function similarity(a: string, b: string): number {
  const len = Math.max(a.length, b.length)
  return len === 0 ? 1 : 1 - editDistance(a, b) / len
}

/** Share of words in common (Dice over word multisets), linear: for whole units, however long. */
export function wordDice(a: string, b: string): number {
  const words = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}°]+/u).filter(Boolean)
  const wa = words(a)
  const wb = words(b)
  if (!wa.length && !wb.length) return 1
  const counts = new Map<string, number>()
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1)
  let common = 0
  for (const w of wb) {
    const n = counts.get(w) ?? 0
    if (n > 0) {
      common++
      counts.set(w, n - 1)
    }
  }
  return (2 * common) / (wa.length + wb.length)
}
