/**
 * A comment in the editor, transaction by transaction, as the app runs it: each transaction's
 * document becomes the live proposal (from-doc.ts) and the comments are carried from the text
 * before it to the text after it (carry-comments.ts, as useWorkspace.onDocChange does). Typing
 * around the passage keeps it on its words; deleting the passage (or its whole lid) orphans it
 * without losing it; undo brings it back anchored. The highlights follow the same places.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state'
import { history, undo } from 'prosemirror-history'
import { parseText } from '../../shared/parse/index.js'
import { flatten, unitsByPath } from '../../shared/model/path.js'
import { makeTarget, resolveComment, type Comment } from '../../shared/comments/index.js'
import type { LegalText } from '../../shared/model/types.js'
import { legalTextToDoc } from '../../renderer/editor/to-doc.js'
import { createDocConverter } from '../../renderer/editor/from-doc.js'
import { rangeOf, unitSpans } from '../../renderer/editor/unit-offsets.js'
import { commentHighlights, commentsAt, selectedPassage, setHighlights } from '../../renderer/editor/comment-highlights.js'
import { carryComments, narrow, type AnchorMemory } from '../../renderer/comments/carry-comments.js'
import { insertLidAfter, setNumber } from '../../renderer/editor/commands.js'

const ROOT = path.resolve(import.meta.dirname, '../..')
const proposal = parseText(fs.readFileSync(path.join(ROOT, 'samples', '273f-proposed.md'), 'utf8'), { name: '273f-proposed.md' }).text
const LID3 = 'artikel:273f/lid:3'
const QUOTE = 'uitbuiting in het kader van draagmoederschap'
const NOW = '2026-11-23T10:00:00.000Z'

/** The editor as the app runs it: a document, history, and the comments carried per transaction. */
class Session {
  state: EditorState
  text: LegalText
  comments: Comment[]
  private readonly converter = createDocConverter()
  private readonly memory: AnchorMemory = new Map()

  constructor(comments: Comment[]) {
    this.state = EditorState.create({ doc: legalTextToDoc(proposal), plugins: [history(), commentHighlights(() => {})] })
    this.text = this.converter.toLegalText(this.state.doc, proposal.label, proposal.source)
    this.comments = comments
  }

  dispatch = (tr: Transaction): void => {
    this.state = this.state.apply(tr)
    if (!tr.docChanged) return
    const after = this.converter.toLegalText(this.state.doc, proposal.label, proposal.source)
    const before = this.comments.length
    this.comments = carryComments(this.comments, 'proposed', this.text, after, this.memory)
    expect(this.comments).toHaveLength(before) // never lose (or add) a comment
    this.text = after
  }

  /** Document positions of `start..end` in the own text of the unit at `unitPath`. */
  range(unitPath: string, start: number, end = start): { from: number; to: number } {
    return rangeOf(unitSpans(this.state.doc).get(unitPath)!, start, end)!
  }

  unitText(unitPath: string): string | undefined {
    return unitsByPath(this.text.units).get(unitPath)?.text
  }

  get comment(): Comment {
    return this.comments[0]!
  }
}

function commentOnLid3(): Comment {
  const unit = unitsByPath(proposal.units).get(LID3)!
  const start = unit.text.indexOf(QUOTE)
  return { id: 'c-1', target: makeTarget('proposed', unit, start, start + QUOTE.length), body: 'Ook zonder dwang?', author: 'M. de Vries', kind: 'opmerking', status: 'open', created: NOW }
}

const quoteAt = (s: Session) => s.unitText(s.comment.target.unitPath)!.slice(s.comment.target.position.start, s.comment.target.position.end)

describe('comments carried through editor transactions', () => {
  it('keeps the comment on its words while typing around it, orphans it when the passage is deleted, and undo brings it back', () => {
    const s = new Session([commentOnLid3()])
    const start = s.comment.target.position.start

    // Type in front of the lid's text, character by character as a drafter does.
    ;[...'Voor dit artikel: '].forEach((ch, i) => s.dispatch(s.state.tr.insertText(ch, s.range(LID3, i).from)))
    expect(s.unitText(LID3)).toMatch(/^Voor dit artikel: Uitbuiting omvat/)
    expect(s.comment.target.position.start).toBe(start + 18)
    expect(quoteAt(s)).toBe(QUOTE)
    expect(s.comment.target.orphaned).toBeUndefined()

    // Right after the quote (at its edge: stays outside it) and right before it.
    const t = s.comment.target.position
    s.dispatch(s.state.tr.insertText(' (ook surrogaat)', s.range(LID3, t.end).from))
    s.dispatch(s.state.tr.insertText('zogenoemde ', s.range(LID3, t.start).from))
    expect(quoteAt(s)).toBe(QUOTE)
    expect(s.comment.target.quote.prefix.endsWith('zogenoemde ')).toBe(true)
    expect(s.comment.target.quote.suffix.startsWith(' (ook surrogaat)')).toBe(true)
    expect(resolveComment(s.comment, s.text)).toMatchObject({ state: 'anchored', method: 'position', quote: QUOTE })

    // Delete the whole passage: orphaned and marked, its last quote kept, still in the project.
    const at = s.comment.target.position
    const { from, to } = s.range(LID3, at.start, at.end)
    s.dispatch(s.state.tr.delete(from, to))
    expect(s.unitText(LID3)).not.toContain('draagmoederschap')
    expect(s.comment.target).toMatchObject({ orphaned: 'passage', unitPath: LID3, quote: { exact: QUOTE } })
    expect(resolveComment(s.comment, s.text).state).toBe('orphaned')

    // Typing elsewhere in the lid while it is orphaned leaves it orphaned.
    s.dispatch(s.state.tr.insertText('x', s.range(LID3, 0).from))
    expect(s.comment.target.orphaned).toBe('passage')

    // Undo the typing and the deletion: anchored again on the same words, mark cleared.
    undo(s.state, s.dispatch)
    expect(s.comment.target.orphaned).toBe('passage')
    undo(s.state, s.dispatch)
    expect(s.comment.target.orphaned).toBeUndefined()
    expect(quoteAt(s)).toBe(QUOTE)
    expect(resolveComment(s.comment, s.text)).toMatchObject({ state: 'anchored', quote: QUOTE })
  })

  it('orphans the comment when its whole lid is deleted and re-anchors it on undo', () => {
    const s = new Session([commentOnLid3()])
    // The lid node itself (from its start to its end) goes: the leden after it are renumbered by
    // nobody, so lid 3 is simply gone from the tree.
    let lidPos = -1
    s.state.doc.descendants((node, pos) => {
      if (lidPos < 0 && node.type.name === 'lid' && node.attrs.nr === '3') lidPos = pos
      return lidPos < 0
    })
    const lid = s.state.doc.nodeAt(lidPos)!
    s.dispatch(s.state.tr.delete(lidPos, lidPos + lid.nodeSize))
    expect(s.unitText(LID3)).toBeUndefined()
    expect(s.comment.target).toMatchObject({ orphaned: 'unit', quote: { exact: QUOTE } })

    undo(s.state, s.dispatch)
    expect(s.comment.target.orphaned).toBeUndefined()
    expect(s.comment.target.unitPath).toBe(LID3)
    expect(quoteAt(s)).toBe(QUOTE)
  })

  it('stays on its words when a lid is inserted before its lid and its lid is renumbered, comparing only that article', () => {
    const s = new Session([commentOnLid3()])
    s.dispatch(s.state.tr.setSelection(TextSelection.create(s.state.doc, s.range('artikel:273f/lid:2', 3).from)))
    const before = s.text
    expect(insertLidAfter(s.state, s.dispatch)).toBe(true) // a new, empty lid 2a
    expect(s.unitText('artikel:273f/lid:2a')).toBe('')
    // Only art. 273f differs: the comparison the structural edit needs is of that article alone.
    expect(narrow(before, s.text)!.before.units.map((u) => u.path)).toEqual(['artikel:273f'])
    expect(s.comment.target).toMatchObject({ unitPath: LID3, quote: { exact: QUOTE } })

    // Renumber lid 3 (an attribute, not text) with the cursor in it.
    s.dispatch(s.state.tr.setSelection(TextSelection.create(s.state.doc, s.range(LID3, 3).from)))
    expect(setNumber('3b')(s.state, s.dispatch)).toBe(true)
    expect(s.comment.target).toMatchObject({ unitPath: 'artikel:273f/lid:3b', quote: { exact: QUOTE } })
    expect(s.comment.target.orphaned).toBeUndefined()
    expect(quoteAt(s)).toBe(QUOTE)

    undo(s.state, s.dispatch)
    undo(s.state, s.dispatch)
    expect(s.comment.target.unitPath).toBe(LID3)
    expect(s.unitText('artikel:273f/lid:2a')).toBeUndefined()
    expect(quoteAt(s)).toBe(QUOTE)
  })

  it('leaves the array alone when an edit moves no comment', () => {
    const s = new Session([commentOnLid3()])
    const before = s.comments
    // Lid 1 is before nothing the comment depends on: its own unit is untouched.
    s.dispatch(s.state.tr.insertText('x', s.range('artikel:273f/lid:1', 0).from))
    expect(s.comments).toBe(before)
  })
})

describe('highlights and selections in the editor', () => {
  it('makes the same unit paths as the converter', () => {
    const doc = legalTextToDoc(proposal)
    const spans = unitSpans(doc)
    const text = createDocConverter().toLegalText(doc, '', '')
    for (const { unit } of flatten(text.units)) {
      const span = spans.get(unit.path)
      expect(span, unit.path).toBeDefined()
      const own = span!.alinea.map((a) => doc.textBetween(a.from, a.to)).join('\n')
      expect(own).toBe(unit.text)
    }
  })

  it('highlights the passage, maps the highlight through typing and finds it at a position', () => {
    const s = new Session([commentOnLid3()])
    const t = s.comment.target.position
    s.dispatch(setHighlights(s.state.tr, { anchors: [{ id: 'c-1', unitPath: LID3, start: t.start, end: t.end }], active: null }))
    const { from, to } = s.range(LID3, t.start, t.end)
    expect(commentsAt(s.state, from + 3)).toEqual(['c-1'])
    expect(commentsAt(s.state, from - 2)).toEqual([])
    s.dispatch(s.state.tr.insertText('Voorts: ', s.range(LID3, 0).from))
    // Mapped at once, before the app hands in the new places.
    expect(commentsAt(s.state, from + 3)).toEqual([])
    expect(commentsAt(s.state, from + 8 + 3)).toEqual(['c-1'])
    expect(commentsAt(s.state, to + 8 - 1)).toEqual(['c-1'])
  })

  it('reads a selection inside one unit as unit path, offsets and passage, and refuses one across units', () => {
    const s = new Session([])
    const unit = unitsByPath(proposal.units).get(LID3)!
    const start = unit.text.indexOf('draagmoederschap')
    const { from, to } = s.range(LID3, start, start + 'draagmoederschap'.length)
    const selected = s.state.apply(s.state.tr.setSelection(TextSelection.create(s.state.doc, from, to)))
    expect(selectedPassage(selected)).toEqual({ unitPath: LID3, start, end: start + 16, passage: 'draagmoederschap' })
    const across = s.state.apply(s.state.tr.setSelection(TextSelection.create(s.state.doc, from, s.range('artikel:273f/lid:4', 5).from)))
    expect(selectedPassage(across)).toBeNull()
    expect(selectedPassage(s.state)).toBeNull()
  })
})
