// The caches that keep typing cheap: a full comparison equal to the live patch hands back the
// very same objects (so nothing renders again), and the rows' path index carried over from one
// keystroke to the next equals one built from scratch.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { EditorState } from 'prosemirror-state'
import type { Node as PMNode } from 'prosemirror-model'
import { parseText } from '../../shared/parse/index.js'
import { compareTexts } from '../../shared/compare/index.js'
import { flatten } from '../../shared/model/path.js'
import type { LegalText } from '../../shared/model/types.js'
import { legalTextToDoc } from '../../renderer/editor/to-doc.js'
import { createDocConverter } from '../../renderer/editor/from-doc.js'
import { deepEqual, patchComparison, reuseEqualChanges } from '../../renderer/model/live-compare.js'
import { buildRows, pathIndex } from '../../renderer/model/rows.js'

const ROOT = path.resolve(import.meta.dirname, '../..')
const sample = (name: string) => parseText(fs.readFileSync(path.join(ROOT, 'samples', name), 'utf8'), { name }).text
const oldText = sample('273f-current.md')
const proposed = sample('273f-proposed.md')

function lidPos(doc: PMNode, nr: string): number {
  let pos = -1
  doc.descendants((n, p) => {
    if (pos < 0 && n.type.name === 'lid' && n.attrs.nr === nr) pos = p + 2
    return pos < 0
  })
  return pos
}

/** The proposal as the editor hands it over before and after typing `typed` into lid `nr`. */
function typeInto(nr: string, typed: string) {
  const converter = createDocConverter()
  const doc = legalTextToDoc(proposed)
  const before = converter.toLegalText(doc, proposed.label, proposed.source)
  const state = EditorState.create({ doc })
  const after = converter.toLegalText(state.apply(state.tr.insertText(typed, lidPos(doc, nr))).doc, proposed.label, proposed.source)
  return { before, after }
}

const freshIndex = (text: LegalText) => new Map(flatten(text.units).map(({ unit }) => [unit.path, unit]))

describe('deepEqual', () => {
  it('compares plain data structurally', () => {
    expect(deepEqual({ a: [1, { b: 'x' }], c: undefined }, { a: [1, { b: 'x' }], c: undefined })).toBe(true)
    expect(deepEqual({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false)
    expect(deepEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false)
    expect(deepEqual({ a: undefined }, { b: undefined })).toBe(false)
    expect(deepEqual([1], { 0: 1 })).toBe(false)
    expect(deepEqual(null, {})).toBe(false)
  })
})

describe('reuseEqualChanges', () => {
  it('returns the live patch itself when the full comparison agrees with it', () => {
    const { before, after } = typeInto('8', ' Zie ook artikel 273g.')
    const patched = patchComparison(compareTexts(oldText, before), oldText, before, after)!
    const full = compareTexts(oldText, after)
    expect(full).not.toBe(patched)
    expect(reuseEqualChanges(patched, full)).toBe(patched)
  })

  it('keeps the equal changes and takes the new ones when the comparisons differ', () => {
    const a = compareTexts(oldText, proposed)
    const b = compareTexts(oldText, typeInto('8', ' Zie ook artikel 273g.').after)
    const merged = reuseEqualChanges(a, b)
    expect(merged).toEqual(b)
    const fresh = merged.changes.filter((c) => !a.changes.includes(c))
    expect(fresh.map((c) => c.new)).toEqual([['artikel:273f/lid:8']])
    expect(fresh[0]).toBe(b.changes.find((c) => c.new[0] === 'artikel:273f/lid:8'))
  })

  it('does not reuse across comparisons whose sides differ', () => {
    const a = compareTexts(oldText, proposed)
    const b = { ...a, new: { ...a.new, label: 'ander' } }
    const merged = reuseEqualChanges(a, b)
    expect(merged).not.toBe(a)
    expect(merged.new.label).toBe('ander')
    expect(merged.changes.every((c, i) => c === a.changes[i])).toBe(true)
  })
})

describe('the rows\' path index', () => {
  it('carries the index over from keystroke to keystroke and equals a fresh one', () => {
    const { before, after } = typeInto('3', 'ook ')
    expect(pathIndex(before, true)).toEqual(freshIndex(before))
    const carried = pathIndex(after, true)
    expect(carried).toEqual(freshIndex(after))
    expect(carried.get('artikel:273f/lid:3')!.text.startsWith('ook ')).toBe(true)
    // The earlier text is indexed afresh should it be asked for again, not from the carried map.
    expect(pathIndex(before)).toEqual(freshIndex(before))
  })

  it('rebuilds when the shape changed', () => {
    pathIndex(proposed, true)
    expect(pathIndex(oldText, true)).toEqual(freshIndex(oldText))
  })

  it('builds rows equal to rows built without any cache', () => {
    const { before, after } = typeInto('3', 'ook ')
    const comparison = compareTexts(oldText, after)
    pathIndex(before, true)
    expect(buildRows(comparison, oldText, after, new WeakMap())).toEqual(buildRows(comparison, { ...oldText }, { ...after }))
  })
})
