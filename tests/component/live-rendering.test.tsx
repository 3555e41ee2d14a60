// Typing re-renders only what changed: one render per keystroke, only the edited row's DOM
// touched, and the full comparison after a pause, when it agrees with the live patch, renders
// nothing at all.
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, cleanup, render } from '@testing-library/react'
import { useMemo } from 'react'
import { EditorState } from 'prosemirror-state'
import type { Node as PMNode } from 'prosemirror-model'
import { parseText } from '../../shared/parse/index.js'
import type { Change } from '../../shared/compare/types.js'
import type { LegalText } from '../../shared/model/types.js'
import { legalTextToDoc } from '../../renderer/editor/to-doc.js'
import { createDocConverter } from '../../renderer/editor/from-doc.js'
import { buildRows, type Row } from '../../renderer/model/rows.js'
import { I18nProvider } from '../../renderer/i18n/index.js'
import { SideBySide } from '../../renderer/views/SideBySide.js'
import { FULL_COMPARE_DELAY_MS, useLiveComparison } from '../../renderer/app/useLiveComparison.js'

const ROOT = path.resolve(import.meta.dirname, '../..')
const read = (name: string) => parseText(fs.readFileSync(path.join(ROOT, 'samples', name), 'utf8'), { name }).text
const oldText = read('273f-current.md')
const proposed = read('273f-proposed.md')

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

/** The App's pipeline: live comparison → cached rows → side by side; counts its renders. */
function Pipeline({ newText, renders }: { newText: LegalText; renders: { n: number } }) {
  renders.n++
  const { live } = useLiveComparison(oldText, newText)
  const cache = useMemo(() => new WeakMap<Change, Row>(), [live?.oldText])
  const rows = useMemo(() => (live ? buildRows(live.comparison, live.oldText, live.newText, cache) : []), [live, cache])
  return <SideBySide rows={rows} current={-1} oldLabel="oud" newLabel="nieuw" />
}

function lidEnd(doc: PMNode, nr: string): number {
  let pos = -1
  doc.descendants((n, p) => {
    if (pos < 0 && n.type.name === 'lid' && n.attrs.nr === nr) pos = p + n.nodeSize - 2
    return pos < 0
  })
  return pos
}

describe('rendering while typing', () => {
  it('renders once per keystroke, touches only the edited row, and not at all for an equal full comparison', () => {
    vi.useFakeTimers()
    const converter = createDocConverter()
    let state = EditorState.create({ doc: legalTextToDoc(proposed) })
    const text = () => converter.toLegalText(state.doc, proposed.label, proposed.source)
    const renders = { n: 0 }
    const { container, rerender } = render(<I18nProvider><Pipeline newText={text()} renders={renders} /></I18nProvider>)
    const rowsBefore = [...container.querySelectorAll('tbody tr')]
    expect(rowsBefore.length).toBeGreaterThan(10)

    const touched = new Set<Element>()
    const observer = new MutationObserver(() => {})
    /** The rows (or the container, outside any row) whose DOM changed since the last call. */
    const takeTouched = () => {
      touched.clear()
      for (const r of observer.takeRecords()) {
        const node = r.target.nodeType === Node.ELEMENT_NODE ? (r.target as Element) : r.target.parentElement
        touched.add(node?.closest('tr') ?? container)
      }
      return [...touched]
    }
    observer.observe(container, { subtree: true, childList: true, characterData: true, attributes: true })

    // One keystroke at the end of lid 8 (unchanged before): the live patch.
    renders.n = 0
    state = state.apply(state.tr.insertText(' Zie', lidEnd(state.doc, '8')))
    rerender(<I18nProvider><Pipeline newText={text()} renders={renders} /></I18nProvider>)
    // Deriving the patch during render makes React run the component body twice, but it commits once.
    expect(renders.n).toBeLessThanOrEqual(2)
    const rowsTouched = takeTouched()
    expect(rowsTouched).toHaveLength(1)
    expect(rowsTouched[0]!.textContent).toContain('Zie')
    expect([...container.querySelectorAll('tbody tr')]).toEqual(rowsBefore)

    // The pause: the full comparison runs, agrees, and nothing renders or changes.
    renders.n = 0
    act(() => {
      vi.advanceTimersByTime(FULL_COMPARE_DELAY_MS + 2000)
    })
    expect(renders.n).toBe(0)
    expect(takeTouched()).toHaveLength(0)
    observer.disconnect()
  })
})
