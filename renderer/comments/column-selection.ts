/**
 * A passage selected with the mouse or keyboard in a column of the side-by-side view, in the
 * model's terms. The cell shows the unit's own text (plain, or as redline runs whose words on
 * that side spell it); the offsets are counted in the DOM and checked against the unit's text, so
 * a cell that shows anything else is refused rather than misread.
 */
import { unitsByPath } from '../../shared/model/path.js'
import type { LegalText } from '../../shared/model/types.js'

export interface ColumnPassage {
  readonly unitPath: string
  readonly start: number
  readonly end: number
  readonly passage: string
}

/** The selection when it lies within one unit's text in cells matching `cellSelector`. */
export function columnSelection(selection: Selection | null, cellSelector: string, text: LegalText): ColumnPassage | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0)
  const holder = (node: Node): Element | null => (node instanceof Element ? node : node.parentElement)?.closest('.unit .text') ?? null
  const textEl = holder(range.startContainer)
  if (!textEl || textEl !== holder(range.endContainer) || !textEl.closest(cellSelector)) return null
  const path = textEl.closest<HTMLElement>('[data-unit-path]')?.dataset.unitPath
  const unit = path ? unitsByPath(text.units).get(path) : undefined
  if (!unit || textEl.textContent !== unit.text) return null
  const before = document.createRange()
  before.setStart(textEl, 0)
  before.setEnd(range.startContainer, range.startOffset)
  const start = before.toString().length
  const end = start + range.toString().length
  if (end <= start || unit.text.slice(start, end) !== range.toString()) return null
  return { unitPath: unit.path, start, end, passage: range.toString() }
}
