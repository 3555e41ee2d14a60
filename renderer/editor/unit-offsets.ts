/**
 * Between ProseMirror positions and the model's addresses: a unit's path plus an offset in its own
 * text (its `al` children joined with "\n", as from-doc.ts builds it). Comments are stored in the
 * model's terms (contracts/project-json.md), the editor highlights and selects in positions.
 * Paths are made exactly as from-doc.ts makes them (a unit test holds the two together).
 */
import type { Node as PMNode } from 'prosemirror-model'
import type { UnitType } from '../../shared/model/types.js'
import { childPath, isDivision, segment } from '../../shared/model/path.js'

export interface UnitSpan {
  readonly path: string
  /** The content range [from, to) of each `al` of the unit's own text, in order. */
  readonly alinea: ReadonlyArray<{ readonly from: number; readonly to: number }>
}

/** Every unit of the document with where its own text is. */
export function unitSpans(doc: PMNode): Map<string, UnitSpan> {
  const spans = new Map<string, UnitSpan>()

  const visit = (node: PMNode, pos: number, type: UnitType, parentPath: string): void => {
    const number = String(node.attrs.nr ?? '')
    const path = isDivision(type) && parentPath ? `${parentPath}/${segment(type, number)}` : childPath(parentPath, type, number)
    const alinea: Array<{ from: number; to: number }> = []
    node.forEach((child, offset) => {
      const at = pos + 1 + offset
      const name = child.type.name
      if (name === 'al') alinea.push({ from: at + 1, to: at + 1 + child.content.size })
      else if (name === 'lid') visit(child, at, 'lid', path)
      else if (name === 'lijst') {
        const itemType: UnitType = type === 'onderdeel' || type === 'subonderdeel' ? 'subonderdeel' : 'onderdeel'
        child.forEach((item, itemOffset) => visit(item, at + 1 + itemOffset, itemType, path))
      } else if (name === 'artikel') visit(child, at, 'artikel', '')
      else if (name === 'divisie') visit(child, at, String(child.attrs.type) as UnitType, path)
    })
    spans.set(path, { path, alinea })
  }

  doc.forEach((child, offset) => {
    if (child.type.name === 'artikel') visit(child, offset, 'artikel', '')
    else visit(child, offset, String(child.attrs.type) as UnitType, '')
  })
  return spans
}

/** The document position of `offset` in the unit's own text, or null past its end. */
export function positionOf(span: UnitSpan, offset: number): number | null {
  let rest = offset
  for (const al of span.alinea) {
    const length = al.to - al.from
    if (rest <= length) return al.from + rest
    rest -= length + 1 // the "\n" between alinea
  }
  return null
}

/** The range `start..end` of a unit's own text as document positions, or null if out of range. */
export function rangeOf(span: UnitSpan, start: number, end: number): { from: number; to: number } | null {
  const from = positionOf(span, start)
  const to = positionOf(span, end)
  return from === null || to === null || to < from ? null : { from, to }
}

/** Where a document position is in the model's terms, when it lies in some unit's own text. */
export function offsetAt(spans: ReadonlyMap<string, UnitSpan>, pos: number): { path: string; offset: number } | null {
  for (const span of spans.values()) {
    let before = 0
    for (const al of span.alinea) {
      if (pos >= al.from && pos <= al.to) return { path: span.path, offset: before + pos - al.from }
      before += al.to - al.from + 1
    }
  }
  return null
}
