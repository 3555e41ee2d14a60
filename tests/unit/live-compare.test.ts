// The live comparison while typing: patching the edited unit's redline gives the same result as
// comparing from scratch, and anything structural falls back to the full comparison.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { EditorState } from 'prosemirror-state'
import type { Node as PMNode } from 'prosemirror-model'
import { parseText } from '../../shared/parse/index.js'
import { compareTexts } from '../../shared/compare/index.js'
import { legalTextToDoc } from '../../renderer/editor/to-doc.js'
import { createDocConverter } from '../../renderer/editor/from-doc.js'
import { patchComparison } from '../../renderer/model/live-compare.js'
import { buildRows, type Row } from '../../renderer/model/rows.js'
import type { Change } from '../../shared/compare/types.js'

const ROOT = path.resolve(import.meta.dirname, '../..')
const sample = (name: string) => parseText(fs.readFileSync(path.join(ROOT, 'samples', name), 'utf8'), { name }).text
const oldText = sample('273f-current.md')
const proposed = sample('273f-proposed.md')

/** Position inside the first alinea of the lid numbered `nr` of the first article. */
function inLid(doc: PMNode, nr: string, offset = 0): number {
  let pos = -1
  doc.descendants((n, p) => {
    if (pos < 0 && n.type.name === 'lid' && n.attrs.nr === nr) pos = p + 2 + offset
    return pos < 0
  })
  return pos
}

function edit(apply: (state: EditorState) => EditorState) {
  const converter = createDocConverter()
  const doc = legalTextToDoc(proposed)
  const before = converter.toLegalText(doc, proposed.label, proposed.source)
  const after = converter.toLegalText(apply(EditorState.create({ doc })).doc, proposed.label, proposed.source)
  return { before, after, previous: compareTexts(oldText, before) }
}

describe('live comparison while typing', () => {
  it.each([
    ['typing a sentence at the end of lid 8 (was unchanged)', '8', 'end', ' Zie ook artikel 273g.'],
    ['typing inside lid 3 (modified and renumbered)', '3', 10, 'ook '],
    ['typing at the start of lid 7 (unchanged, renumbered)', '7', 0, 'Voorts: '],
  ] as const)('%s equals a full comparison', (_name, nr, where, typed) => {
    const { before, after, previous } = edit((state) => {
      let pos = inLid(state.doc, nr)
      if (where === 'end') pos = pos - 1 + state.doc.resolve(pos).parent.content.size + 1
      else pos += where
      return state.apply(state.tr.insertText(typed, pos))
    })
    const patched = patchComparison(previous, oldText, before, after)
    expect(patched).not.toBeNull()
    expect(patched).toEqual(compareTexts(oldText, after))
  })

  it('returns the previous comparison when nothing changed', () => {
    const { before, previous } = edit((s) => s)
    expect(patchComparison(previous, oldText, before, before)?.changes).toBe(previous.changes)
  })

  it('falls back to a full comparison for structural edits', () => {
    const { before, after, previous } = edit((state) => {
      const pos = inLid(state.doc, '8')
      const $pos = state.doc.resolve(pos)
      return state.apply(state.tr.delete($pos.before($pos.depth - 1), $pos.after($pos.depth - 1))) // remove lid 8
    })
    expect(patchComparison(previous, oldText, before, after)).toBeNull()
  })

  it('falls back when the edited unit was merged (its alignment may change)', () => {
    const { before, after, previous } = edit((state) => state.apply(state.tr.insertText('X', inLid(state.doc, '2'))))
    expect(previous.changes.find((c) => c.new.includes('artikel:273f/lid:2'))?.kind).toBe('merged')
    expect(patchComparison(previous, oldText, before, after)).toBeNull()
  })
})

describe('rows while typing', () => {
  it('reuses every row but the edited one, so memoised rows skip rendering', () => {
    const { before, after, previous } = edit((state) => state.apply(state.tr.insertText('ook ', inLid(state.doc, '3', 10))))
    const cache = new WeakMap<Change, Row>()
    const rowsBefore = buildRows(previous, oldText, before, cache)
    const rowsAfter = buildRows(patchComparison(previous, oldText, before, after)!, oldText, after, cache)
    const rebuilt = rowsAfter.filter((row, i) => row !== rowsBefore[i])
    expect(rebuilt.map((r) => r.change.new)).toEqual([['artikel:273f/lid:3']])
  })
})

describe('a run of keystrokes', () => {
  it('keeps changes, counts and rows equal to a full comparison, key after key', () => {
    const converter = createDocConverter()
    let state = EditorState.create({ doc: legalTextToDoc(proposed) })
    let text = converter.toLegalText(state.doc, proposed.label, proposed.source)
    let comparison = compareTexts(oldText, text)
    const cache = new WeakMap<Change, Row>()
    let rows = buildRows(comparison, oldText, text, cache)
    // Alternating between an unchanged lid (becomes modified) and a modified one, and deleting again.
    const steps: Array<(s: EditorState) => EditorState> = [
      (s) => s.apply(s.tr.insertText('Z', inLid(s.doc, '8'))),
      (s) => s.apply(s.tr.insertText('ook ', inLid(s.doc, '3', 10))),
      (s) => s.apply(s.tr.insertText('ie', inLid(s.doc, '8', 1))),
      (s) => s.apply(s.tr.delete(inLid(s.doc, '8'), inLid(s.doc, '8', 3))), // lid 8 unchanged again
      (s) => s.apply(s.tr.delete(inLid(s.doc, '3', 10), inLid(s.doc, '3', 14))),
    ]
    for (const step of steps) {
      state = step(state)
      const next = converter.toLegalText(state.doc, proposed.label, proposed.source)
      const patched = patchComparison(comparison, oldText, text, next)
      expect(patched).not.toBeNull()
      const full = compareTexts(oldText, next)
      expect(patched).toEqual(full)
      const nextRows = buildRows(patched!, oldText, next, cache)
      expect(nextRows.map((r) => [r.key, r.change])).toEqual(buildRows(full, oldText, next).map((r) => [r.key, r.change]))
      // Only the edited row is new.
      expect(nextRows.filter((r, i) => r !== rows[i]).length).toBeLessThanOrEqual(1)
      comparison = patched!
      text = next
      rows = nextRows
    }
  })
})
