import type { UnitType } from '../model/types.js'
import { AmendmentError, type Draft } from './amendment-ops.js'

/**
 * The new text after "luidende:" or "komt te luiden:", as it is printed: indented under the
 * instruction, starting with the unit's designation (aanwijzing 6.9, third lid) — "Artikel 273fa"
 * (with its heading), "2.", "a." — one unit per line, four more spaces per level, further
 * alinea of a unit indented three spaces past its designation.
 */
const INDENT = '    '

export function writeBlock(unit: Draft): string[] {
  const out: string[] = []
  const visit = (u: Draft, depth: number): void => {
    const pad = INDENT.repeat(depth + 1)
    const [first = '', ...more] = u.text.split('\n')
    if (u.type === 'artikel') {
      out.push(`${pad}Artikel ${u.number}${u.heading ? ` ${u.heading}` : ''}`)
      // An article without leden carries its own text on the lines below its designation.
      for (const al of u.text ? u.text.split('\n') : []) out.push(`${pad}   ${al}`)
    } else {
      out.push(`${pad}${u.number}.${first ? ` ${first}` : ''}`)
      for (const al of more) out.push(`${pad}   ${al}`)
    }
    for (const c of u.children) visit(c, depth + 1)
  }
  visit(unit, 0)
  return out
}

/** Reads a block back; `type` is the type of its first unit (known from the instruction). */
export function readBlock(lines: readonly string[], type: UnitType): Draft {
  const stack: Array<{ depth: number; unit: Draft }> = []
  let root: Draft | null = null
  for (const raw of lines) {
    const indent = raw.length - raw.trimStart().length
    const line = raw.trimStart()
    if (indent % 4 === 3) {
      const owner = stack[stack.length - 1]?.unit
      if (!owner) throw new AmendmentError(`losse regel in de nieuwe tekst: ${line}`)
      owner.text = owner.type === 'artikel' && owner.text === '' ? line : `${owner.text}\n${line}`
      continue
    }
    const depth = indent / 4 - 1
    while (stack.length && stack[stack.length - 1]!.depth >= depth) stack.pop()
    const parent = stack[stack.length - 1]?.unit ?? null
    const unit = depth === 0 ? designated(line, type) : designated(line, childType(parent, line))
    if (parent) parent.children.push(unit)
    else if (root) throw new AmendmentError('de nieuwe tekst bevat meer dan één eenheid')
    else root = unit
    stack.push({ depth, unit })
  }
  if (!root) throw new AmendmentError('de nieuwe tekst ontbreekt')
  return root
}

function designated(line: string, type: UnitType): Draft {
  if (type === 'artikel') {
    const m = /^Artikel (\S+)(?: (.*))?$/.exec(line)
    if (!m) throw new AmendmentError(`geen artikelaanduiding: ${line}`)
    return { type, number: m[1]!, ...(m[2] ? { heading: m[2] } : {}), text: '', children: [] }
  }
  const m = /^(\S+?)\.(?: (.*))?$/.exec(line)
  if (!m) throw new AmendmentError(`geen aanduiding: ${line}`)
  return { type, number: m[1]!, text: m[2] ?? '', children: [] }
}

/**
 * What a child is, from its parent: under an artikel a numbered lid, or an onderdeel where
 * the article enumerates directly (1°, a); under a lid an onderdeel; deeper a subonderdeel.
 * The designation tells the two apart under an artikel: digits (2, 2a) make a lid.
 */
function childType(parent: Draft | null, line: string): UnitType {
  if (!parent) throw new AmendmentError('ingesprongen regel zonder bovenliggende eenheid')
  if (parent.type === 'artikel') return /^\d+[a-z]*\./.test(line) ? 'lid' : 'onderdeel'
  return parent.type === 'lid' ? 'onderdeel' : 'subonderdeel'
}
