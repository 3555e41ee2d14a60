import { diffWordsWithSpace } from 'diff'
import type { WordRun } from './types.js'

/**
 * The word-level renvooi of one unit: jsdiff's `diffWordsWithSpace`, bounded in time and edit
 * length so that a pathological paragraph cannot hang the app (then the whole text is shown as
 * replaced and flagged `approximate`, like VS Code's `hitTimeout`), and cleaned up the way a
 * drafter reads it: a lone short word or a space between two changes is folded into them, so
 * "twaalf jaren of" → "vijftien jaar en" reads as one replaced phrase, not a comb of fragments.
 */

export interface RedlineOptions {
  /** Milliseconds per unit before giving up on a minimal redline. */
  readonly timeout?: number
  /** Maximum number of edits (tokens) per unit. */
  readonly maxEditLength?: number
}

export interface Redline {
  readonly runs: WordRun[]
  readonly approximate: boolean
  /** Share of characters in common, 2·equal / (old + new). */
  readonly similarity: number
}

const DEFAULTS = { timeout: 250, maxEditLength: 4000 }

export function redline(oldText: string, newText: string, opts: RedlineOptions = {}): Redline {
  if (oldText === newText) return { runs: oldText ? [{ op: 'equal', text: oldText }] : [], approximate: false, similarity: 1 }
  const { timeout, maxEditLength } = { ...DEFAULTS, ...opts }
  // Diff only the stretch between the common head and tail (cut at word boundaries): most edits
  // touch a few words of a long sentence, and Myers' cost grows with the length it is given.
  const head = commonHead(oldText, newText)
  const tail = commonTail(oldText.slice(head), newText.slice(head))
  const middle = diffWordsWithSpace(oldText.slice(head, oldText.length - tail), newText.slice(head, newText.length - tail), { timeout, maxEditLength })
  const parts = middle && [
    ...(head ? [{ value: oldText.slice(0, head), added: false, removed: false }] : []),
    ...middle,
    ...(tail ? [{ value: oldText.slice(oldText.length - tail), added: false, removed: false }] : []),
  ]
  if (!parts) {
    const runs: WordRun[] = []
    if (oldText) runs.push({ op: 'delete', text: oldText })
    if (newText) runs.push({ op: 'insert', text: newText })
    return { runs, approximate: true, similarity: wordSetDice(oldText, newText) }
  }
  const raw: WordRun[] = parts.map((p) => ({ op: p.added ? 'insert' : p.removed ? 'delete' : 'equal', text: p.value }))
  const runs = coalesce(foldSmallEquals(raw))
  let equal = 0
  for (const r of runs) if (r.op === 'equal') equal += r.text.length
  const total = oldText.length + newText.length
  return { runs, approximate: false, similarity: total ? (2 * equal) / total : 1 }
}

/** Similarity when no redline could be made: Dice over the sets of words, cheap on any size. */
function wordSetDice(a: string, b: string): number {
  const words = (t: string): Set<string> => new Set(t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
  const x = words(a)
  const y = words(b)
  let common = 0
  for (const w of x) if (y.has(w)) common++
  return x.size + y.size ? Math.round((2 * common * 1000) / (x.size + y.size)) / 1000 : 1
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}_°]/u.test(c)

/** Length of the common beginning, shortened so that it does not end inside a word. */
function commonHead(a: string, b: string): number {
  let n = 0
  const max = Math.min(a.length, b.length)
  while (n < max && a.charCodeAt(n) === b.charCodeAt(n)) n++
  if (n === a.length && n === b.length) return n
  while (n > 0 && (isWordChar(a[n - 1]) && (isWordChar(a[n]) || isWordChar(b[n])))) n--
  return n
}

/** Length of the common end, shortened so that it does not start inside a word. */
function commonTail(a: string, b: string): number {
  let n = 0
  const max = Math.min(a.length, b.length)
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++
  while (n > 0 && isWordChar(a[a.length - n]) && (isWordChar(a[a.length - n - 1]) || isWordChar(b[b.length - n - 1]))) n--
  // Start the tail at a word, not at the space before it: jsdiff keeps a word's trailing space
  // with the word, so an inserted word then reads "woord " as it would without this shortcut.
  while (n > 0 && /\s/.test(a[a.length - n]!)) n--
  return n
}

/** An equal run too slight to read on its own between two changes: white space, punctuation, or a word of ≤ 2 letters. */
const isSlight = (text: string): boolean => /^\s*[\p{P}\p{S}]?\s*$/u.test(text) || /^\s*[\p{L}\p{N}]{1,2}\s*$/u.test(text)

function foldSmallEquals(runs: WordRun[]): WordRun[] {
  const out: WordRun[] = []
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i]!
    const changedBefore = i > 0 && runs[i - 1]!.op !== 'equal'
    const changedAfter = i + 1 < runs.length && runs[i + 1]!.op !== 'equal'
    if (r.op === 'equal' && changedBefore && changedAfter && isSlight(r.text)) {
      out.push({ op: 'delete', text: r.text }, { op: 'insert', text: r.text })
    } else out.push(r)
  }
  return out
}

/** Joins each stretch between equal runs into one deletion followed by one insertion. */
function coalesce(runs: WordRun[]): WordRun[] {
  const out: WordRun[] = []
  let del = ''
  let ins = ''
  const flush = (): void => {
    if (del) out.push({ op: 'delete', text: del })
    if (ins) out.push({ op: 'insert', text: ins })
    del = ins = ''
  }
  for (const r of runs) {
    if (r.op === 'delete') del += r.text
    else if (r.op === 'insert') ins += r.text
    else {
      flush()
      const last = out[out.length - 1]
      if (last?.op === 'equal') out[out.length - 1] = { op: 'equal', text: last.text + r.text }
      else if (r.text) out.push(r)
    }
  }
  flush()
  return out
}
