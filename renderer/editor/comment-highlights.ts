/**
 * Comment passages highlighted in the editor (engineering-notes §5.3: comments live outside the
 * document and are shown as decorations). The app hands in where each comment is anchored now
 * (unit path + offsets in the unit's own text); between two such hand-ins — the app re-resolves
 * after React renders — the set is mapped through each transaction, so a highlight never lags a
 * keystroke behind. The decorations only show: the stored anchors are carried by the app
 * (renderer/comments/carry-comments.ts), which also keeps a comment whose passage was deleted.
 */
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view'
import type { Node as PMNode } from 'prosemirror-model'
import { offsetAt, rangeOf, unitSpans } from './unit-offsets.js'

/** One comment anchored in the proposal: where it is now. */
export interface EditorAnchor {
  readonly id: string
  readonly unitPath: string
  readonly start: number
  readonly end: number
}

export interface HighlightInput {
  readonly anchors: readonly EditorAnchor[]
  /** The comment selected in the panel, highlighted more strongly. */
  readonly active: string | null
}

export const highlightsKey = new PluginKey<DecorationSet>('comment-highlights')

export function buildHighlights(doc: PMNode, { anchors, active }: HighlightInput): DecorationSet {
  if (!anchors.length) return DecorationSet.empty
  const spans = unitSpans(doc)
  const decorations: Decoration[] = []
  for (const a of anchors) {
    const span = spans.get(a.unitPath)
    const range = span && a.end > a.start ? rangeOf(span, a.start, a.end) : null
    if (!range || range.to <= range.from) continue
    decorations.push(Decoration.inline(range.from, range.to, {
      class: a.id === active ? 'comment-highlight active' : 'comment-highlight',
      'data-comment-highlight': a.id,
    }, { commentId: a.id }))
  }
  return DecorationSet.create(doc, decorations)
}

/** The comments whose highlight covers `pos`, the innermost (shortest passage) first. */
export function commentsAt(state: EditorState, pos: number): string[] {
  const set = highlightsKey.getState(state)
  if (!set) return []
  const found = set.find(pos, pos).sort((a, b) => (a.to - a.from) - (b.to - b.from))
  return [...new Set(found.map((d) => (d.spec as { commentId: string }).commentId))]
}

export const setHighlights = (tr: Transaction, input: HighlightInput): Transaction => tr.setMeta(highlightsKey, input)

/** `onActivate` hears of a click on a highlighted passage. */
export function commentHighlights(onActivate: (id: string) => void): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: highlightsKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set) {
        const input = tr.getMeta(highlightsKey) as HighlightInput | undefined
        if (input) return buildHighlights(tr.doc, input)
        return tr.docChanged ? set.map(tr.mapping, tr.doc) : set
      },
    },
    props: {
      decorations: (state) => highlightsKey.getState(state),
      handleClick(view: EditorView, pos: number) {
        const [id] = commentsAt(view.state, pos)
        if (id === undefined) return false
        // The caret goes where the drafter clicked, set here and now: left to the browser, it
        // reaches the editor's state only on the next selectionchange, and the highlight redrawn
        // for the selected comment meanwhile would put the previous selection back (a passage
        // just commented on, which the next keystroke then overwrote).
        view.dispatch(view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(pos))))
        onActivate(id)
        return true
      },
    },
  })
}

/** A selection inside one unit's own text, in the model's terms (what a new comment needs). */
export interface SelectedPassage {
  readonly unitPath: string
  readonly start: number
  readonly end: number
  /** The selected words (alinea joined with "\n", as in the unit's own text). */
  readonly passage: string
}

/**
 * The selected passage, when the selection is non-empty and lies in the own text of one unit
 * (a comment quotes one unit; a selection over two leden is refused rather than cut).
 */
export function selectedPassage(state: EditorState): SelectedPassage | null {
  const { from, to, empty } = state.selection
  if (empty) return null
  const spans = unitSpans(state.doc)
  const a = offsetAt(spans, from)
  const b = offsetAt(spans, to)
  if (!a || !b || a.path !== b.path || b.offset <= a.offset) return null
  return { unitPath: a.path, start: a.offset, end: b.offset, passage: state.doc.textBetween(from, to, '\n') }
}
