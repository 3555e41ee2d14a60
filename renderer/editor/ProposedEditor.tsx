/**
 * The ProseMirror editor for the proposed text. It owns its EditorView; the app hears about
 * every document change through `onDocChange` and computes the comparison from it. Undo/redo is
 * prosemirror-history, reachable by keyboard (Ctrl/Cmd+Z, Ctrl+Y, Shift+Ctrl+Z) and through the
 * handle for the toolbar and the native menu.
 */
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react'
import { EditorState, type Command } from 'prosemirror-state'
import { EditorView } from 'prosemirror-view'
import { history, undo, redo } from 'prosemirror-history'
import { keymap } from 'prosemirror-keymap'
import { baseKeymap } from 'prosemirror-commands'
import type { Node as PMNode } from 'prosemirror-model'
import { cursorUnit, insertLidAfter, insertOnderdeelAfter, numberTaken, setNumber, type CursorUnit } from './commands.js'
import { revealFlash, revealUnit } from './reveal-unit.js'
import { replaceDocTransaction } from './replace-doc.js'
import { commentHighlights, commentsAt, selectedPassage, setHighlights, type HighlightInput, type SelectedPassage } from './comment-highlights.js'

export interface EditorHandle {
  undo(): boolean
  redo(): boolean
  insertLid(): boolean
  insertOnderdeel(): boolean
  setNumber(nr: string): boolean
  focus(): void
  /** The selected passage of one unit's own text, for a new comment (null: nothing usable). */
  selectedPassage(): SelectedPassage | null
  /** Whether the unit at the cursor has a sibling of its kind with this number already. */
  numberTaken(nr: string): boolean
  /** Caret to the start of the unit and into view, the focus left where it is (false: not in the proposal). */
  revealUnit(path: string): boolean
  /**
   * Makes the document `doc` as one undoable step, changing only where they differ (a provision
   * inserted from the workbench). False when the editor is not there.
   */
  replaceDoc(doc: PMNode): boolean
}

const NO_HIGHLIGHTS: HighlightInput = { anchors: [], active: null }

interface Props {
  /** The document to start from; a different object starts a fresh editor (and history). */
  readonly doc: PMNode
  readonly onDocChange: (doc: PMNode) => void
  readonly label: string
  readonly handle?: Ref<EditorHandle>
  /** Told which numbered unit holds the cursor, whenever that changes. */
  readonly onCursorUnit?: (unit: CursorUnit | null) => void
  /** The comment passages to highlight, where they are anchored now. */
  readonly highlights?: HighlightInput
  /** A highlighted passage was clicked. */
  readonly onActivateComment?: (id: string) => void
  /** Told which comments' passages hold the caret, whenever that changes. */
  readonly onCursorComments?: (ids: readonly string[]) => void
}

/**
 * Before every commit React reads `contentEditable` of the focused element and, when that is
 * "true", walks the element's whole DOM to record the selection as text offsets, so it could
 * restore them should the commit move focus. While the drafter types, the focused element is this
 * editor: with a whole code open that walk over some 11,000 units cost ~13 ms per keystroke, and
 * it serves nothing, since React never re-creates the editor's DOM and ProseMirror keeps its own
 * selection. So the *property* reads "inherit" on the editor's root; the `contenteditable`
 * attribute, which is what makes it editable (and what assistive technology, `isContentEditable`
 * and ProseMirror go by), is untouched, and setting the property still works.
 */
function hideFromReactSelectionRestore(dom: HTMLElement): void {
  const native = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'contentEditable')
  Object.defineProperty(dom, 'contentEditable', {
    configurable: true,
    get: () => 'inherit',
    set(value: string) {
      native?.set?.call(dom, value)
    },
  })
}

export function ProposedEditor({ doc, onDocChange, label, handle, onCursorUnit, highlights = NO_HIGHLIGHTS, onActivateComment, onCursorComments }: Props) {
  const mount = useRef<HTMLDivElement>(null)
  const view = useRef<EditorView | null>(null)
  const onChange = useRef(onDocChange)
  onChange.current = onDocChange
  const onCursor = useRef(onCursorUnit)
  onCursor.current = onCursorUnit
  const onActivate = useRef(onActivateComment)
  onActivate.current = onActivateComment
  const onComments = useRef(onCursorComments)
  onComments.current = onCursorComments
  const shown = useRef(highlights)
  shown.current = highlights

  useEffect(() => {
    if (!mount.current) return
    const state = EditorState.create({
      doc,
      plugins: [
        history(),
        keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo, 'Mod-Enter': insertLidAfter, 'Shift-Mod-Enter': insertOnderdeelAfter }),
        keymap(baseKeymap),
        commentHighlights((id) => onActivate.current?.(id)),
        revealFlash(),
      ],
    })
    let caretComments = ''
    const editor = new EditorView(mount.current, {
      state,
      attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-label': label, lang: 'nl', spellcheck: 'true', class: 'pm-editor' },
      dispatchTransaction(tr) {
        const prev = editor.state
        const next = prev.apply(tr)
        editor.updateState(next)
        if (tr.docChanged) onChange.current(next.doc)
        if (tr.docChanged || tr.selectionSet) {
          const before = cursorUnit(prev)
          const after = cursorUnit(next)
          if (before?.path !== after?.path) onCursor.current?.(after)
        }
        if (onComments.current) {
          const ids = commentsAt(next, next.selection.from)
          if (ids.join('\u0000') !== caretComments) {
            caretComments = ids.join('\u0000')
            onComments.current(ids)
          }
        }
      },
    })
    view.current = editor
    hideFromReactSelectionRestore(editor.dom)
    editor.dispatch(setHighlights(editor.state.tr, shown.current))
    return () => {
      editor.destroy()
      view.current = null
    }
    // The label is updated below without recreating the view (and losing its history).
  }, [doc])

  useEffect(() => {
    view.current?.setProps({ attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-label': label, lang: 'nl', spellcheck: 'true', class: 'pm-editor' } })
  }, [label])

  // New places (the app re-resolved the comments after an edit) or another comment selected.
  useEffect(() => {
    const v = view.current
    if (v) v.dispatch(setHighlights(v.state.tr, highlights))
  }, [highlights])

  useImperativeHandle(handle, () => {
    const run = (command: Command): boolean => {
      const v = view.current
      if (!v) return false
      const done = command(v.state, v.dispatch)
      v.focus()
      return done
    }
    return {
      undo: () => run(undo),
      redo: () => run(redo),
      insertLid: () => run(insertLidAfter),
      insertOnderdeel: () => run(insertOnderdeelAfter),
      setNumber: (nr) => run(setNumber(nr)),
      focus: () => view.current?.focus(),
      selectedPassage: () => (view.current ? selectedPassage(view.current.state) : null),
      numberTaken: (nr) => (view.current ? numberTaken(view.current.state, nr) : false),
      revealUnit: (path) => (view.current ? revealUnit(view.current, path) : false),
      replaceDoc: (doc) => {
        const v = view.current
        if (!v) return false
        const tr = replaceDocTransaction(v.state, doc)
        if (tr) v.dispatch(tr)
        return true
      },
    }
  }, [])

  // Focusable itself so keyboard users can scroll a long proposal (axe: scrollable-region-focusable).
  return <div ref={mount} className="editor-mount" tabIndex={0} aria-label={label} role="group" />
}
