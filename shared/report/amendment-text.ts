import type { Op, Steps } from './amendment-ops.js'
import { applyOp } from './amendment-ops.js'
import { redline } from '../compare/redline.js'
import { hasUncertainSentences, joinSentences, sentencesOf } from './sentences.js'

/**
 * How the own text of one unit is amended: by quoted word edits where they work, and by whole
 * sentences where a whole sentence went, came or was rewritten (aanwijzing 6.9, tweede lid: a
 * whole sentence is cited by its place — "het eerste lid, tweede zin, vervalt" — not quoted).
 * Word edits whose quote recurs elsewhere in the unit are narrowed to their sentence ("In het
 * eerste lid, tweede zin, wordt «…» vervangen door «…»"). Null: the unit komt te luiden.
 */
export type TextOp =
  | { readonly op: 'words'; readonly edits: Extract<Op, { op: 'words' }>['edits']; readonly sentence?: number }
  | { readonly op: 'delete-sentence'; readonly sentence: number }
  | { readonly op: 'replace-sentence'; readonly sentence: number; readonly text: string }
  | { readonly op: 'add-sentence'; readonly text: string }

type WordEditsFn = (from: string, to: string, maxEdits: number) => Extract<Op, { op: 'words' }>['edits'] | null

export function planText(from: string, to: string, maxEdits: number, wordEdits: WordEditsFn): TextOp[] | null {
  if (from === to) return []
  const bySentence = sentencePlan(from, to, maxEdits, wordEdits)
  if (bySentence && yields(from, bySentence, to)) return bySentence
  const edits = wordEdits(from, to, maxEdits)
  return edits ? [{ op: 'words', edits }] : null
}

function sentencePlan(from: string, to: string, maxEdits: number, wordEdits: WordEditsFn): TextOp[] | null {
  const olds = sentencesOf(from)
  const news = sentencesOf(to)
  if (from.includes('\n') || to.includes('\n') || !olds.length || !news.length || olds.length + news.length < 3) return null
  if (hasUncertainSentences(from) || hasUncertainSentences(to)) return null
  let head = 0
  while (head < olds.length && head < news.length && olds[head] === news[head]) head++
  let tail = 0
  while (tail < olds.length - head && tail < news.length - head && olds[olds.length - 1 - tail] === news[news.length - 1 - tail]) tail++
  const gone = olds.slice(head, olds.length - tail)
  const come = news.slice(head, news.length - tail)
  // Sentences added at the end: "Aan … wordt een zin toegevoegd, luidende: …".
  if (!gone.length && !tail) return come.map((text): TextOp => ({ op: 'add-sentence', text }))
  // Sentences gone: each "vervalt", the last first, so the numbers cited still stand.
  if (!come.length) return gone.map((_, k): TextOp => ({ op: 'delete-sentence', sentence: head + gone.length - k }))
  if (gone.length !== come.length) return null
  // As many sentences as before, some changed: a sentence mostly rewritten komt te luiden, the
  // others get word edits — cited without the sentence where the quotes are unique in the unit.
  const ops: TextOp[] = []
  for (let k = 0; k < gone.length; k++) {
    if (gone[k] === come[k]) continue
    const sentence = head + k + 1
    const edits = redline(gone[k]!, come[k]!).similarity >= REWRITTEN ? wordEdits(gone[k]!, come[k]!, maxEdits) : null
    ops.push(edits ? { op: 'words', edits, sentence } : { op: 'replace-sentence', sentence, text: come[k]! })
  }
  return ops.map((op, k) => {
    if (op.op !== 'words') return op
    const plain: TextOp = { op: 'words', edits: op.edits }
    const tried = ops.map((o, i) => (i === k ? plain : o))
    return yields(from, tried, to) ? ((ops[k] = plain), plain) : op
  })
}

/** Below this share of characters in common, a changed sentence is rewritten rather than amended. */
const REWRITTEN = 0.5

/** Whether the ops, applied as the interpreter will, turn `from` into exactly `to`. */
function yields(from: string, ops: readonly TextOp[], to: string): boolean {
  const unit = { type: 'artikel' as const, number: 'x', text: from, children: [] }
  const at: Steps = []
  try {
    for (const op of ops) applyOp([unit], { ...op, article: 'x', at } as Op)
  } catch {
    return false
  }
  return unit.text === to && joinSentences(sentencesOf(to)) === to
}
