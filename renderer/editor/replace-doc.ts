import type { Node as PMNode } from 'prosemirror-model'
import type { EditorState, Transaction } from 'prosemirror-state'

/**
 * A transaction that turns the editor's document into `doc` by replacing only the stretch where
 * they differ. Made for changes computed outside the editor (a provision inserted from the
 * workbench): as one step of the editor's history it can be undone like typing, and the text
 * around it keeps its positions, so comments there stay on their words. Null when the documents
 * are the same.
 */
export function replaceDocTransaction(state: EditorState, doc: PMNode): Transaction | null {
  const from = state.doc.content.findDiffStart(doc.content)
  if (from === null) return null
  const ends = state.doc.content.findDiffEnd(doc.content)!
  let endA = ends.a
  let endB = ends.b
  // A repeated stretch can make the common end overlap the common start: move the end past it.
  const overlap = from - Math.min(endA, endB)
  if (overlap > 0) {
    endA += overlap
    endB += overlap
  }
  try {
    return state.tr.replace(from, endA, doc.slice(from, endB))
  } catch {
    // A slice that does not fit where the stretch starts: replace the whole content, still one step.
    return state.tr.replaceWith(0, state.doc.content.size, doc.content)
  }
}
