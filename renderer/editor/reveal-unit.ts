/**
 * Takes the drafter to a unit of the proposal (from the outline): the caret to the start of its
 * own text, scrolled into view. Paths are the model's (`artikel:273f/lid:2`).
 */
import type { Node as PMNode } from 'prosemirror-model'
import { TextSelection } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import { unitSpans } from './unit-offsets.js'

/** Where the unit's own text starts, or null when the proposal has no such unit. */
export function unitStart(doc: PMNode, path: string): number | null {
  const spans = unitSpans(doc)
  const own = spans.get(path)?.alinea[0]?.from
  if (own !== undefined) return own
  // A container without text of its own (an article of leden only): its first descendant with
  // text. Spans come children first, in document order, so the first match is the first below.
  for (const span of spans.values()) if (span.path.startsWith(`${path}/`) && span.alinea.length) return span.alinea[0]!.from
  return null
}

export function revealUnit(view: EditorView, path: string): boolean {
  const at = unitStart(view.state.doc, path)
  if (at === null) return false
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, at)))
  // ProseMirror's own scrollIntoView follows the DOM selection, which stays where the focus is
  // (the outline), so the unit's paragraph is scrolled to by hand.
  const { node } = view.domAtPos(at)
  const element = node instanceof Element ? node : node.parentElement
  if (element) scrollSettled(element)
  return true
}

/**
 * Articles off screen are laid out at an estimated height (`content-visibility: auto`) and take
 * their real one once near the viewport, some frames after the scroll; scroll anchoring then
 * moves the view again. So the paragraph is brought back into view frame by frame until it has
 * stayed there for a few frames (at most about half a second).
 */
function scrollSettled(element: Element): void {
  if (!element.scrollIntoView) return
  element.scrollIntoView({ block: 'center' })
  if (typeof requestAnimationFrame !== 'function') return
  const scroller = scrollParent(element)
  let frames = 30
  let steady = 0
  const check = (): void => {
    if (!element.isConnected || !scroller || --frames <= 0) return
    const b = element.getBoundingClientRect()
    const m = scroller.getBoundingClientRect()
    if (b.top >= m.top && b.top < m.bottom - Math.min(b.height, m.height / 3)) steady++
    else {
      steady = 0
      element.scrollIntoView({ block: 'center' })
    }
    if (steady < 4) requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
}

function scrollParent(element: Element): Element | null {
  for (let e = element.parentElement; e; e = e.parentElement) {
    const { overflowY } = getComputedStyle(e)
    if (overflowY === 'auto' || overflowY === 'scroll') return e
  }
  return null
}
