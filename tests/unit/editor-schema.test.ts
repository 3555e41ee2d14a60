// The editor's document mirrors the unit tree: a LegalText survives the trip through
// ProseMirror unchanged, and the live conversion rebuilds only what an edit touched.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { EditorState, TextSelection } from 'prosemirror-state'
import { parseText } from '../../shared/parse/index.js'
import type { Unit } from '../../shared/model/types.js'
import { schema } from '../../renderer/editor/schema.js'
import { legalTextToDoc } from '../../renderer/editor/to-doc.js'
import { createDocConverter } from '../../renderer/editor/from-doc.js'
import { cursorUnit, insertLidAfter, numberAfter, setNumber } from '../../renderer/editor/commands.js'

const ROOT = path.resolve(import.meta.dirname, '../..')
const sample = (name: string) => parseText(fs.readFileSync(path.join(ROOT, 'samples', name), 'utf8'), { name }).text

/** The parts of a unit the comparison reads (line numbers are source positions, not content). */
const shape = (u: Unit): unknown => ({ type: u.type, number: u.number, path: u.path, heading: u.heading, text: u.text, children: u.children.map(shape) })

describe('statute schema', () => {
  it.each(['273f-current.md', '273f-proposed.md', '273f-current.xml', 'grondwet-art7-toestand.xml'])('round-trips %s', (name) => {
    const text = sample(name)
    const doc = legalTextToDoc(text)
    doc.check()
    const back = createDocConverter().toLegalText(doc, text.label, text.source)
    expect(back.units.map(shape)).toEqual(text.units.map(shape))
  })

  it('keeps numbers in attrs, out of the editable text', () => {
    const doc = legalTextToDoc(sample('273f-current.md'))
    expect(doc.textContent).not.toMatch(/^1\./)
    const numbers: string[] = []
    doc.descendants((n) => {
      if (n.type.name === 'lid') numbers.push(String(n.attrs.nr))
    })
    expect(numbers).toEqual(['1', '2', '3', '4', '5', '6', '7'])
  })

  it('gives every attr a default (engineering-notes §5.1)', () => {
    for (const type of Object.values(schema.nodes)) {
      for (const [name, attr] of Object.entries(type.spec.attrs ?? {})) expect(attr, `${type.name}.${name}`).toHaveProperty('default')
    }
  })

  it('rebuilds only the edited unit and its ancestors', () => {
    const text = sample('273f-current.md')
    const doc = legalTextToDoc(text)
    const converter = createDocConverter()
    const before = converter.toLegalText(doc, 'l', 's')
    let pos = -1
    doc.descendants((n, p) => {
      if (pos < 0 && n.type.name === 'lid' && n.attrs.nr === '7') pos = p + 2 // inside its first al
      return pos < 0
    })
    const state = EditorState.create({ doc })
    const after = converter.toLegalText(state.apply(state.tr.insertText('X', pos)).doc, 'l', 's')
    const art = (t: typeof before) => t.units[0]!
    expect(art(after)).not.toBe(art(before))
    expect(art(after).children[0]).toBe(art(before).children[0]) // lid 1 untouched: same object
    expect(art(after).children[6]!.text.startsWith('X')).toBe(true)
  })
})

describe('inserting a lid', () => {
  it('numbers like a drafter: next number at the end, 2a between', () => {
    expect(numberAfter('7', true)).toBe('8')
    expect(numberAfter('2', false)).toBe('2a')
    expect(numberAfter('2a', false)).toBe('2b')
  })

  it('inserts an empty lid after the one holding the cursor', () => {
    const doc = legalTextToDoc(sample('273f-current.md'))
    let inLid2 = -1
    doc.descendants((n, p) => {
      if (inLid2 < 0 && n.type.name === 'lid' && n.attrs.nr === '2') inLid2 = p + 2
      return inLid2 < 0
    })
    let state = EditorState.create({ doc })
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, inLid2)))
    let next = state
    expect(insertLidAfter(state, (tr) => { next = state.apply(tr) })).toBe(true)
    const numbers: string[] = []
    next.doc.descendants((n) => {
      if (n.type.name === 'lid') numbers.push(String(n.attrs.nr))
    })
    expect(numbers).toEqual(['1', '2', '2a', '3', '4', '5', '6', '7'])
  })
})

describe('the unit at the cursor', () => {
  it('has the path the comparison uses, subonderdelen included', () => {
    const doc = legalTextToDoc(parseText('## Artikel 5\n\n1. Aanhef:\n    a. onderdeel:\n        1°. sub een;\n', { name: 'x.md', format: 'md' }).text)
    let inSub = -1
    doc.descendants((n, p) => {
      if (inSub < 0 && n.type.name === 'onderdeel' && n.attrs.nr === '1°') inSub = p + 2
      return inSub < 0
    })
    const state = EditorState.create({ doc, selection: TextSelection.create(doc, inSub) })
    expect(cursorUnit(state)).toEqual({ type: 'onderdeel', nr: '1°', path: 'artikel:5/lid:1/onderdeel:a/subonderdeel:1°' })
  })
})

describe('renumbering', () => {
  it('changes the number attr of the unit at the cursor, not its text', () => {
    const doc = legalTextToDoc(sample('273f-current.md'))
    let inLid7 = -1
    doc.descendants((n, p) => {
      if (inLid7 < 0 && n.type.name === 'lid' && n.attrs.nr === '7') inLid7 = p + 2
      return inLid7 < 0
    })
    let state = EditorState.create({ doc })
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, inLid7)))
    expect(cursorUnit(state)).toEqual({ type: 'lid', nr: '7', path: 'artikel:273f/lid:7' })
    let next = state
    expect(setNumber('8.')(state, (tr) => { next = state.apply(tr) })).toBe(true)
    expect(cursorUnit(next)).toEqual({ type: 'lid', nr: '8', path: 'artikel:273f/lid:8' })
    expect(next.doc.textContent).toBe(state.doc.textContent)
    const text = createDocConverter().toLegalText(next.doc, 'l', 's')
    expect(text.units[0]!.children.map((l) => l.path).at(-1)).toBe('artikel:273f/lid:8')
    expect(setNumber('  ')(state)).toBe(false)
  })
})
