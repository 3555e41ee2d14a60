// A provision inserted from the workbench reaches the editor as one transaction over the stretch
// that differs, so it can be undone like typing and the text around it keeps its positions.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { EditorState } from 'prosemirror-state'
import { history, undo } from 'prosemirror-history'
import { parseText } from '../../shared/parse/index.js'
import { insertProvision } from '../../shared/provisions/insert.js'
import { legalTextToDoc } from '../../renderer/editor/to-doc.js'
import { createDocConverter } from '../../renderer/editor/from-doc.js'
import { replaceDocTransaction } from '../../renderer/editor/replace-doc.js'

const proposed = parseText(readFileSync(new URL('../../samples/273f-proposed.md', import.meta.url), 'utf8'), { name: '273f-proposed.md' }).text
const CLAUSE = 'Niet strafbaar is het slachtoffer van mensenhandel dat als rechtstreeks gevolg daarvan een strafbaar feit begaat.'

describe('replaceDocTransaction', () => {
  it('inserts a lid as one undoable step that leaves the text before it where it was', () => {
    const before = legalTextToDoc(proposed)
    const insertion = insertProvision(proposed, CLAUSE, { as: 'lid', article: '273f', number: '10', replace: false })
    const target = legalTextToDoc(insertion.text)
    let state = EditorState.create({ doc: before, plugins: [history()] })
    const tr = replaceDocTransaction(state, target)!
    // Only the new lid and what follows it is touched: a position in lid 1 maps to itself.
    const inLid1 = before.textContent.indexOf('Als schuldig') + 3
    expect(tr.mapping.map(inLid1)).toBe(inLid1)
    expect(tr.steps).toHaveLength(1)
    state = state.apply(tr)
    expect(state.doc.eq(target)).toBe(true)
    const text = createDocConverter().toLegalText(state.doc, proposed.label, proposed.source)
    expect(JSON.stringify(text.units)).toContain(CLAUSE)
    // Undo takes it out again, exactly.
    undo(state, (t) => (state = state.apply(t)))
    expect(state.doc.eq(before)).toBe(true)
  })

  it('gives nothing to do for the same document, and turns any document into any other', () => {
    const doc = legalTextToDoc(proposed)
    expect(replaceDocTransaction(EditorState.create({ doc }), legalTextToDoc(proposed))).toBeNull()
    const other = legalTextToDoc(parseText('Artikel 1\n\n1. Een heel andere tekst.\n', { name: 'x.txt' }).text)
    const state = EditorState.create({ doc })
    expect(state.apply(replaceDocTransaction(state, other)!).doc.eq(other)).toBe(true)
  })
})
