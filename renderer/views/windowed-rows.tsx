/**
 * Row windowing (virtualisation) for the comparison views. A whole code compares into some
 * 11,000 rows; laying all of them out made every keystroke cost ~150 ms in the side-by-side
 * view. From WINDOW_FROM rows on, only the rows near the viewport (plus OVERSCAN_PX above and
 * below) are in the DOM; spacers as high as the rows they stand for keep the scrollbar, the
 * scroll height and every rendered row's position what they would be with all rows rendered.
 * Heights start as per-view estimates and are replaced by measured ones (ResizeObserver) once a
 * row has been shown. Smaller texts (art. 273f) render every row, in memoised chunks.
 *
 * Always rendered as well, wherever they are: the current row (next/previous change, a jump from
 * the outline or a comment) and the row holding keyboard focus, so focus is never lost to a
 * scroll. `scrollToRow` brings any row into view, rendered or not.
 *
 * Accessibility: rows carry their position in the whole list (aria-rowindex with aria-rowcount on
 * the table; aria-posinset/aria-setsize on list items), spacers are aria-hidden.
 *
 * Caveat (find in page): the browser's find (Ctrl+F) only sees the rendered rows of a long
 * comparison; the editor pane (ProseMirror, content-visibility rather than windowing) still has
 * the whole proposal. Texts below WINDOW_FROM rows are not affected.
 */
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react'
import { flushSync } from 'react-dom'
import type { Row } from '../model/rows.js'
import { RowChunks, type RenderRow } from './row-chunks.js'
import { RowHeights, covers, rangeFor, segments, type Range } from './windowing.js'
import './windowed-rows.css'

/** Lists with fewer rows than this render every row. */
export const WINDOW_FROM = 300
/** Pixels rendered beyond the viewport, above and below. */
export const OVERSCAN_PX = 1200
/** The window is moved once the viewport comes closer than this to its edge. */
const MARGIN_PX = 300
/** Used when the DOM has no layout (happy-dom in the component tests) or before the first measure. */
const FALLBACK_HEIGHT = 900
const FALLBACK_WIDTH = 900

/** Estimated height in pixels of a row not measured yet, for a list `width` pixels wide. */
export type Estimate = (row: Row, width: number) => number
/** A spacer element standing for `height` pixels of rows (aria-hidden, no content). */
export type RenderSpacer = (key: string, height: number) => ReactNode

export interface WindowedRowsProps {
  readonly rows: readonly Row[]
  readonly current: number
  /** Renders one row; its top element must carry `data-row={index}` (that is what is measured). */
  readonly render: RenderRow
  readonly renderSpacer: RenderSpacer
  readonly estimate: Estimate
  /** The element whose children the rows are (tbody, list). */
  readonly listRef: RefObject<HTMLElement | null>
}

/** Every row for a short list; a window of them for a long one. */
export function WindowedRows(props: WindowedRowsProps) {
  if (props.rows.length < WINDOW_FROM) return <RowChunks rows={props.rows} current={props.current} render={props.render} />
  return <VirtualRows {...props} />
}

// ---------------------------------------------------------------------------------------------
// Bringing a row into view from elsewhere (next/previous change, the outline, a comment).

const revealers = new Set<(index: number) => void>()

/**
 * Scrolls row `index` of the view shown into view (centred) and focuses it, rendering it first if
 * the view is windowed and the row is not in the DOM. Call it outside React's render (an event
 * handler, requestAnimationFrame). Returns whether the row was found.
 */
export function scrollToRow(index: number, { focus = true, block = 'center' }: { focus?: boolean; block?: ScrollLogicalPosition } = {}): boolean {
  for (const reveal of revealers) reveal(index)
  const el = document.getElementById(`row-${index}`)
  if (!el) return false
  el.scrollIntoView?.({ block })
  if (focus) el.focus({ preventScroll: true })
  return true
}

// ---------------------------------------------------------------------------------------------

/** Row heights by index, kept in step with the rows: estimates, replaced by measurements. */
class HeightModel {
  rows: readonly Row[] = []
  heights = new RowHeights([])
  private width = -1
  private estimate: Estimate | null = null
  /** Measured heights by row key, so that they survive rows being inserted above. */
  private readonly measured = new Map<string, number>()
  private estimates = new WeakMap<Row, number>()

  update(rows: readonly Row[], width: number, estimate: Estimate): void {
    if (width !== this.width || estimate !== this.estimate) {
      // Another width wraps every row differently: start again from estimates.
      this.width = width
      this.estimate = estimate
      this.measured.clear()
      this.estimates = new WeakMap()
      this.rows = []
      this.heights = new RowHeights([])
    }
    if (rows === this.rows) return
    const heightOf = (row: Row): number => {
      const m = this.measured.get(row.key)
      if (m !== undefined) return m
      let e = this.estimates.get(row)
      if (e === undefined) {
        e = Math.max(1, estimate(row, width))
        this.estimates.set(row, e)
      }
      return e
    }
    const prev = this.rows
    if (prev.length === rows.length) {
      // While typing: the same rows but one or two, compared by identity.
      for (let i = 0; i < rows.length; i++) if (prev[i] !== rows[i]) this.heights.set(i, heightOf(rows[i]!))
    } else {
      this.heights = new RowHeights(rows.map(heightOf))
    }
    this.rows = rows
  }

  /** Records a measured height; returns whether it differs from what was assumed. */
  measure(index: number, height: number): boolean {
    const row = this.rows[index]
    if (!row || !(height > 0)) return false
    this.measured.set(row.key, height)
    return this.heights.set(index, height)
  }
}

interface Viewport {
  /** Top of the visible area, in pixels from the top of the first row. */
  readonly top: number
  readonly height: number
  readonly width: number
}

function scrollParent(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p && p !== document.body && p !== document.documentElement; p = p.parentElement) {
    const overflow = getComputedStyle(p).overflowY
    if (overflow === 'auto' || overflow === 'scroll') return p
  }
  return null
}

function VirtualRows({ rows, current, render, renderSpacer, estimate, listRef }: WindowedRowsProps) {
  const modelRef = useRef<HeightModel | null>(null)
  const model = (modelRef.current ??= new HeightModel())
  const [viewport, setViewport] = useState<Viewport>({ top: 0, height: 0, width: 0 })
  const [focused, setFocused] = useState(-1)
  const [revealed, setRevealed] = useState(-1)

  model.update(rows, viewport.width || FALLBACK_WIDTH, estimate)
  const shown = rangeFor(model.heights, viewport.top, viewport.height || FALLBACK_HEIGHT, OVERSCAN_PX)
  const parts = segments(model.heights, shown, [current, focused, revealed])

  // What the event handlers below need from the latest render.
  const latest = useRef({ shown, viewport })
  latest.current = { shown, viewport }
  const scroller = useRef<HTMLElement | null | undefined>(undefined)

  /** Reads where the list is in its scroll container; re-renders when the window no longer covers the viewport. */
  const sync = useRef<(force?: boolean) => void>(() => {})
  sync.current = (force = false) => {
    const list = listRef.current
    if (!list) return
    if (scroller.current === undefined) scroller.current = scrollParent(list)
    const s = scroller.current
    const rect = list.getBoundingClientRect()
    const viewTop = s ? s.getBoundingClientRect().top + s.clientTop : 0
    const next: Viewport = { top: viewTop - rect.top, height: s ? s.clientHeight : globalThis.innerHeight, width: Math.round(rect.width) }
    const { shown: rendered, viewport: before } = latest.current
    const need: Range = rangeFor(model.heights, next.top, next.height || FALLBACK_HEIGHT, MARGIN_PX)
    if (!force && next.width === before.width && next.height === before.height && covers(rendered, need)) return
    if (next.top !== before.top || next.height !== before.height || next.width !== before.width) setViewport(next)
  }

  // Scrolling and resizing move the window.
  useEffect(() => {
    const list = listRef.current
    if (!list) return
    scroller.current = scrollParent(list)
    const target: HTMLElement | Window = scroller.current ?? globalThis.window
    const onScroll = () => sync.current()
    target.addEventListener('scroll', onScroll, { passive: true })
    let resize: ResizeObserver | null = null
    if (typeof ResizeObserver === 'function') {
      resize = new ResizeObserver(() => sync.current())
      resize.observe(scroller.current ?? document.documentElement)
      resize.observe(list)
    } else {
      globalThis.addEventListener('resize', onScroll)
    }
    return () => {
      target.removeEventListener('scroll', onScroll)
      resize?.disconnect()
      globalThis.removeEventListener('resize', onScroll)
    }
  }, [listRef])

  // The first look at the viewport, and again whenever the number of rows changes.
  useLayoutEffect(() => sync.current(true), [rows.length])

  // Measuring rendered rows: a ResizeObserver reports each new row's height after layout (no
  // forced layout on a keystroke) and again whenever one changes.
  const observer = useRef<ResizeObserver | null>(null)
  const observed = useRef(new Set<Element>())
  useEffect(() => {
    if (typeof ResizeObserver !== 'function') return
    const ro = new ResizeObserver((entries) => {
      let changed = false
      for (const entry of entries) {
        const el = entry.target as HTMLElement
        if (!el.isConnected) continue
        const index = Number(el.dataset.row)
        const height = entry.borderBoxSize?.[0]?.blockSize ?? el.getBoundingClientRect().height
        if (Number.isInteger(index) && model.measure(index, height)) changed = true
      }
      if (changed) sync.current()
    })
    observer.current = ro
    const set = observed.current
    return () => {
      ro.disconnect()
      set.clear()
      observer.current = null
    }
  }, [model])
  useLayoutEffect(() => {
    const list = listRef.current
    const ro = observer.current
    if (!list || !ro) return
    const set = observed.current
    for (const el of set) {
      if (!el.isConnected || el.parentElement !== list) {
        ro.unobserve(el)
        set.delete(el)
      }
    }
    for (const el of list.children) {
      if (!set.has(el) && (el as HTMLElement).dataset.row !== undefined) {
        ro.observe(el)
        set.add(el)
      }
    }
  })

  // Keeping the focused row rendered; the revealer for scrollToRow.
  useEffect(() => {
    const list = listRef.current
    if (!list) return
    const onFocusIn = (e: FocusEvent) => {
      const row = (e.target as Element).closest?.<HTMLElement>('[data-row]')
      if (row && row.parentElement === list) setFocused(Number(row.dataset.row))
    }
    list.addEventListener('focusin', onFocusIn)
    const reveal = (index: number) => flushSync(() => setRevealed(index))
    revealers.add(reveal)
    return () => {
      list.removeEventListener('focusin', onFocusIn)
      revealers.delete(reveal)
    }
  }, [listRef])

  const out: ReactNode[] = []
  parts.forEach((part, k) => {
    if (part.kind === 'spacer') {
      out.push(renderSpacer(k === 0 ? 'spacer-top' : k === parts.length - 1 ? 'spacer-bottom' : `spacer-${part.start}`, part.height))
      return
    }
    for (let i = part.start; i < part.end; i++) out.push(render(rows[i]!, i, i === current, rows.length))
  })
  return <>{out}</>
}

// ---------------------------------------------------------------------------------------------
// Estimating heights from text length (measurement corrects them once a row is shown).

/** Lines a text takes in a box `chars` characters wide, white space preserved (pre-wrap). */
export function linesOf(text: string, chars: number): number {
  const perLine = Math.max(8, chars)
  let lines = 0
  let start = 0
  for (;;) {
    const nl = text.indexOf('\n', start)
    const len = (nl < 0 ? text.length : nl) - start
    lines += Math.max(1, Math.ceil(len / perLine))
    if (nl < 0) return lines
    start = nl + 1
  }
}
