/**
 * Takes the drafter to a unit of the proposal (from the outline): the caret to the start of its
 * own text, scrolled into view. Paths are the model's (`artikel:273f/lid:2`).
 */
import type { Node as PMNode } from 'prosemirror-model'
import { Plugin, PluginKey, TextSelection } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'
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
  const tr = view.state.tr.setSelection(TextSelection.create(view.state.doc, at))
  // The unit is marked for a moment (a node decoration: ProseMirror redraws the unit's DOM as the
  // selection moves, and would drop a class set on it by hand).
  const $at = tr.doc.resolve(at)
  for (let d = $at.depth; d > 0; d--) {
    if (!MARKED.has($at.node(d).type.name)) continue
    tr.setMeta(flashKey, { from: $at.before(d), to: $at.after(d), id: ++flashes })
    break
  }
  view.dispatch(tr)
  const flashed = tr.getMeta(flashKey) as Range | undefined
  if (flashed) {
    setTimeout(() => {
      // Only this reveal's mark: a later reveal has its own.
      if (!view.isDestroyed && flashKey.getState(view.state)?.id === flashed.id) view.dispatch(view.state.tr.setMeta(flashKey, null))
    }, FLASH_MS)
  }
  // ProseMirror's own scrollIntoView follows the DOM selection, which stays where the focus is
  // (the outline), so the unit's paragraph is scrolled to by hand. It is looked up afresh each
  // time: a just-created editor redraws its nodes (highlights) right after, replacing them.
  const locate = (): Element | null => {
    if (view.isDestroyed) return null
    const pos = Math.min(at, view.state.doc.content.size)
    const { node } = view.domAtPos(pos)
    return node instanceof Element ? node : node.parentElement
  }
  scrollSettled(locate)
  return true
}

const MARKED = new Set(['onderdeel', 'lid', 'artikel'])
const FLASH_MS = 1600

interface Range { readonly from: number; readonly to: number; readonly id: number }

let flashes = 0

const flashKey = new PluginKey<Range | null>('reveal-flash')

/** Holds the unit the outline took the drafter to, marked `revealed` until the mark is cleared. */
export function revealFlash(): Plugin<Range | null> {
  return new Plugin<Range | null>({
    key: flashKey,
    state: {
      init: () => null,
      apply: (tr, range) => {
        const meta = tr.getMeta(flashKey) as Range | null | undefined
        if (meta !== undefined) return meta
        if (!range || !tr.docChanged) return range
        // Typing moves the mark with its unit; once the unit is gone, so is the mark.
        const from = tr.mapping.mapResult(range.from, 1)
        const to = tr.mapping.mapResult(range.to, -1)
        return from.deleted || to.deleted || to.pos <= from.pos ? null : { from: from.pos, to: to.pos, id: range.id }
      },
    },
    props: {
      decorations(state) {
        const range = flashKey.getState(state)
        return range ? DecorationSet.create(state.doc, [Decoration.node(range.from, range.to, { class: 'revealed' })]) : null
      },
    },
  })
}

/**
 * Articles off screen are laid out at an estimated height (`content-visibility: auto`) and take
 * their real one once near the viewport, some frames after the scroll (later on a busy machine);
 * scroll anchoring then moves the view again, and a freshly created editor may not be laid out at
 * all yet. So for a second and a half the paragraph is brought back whenever it has left the
 * view — unless the drafter scrolls, clicks or types there meanwhile, which ends the watch.
 */
function scrollSettled(locate: () => Element | null): void {
  // A newer reveal (the next outline item) ends the watch over the previous one.
  stopWatching?.()
  stopWatching = null
  const start = locate()
  start?.scrollIntoView?.({ block: 'center' })
  if (typeof requestAnimationFrame !== 'function' || !start) return
  const scroller = scrollParent(start)
  if (!scroller) return
  const began = performance.now()
  let done = false
  const stop = (): void => {
    done = true
    for (const type of USER_INPUT) scroller.removeEventListener(type, stop)
    if (stopWatching === stop) stopWatching = null
  }
  stopWatching = stop
  for (const type of USER_INPUT) scroller.addEventListener(type, stop, { passive: true })
  const check = (): void => {
    const element = locate()
    if (done || !element || performance.now() - began > 1500) return stop()
    const b = element.getBoundingClientRect()
    const m = scroller.getBoundingClientRect()
    if (!(b.top >= m.top && b.top < m.bottom - Math.min(b.height, m.height / 3))) element.scrollIntoView({ block: 'center' })
    requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
}

let stopWatching: (() => void) | null = null

/** What the drafter does to scroll or work in the editor: the reveal stops following then. */
const USER_INPUT = ['wheel', 'pointerdown', 'keydown', 'touchstart'] as const

function scrollParent(element: Element): Element | null {
  for (let e = element.parentElement; e; e = e.parentElement) {
    const { overflowY } = getComputedStyle(e)
    if (overflowY === 'auto' || overflowY === 'scroll') return e
  }
  return null
}
