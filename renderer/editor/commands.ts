/** Structural editing commands that the default keymap cannot express. */
import type { Command, EditorState } from 'prosemirror-state'
import { TextSelection } from 'prosemirror-state'
import { schema } from './schema.js'

/**
 * The number for a lid inserted after lid `after`: the next number at the end, otherwise the
 * Dutch practice of inserting without renumbering the rest (`2` → `2a`, `2a` → `2b`).
 */
export function numberAfter(after: string, isLast: boolean): string {
  if (isLast && /^\d+$/.test(after)) return String(Number(after) + 1)
  const letter = /^(\d+)([a-z])$/.exec(after)
  if (letter) return `${letter[1]}${String.fromCharCode(letter[2]!.charCodeAt(0) + 1)}`
  return `${after}a`
}

/** Inserts an empty lid after the lid that holds the cursor and puts the cursor in it. */
export const insertLidAfter: Command = (state, dispatch) => {
  const { $from } = state.selection
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth)
    if (node.type !== schema.nodes.lid) continue
    const parent = $from.node(depth - 1)
    const index = $from.index(depth - 1)
    const isLast = index === parent.childCount - 1
    const lid = schema.nodes.lid.create({ nr: numberAfter(String(node.attrs.nr), isLast) }, schema.nodes.al.create())
    const pos = $from.after(depth)
    if (dispatch) {
      const tr = state.tr.insert(pos, lid)
      tr.setSelection(TextSelection.create(tr.doc, pos + 2))
      dispatch(tr.scrollIntoView())
    }
    return true
  }
  return false
}

/** The numbered unit that holds the cursor: the innermost onderdeel, lid or artikel. */
export interface CursorUnit {
  readonly type: 'artikel' | 'lid' | 'onderdeel'
  readonly nr: string
}

const NUMBERED = new Set(['artikel', 'lid', 'onderdeel'])

export function cursorUnit(state: EditorState): CursorUnit | null {
  const { $from } = state.selection
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth)
    if (NUMBERED.has(node.type.name)) return { type: node.type.name as CursorUnit['type'], nr: String(node.attrs.nr) }
  }
  return null
}

/**
 * Gives the unit at the cursor another number. A renumbering is an attr change, so it is
 * undoable and the comparison shows it as vernummerd rather than as changed words.
 */
export const setNumber = (nr: string): Command => (state, dispatch) => {
  const value = nr.trim().replace(/\.$/, '')
  if (!value || /\s/.test(value)) return false
  const { $from } = state.selection
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth)
    if (!NUMBERED.has(node.type.name)) continue
    if (dispatch) dispatch(state.tr.setNodeAttribute($from.before(depth), 'nr', value))
    return true
  }
  return false
}
