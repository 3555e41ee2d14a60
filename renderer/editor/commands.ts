/** Structural editing commands that the default keymap cannot express. */
import type { Command, EditorState } from 'prosemirror-state'
import type { Node as PMNode } from 'prosemirror-model'
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
  /** The unit's path in the proposal ("artikel:273f/lid:3/onderdeel:a"), for finding its row. */
  readonly path: string
}

const NUMBERED = new Set(['artikel', 'lid', 'onderdeel'])

export function cursorUnit(state: EditorState): CursorUnit | null {
  const { $from } = state.selection
  let unit: CursorUnit | null = null
  const steps: string[] = []
  for (let depth = 1; depth <= $from.depth; depth++) {
    const node = $from.node(depth)
    if (!NUMBERED.has(node.type.name)) continue
    const nr = String(node.attrs.nr)
    // An onderdeel inside an onderdeel is a subonderdeel in the model's paths.
    const pathType = node.type.name === 'onderdeel' && /^(onderdeel|subonderdeel):/.test(steps.at(-1) ?? '') ? 'subonderdeel' : node.type.name
    steps.push(`${pathType}:${nr}`)
    unit = { type: node.type.name as CursorUnit['type'], nr, path: steps.join('/') }
  }
  return unit
}

/**
 * Gives the unit at the cursor another number. A renumbering is an attr change, so it is
 * undoable and the comparison shows it as vernummerd rather than as changed words.
 */
export const setNumber = (nr: string): Command => (state, dispatch) => {
  const value = cleanNumber(nr)
  if (!value || numberTaken(state, value)) return false
  const { $from } = state.selection
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth)
    if (!NUMBERED.has(node.type.name)) continue
    if (dispatch) dispatch(state.tr.setNodeAttribute($from.before(depth), 'nr', value))
    return true
  }
  return false
}

/** A number as typed, without a trailing period; '' when it cannot be a number (empty, spaces). */
const cleanNumber = (nr: string): string => {
  const value = nr.trim().replace(/\.$/, '')
  return /\s/.test(value) ? '' : value
}

/**
 * Whether another unit of the same kind already has this number where the cursor's unit stands:
 * a sibling (leden of one article, onderdelen of one list) or, for an article, any article. Two
 * units with one number cannot be told apart by the comparison, the comments or the amendment
 * instructions, so renumbering onto a taken number is refused.
 */
export function numberTaken(state: EditorState, nr: string): boolean {
  const value = cleanNumber(nr)
  const { $from } = state.selection
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth)
    if (!NUMBERED.has(node.type.name)) continue
    const self = $from.before(depth)
    let taken = false
    const check = (other: PMNode, pos: number): void => {
      if (other.type === node.type && pos !== self && String(other.attrs.nr) === value) taken = true
    }
    if (node.type.name === 'artikel') {
      state.doc.descendants((other, pos) => {
        check(other, pos)
        // Articles do not nest in articles: no need to look inside one.
        return other.type.name !== 'artikel' && !taken
      })
    } else {
      const parentStart = $from.start(depth - 1)
      $from.node(depth - 1).forEach((other, offset) => check(other, parentStart + offset))
    }
    return taken
  }
  return false
}

/** The marker style of a sibling sequence, read from a number: `3°`, `c`, `iv` (after `iii`), `2`. */
type Style = 'degree' | 'letter' | 'roman' | 'arabic'

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx']

function styleOf(numbers: readonly string[]): Style {
  const first = numbers[0] ?? 'a'
  if (first.endsWith('°')) return 'degree'
  if (/^\d/.test(first)) return 'arabic'
  // `i` opens a Roman sequence only when what follows continues it (`ii`), not a letter one (`j`).
  if (first === 'i' && (numbers.length === 1 || numbers[1] === 'ii')) return 'roman'
  return 'letter'
}

/** The k-th number (0-based) of a sequence in `style`. */
export function nthNumber(style: Style, k: number): string {
  if (style === 'degree') return `${k + 1}°`
  if (style === 'arabic') return String(k + 1)
  if (style === 'roman') return ROMAN[k] ?? `${k + 1}`
  const letters = 'abcdefghijklmnopqrstuvwxyz'
  return k < 26 ? letters[k]! : letters[k % 26]!.repeat(Math.floor(k / 26) + 1)
}

/**
 * Inserts an empty onderdeel after the one that holds the cursor and reletters the ones after it
 * ("onder verlettering", Aanwijzing 6.18), or starts an enumeration `a.` in a lid or article that
 * has none. The comparison then shows the followers as vernummerd, as a drafter expects.
 */
export const insertOnderdeelAfter: Command = (state, dispatch) => {
  const { $from } = state.selection
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth)
    if (node.type === schema.nodes.onderdeel) {
      const lijst = $from.node(depth - 1)
      const index = $from.index(depth - 1)
      const numbers: string[] = []
      lijst.forEach((child) => numbers.push(String(child.attrs.nr)))
      const style = styleOf(numbers)
      const pos = $from.after(depth)
      if (dispatch) {
        const tr = state.tr.insert(pos, schema.nodes.onderdeel.create({ nr: nthNumber(style, index + 1) }, schema.nodes.al.create()))
        // Reletter the followers: each takes the number one further in the sequence.
        let childPos = $from.before(depth - 1) + 1
        tr.doc.nodeAt($from.before(depth - 1))!.forEach((child, _offset, k) => {
          if (k > index + 1) tr.setNodeAttribute(childPos, 'nr', nthNumber(style, k))
          childPos += child.nodeSize
        })
        tr.setSelection(TextSelection.create(tr.doc, pos + 2))
        dispatch(tr.scrollIntoView())
      }
      return true
    }
    if (node.type === schema.nodes.lid || node.type === schema.nodes.artikel) {
      if (node.lastChild?.type === schema.nodes.lijst || node.lastChild?.type === schema.nodes.lid) return false
      const pos = $from.end(depth)
      if (dispatch) {
        const lijst = schema.nodes.lijst.create(null, schema.nodes.onderdeel.create({ nr: 'a' }, schema.nodes.al.create()))
        const tr = state.tr.insert(pos, lijst)
        tr.setSelection(TextSelection.create(tr.doc, pos + 3))
        dispatch(tr.scrollIntoView())
      }
      return true
    }
  }
  return false
}
