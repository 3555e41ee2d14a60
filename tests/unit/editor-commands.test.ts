// Inserting an onderdeel behaves as a drafter expects: the new one goes after the cursor's, the
// followers are relettered (Aanwijzing 6.18, "onder verlettering"), and a lid without an
// enumeration gets one starting at a.
import { describe, expect, it } from 'vitest'
import { EditorState, TextSelection } from 'prosemirror-state'
import { parseText } from '../../shared/parse/index.js'
import { legalTextToDoc } from '../../renderer/editor/to-doc.js'
import { createDocConverter } from '../../renderer/editor/from-doc.js'
import { insertOnderdeelAfter, nthNumber, numberTaken, setNumber } from '../../renderer/editor/commands.js'
import { findDuplicate } from '../../shared/parse/numbering.js'
import { compareTexts } from '../../shared/compare/index.js'
import { unitStart } from '../../renderer/editor/reveal-unit.js'

const TEXT = `# Artikel 1

1. In deze wet wordt verstaan onder:
    a. Onze Minister: Onze Minister van Justitie en Veiligheid;
    b. slachtoffer: degene die schade lijdt;
    c. uitbuiting: het bepaalde in artikel 273f.
2. Deze wet is van toepassing op Nederland.
`

const stateAt = (needle: string): EditorState => {
  const text = parseText(TEXT, { name: 't.md' }).text
  const doc = legalTextToDoc(text)
  let pos = -1
  doc.descendants((node, p) => {
    if (pos < 0 && node.isText && node.text!.includes(needle)) pos = p + node.text!.indexOf(needle)
  })
  return EditorState.create({ doc, selection: TextSelection.create(doc, pos) })
}

const apply = (state: EditorState): EditorState => {
  let next = state
  expect(insertOnderdeelAfter(state, (tr) => (next = state.apply(tr)))).toBe(true)
  return next
}

const numbersOf = (state: EditorState, type: string): string[] => {
  const out: string[] = []
  state.doc.descendants((n) => {
    if (n.type.name === type) out.push(String(n.attrs.nr))
  })
  return out
}

describe('insert onderdeel', () => {
  it('inserts after the onderdeel at the cursor and reletters the followers', () => {
    const next = apply(stateAt('slachtoffer'))
    expect(numbersOf(next, 'onderdeel')).toEqual(['a', 'b', 'c', 'd'])
    const text = createDocConverter().toLegalText(next.doc, 'voorstel', 'editor')
    const lid = text.units[0]!.children[0]!
    expect(lid.children.map((u) => [u.number, u.text])).toEqual([
      ['a', 'Onze Minister: Onze Minister van Justitie en Veiligheid;'],
      ['b', 'slachtoffer: degene die schade lijdt;'],
      ['c', ''],
      ['d', 'uitbuiting: het bepaalde in artikel 273f.'],
    ])
    // The cursor stands in the new, empty onderdeel, ready for typing.
    expect(next.selection.$from.parent.textContent).toBe('')
    // The comparison sees c → d as a renumbering, not as changed words.
    const before = parseText(TEXT, { name: 't.md' }).text
    const moved = compareTexts(before, text).changes.find((c) => c.old[0] === 'artikel:1/lid:1/onderdeel:c')!
    expect(moved).toMatchObject({ kind: 'unchanged', new: ['artikel:1/lid:1/onderdeel:d'], renumbered: true, moved: false })
  })

  it('starts an enumeration at a in a lid that has none', () => {
    const next = apply(stateAt('van toepassing'))
    const text = createDocConverter().toLegalText(next.doc, 'voorstel', 'editor')
    expect(text.units[0]!.children[1]!.children.map((u) => u.path)).toEqual(['artikel:1/lid:2/onderdeel:a'])
  })

  it('continues each numbering style', () => {
    expect(['degree', 'letter', 'roman', 'arabic'].map((s) => nthNumber(s as never, 3))).toEqual(['4°', 'd', 'iv', '4'])
  })
})

describe('unitStart (the outline takes the drafter to a unit)', () => {
  const text = parseText('# Artikel 1\n\n1. Eerste lid.\n2. Tweede lid:\n    a. een;\n    b. twee.\n\n# Artikel 2\n\nEnig artikel.\n', { name: 't.md' }).text
  const doc = legalTextToDoc(text)
  const textAt = (pos: number | null): string => (pos === null ? '' : doc.textBetween(pos, Math.min(pos + 12, doc.content.size), '|'))

  it('finds the start of the unit\'s own text', () => {
    expect(textAt(unitStart(doc, 'artikel:1/lid:2'))).toMatch(/^Tweede lid/)
    expect(textAt(unitStart(doc, 'artikel:1/lid:2/onderdeel:b'))).toMatch(/^twee\./)
    expect(textAt(unitStart(doc, 'artikel:2'))).toMatch(/^Enig artikel/)
  })

  it('takes a unit without text of its own to its first part, and knows no unit that is not there', () => {
    expect(textAt(unitStart(doc, 'artikel:1'))).toMatch(/^Eerste lid/)
    expect(unitStart(doc, 'artikel:3')).toBeNull()
    expect(unitStart(doc, 'artikel:1/lid:5')).toBeNull()
  })
})

describe('renumbering onto a taken number', () => {
  it('is refused for a lid whose number a sibling has, and allowed for a free number', () => {
    const state = stateAt('Deze wet is van toepassing')
    expect(numberTaken(state, '1')).toBe(true)
    expect(numberTaken(state, '1.')).toBe(true)
    expect(numberTaken(state, '3')).toBe(false)
    expect(setNumber('1')(state)).toBe(false)
    let next: EditorState | null = null
    expect(setNumber('3')(state, (tr) => { next = state.apply(tr) })).toBe(true)
    expect(next!.doc.child(0).child(2).attrs.nr).toBe('3')
  })

  it('checks an onderdeel against the onderdelen of its own list', () => {
    const state = stateAt('slachtoffer: degene')
    expect(numberTaken(state, 'a')).toBe(true)
    expect(numberTaken(state, 'd')).toBe(false)
  })
})

describe('findDuplicate (the edited proposal)', () => {
  it('names the second of two units with one path, and nothing when every path is unique', () => {
    const text = parseText(TEXT, { name: 't.md' }).text
    expect(findDuplicate(text.units)).toBeNull()
    const lid2 = text.units[0]!.children[1]!
    const twice = { ...text, units: [{ ...text.units[0]!, children: [text.units[0]!.children[0]!, { ...lid2, number: '1', path: 'artikel:1/lid:1' }] }] }
    expect(findDuplicate(twice.units)?.unit.path).toBe('artikel:1/lid:1')
    expect(findDuplicate(twice.units)?.unit.text).toMatch(/van toepassing/)
  })
})
