// The comparison views window a long comparison: only rows near the viewport are in the DOM,
// spacers keep the scroll height, and a row elsewhere (next change, a jump) is rendered on demand.
import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, render } from '@testing-library/react'
import { useState } from 'react'
import type { Unit } from '../../shared/model/types.js'
import type { Row } from '../../renderer/model/rows.js'
import { I18nProvider } from '../../renderer/i18n/index.js'
import { SideBySide } from '../../renderer/views/SideBySide.js'
import { InlineView } from '../../renderer/views/InlineView.js'
import { OutlineView } from '../../renderer/views/OutlineView.js'
import { WINDOW_FROM, scrollToRow } from '../../renderer/views/windowed-rows.js'
import { nextChange } from '../../renderer/app/ChangeNavigator.js'

afterEach(cleanup)

const unit = (art: number, lid: number, text: string): Unit =>
  ({ type: 'lid', number: String(lid), path: `artikel:${art}/lid:${lid}`, text, children: [] }) as unknown as Unit

/** `n` rows, four leden an article; every 250th row a modification (a change to navigate to). */
function longRows(n: number): Row[] {
  return Array.from({ length: n }, (_, i) => {
    const u = unit(Math.floor(i / 4) + 1, (i % 4) + 1, `Tekst van eenheid ${i}, lang genoeg om te lezen.`)
    const changed = i > 0 && i % 250 === 0
    const nu = changed ? { ...u, text: `${u.text} Gewijzigd.` } : u
    return {
      key: `${u.path}>${u.path}`,
      change: changed
        ? { kind: 'modified', old: [u.path], new: [u.path], words: [{ op: 'equal', text: u.text }, { op: 'insert', text: ' Gewijzigd.' }] }
        : { kind: 'unchanged', old: [u.path], new: [u.path] },
      old: [u],
      new: [nu],
      depth: 1,
      badges: changed ? ['gewijzigd'] : [],
      changed,
    } as Row
  })
}

const rows = longRows(3000)
const rendered = (c: HTMLElement) => [...c.querySelectorAll<HTMLElement>('[data-row]')].map((e) => Number(e.dataset.row))

describe('windowed views', () => {
  it('renders only a window of a long side-by-side comparison, with its place in the whole table', () => {
    const { container } = render(<I18nProvider initial="nl"><SideBySide rows={rows} current={-1} oldLabel="oud" newLabel="nieuw" /></I18nProvider>)
    const shown = rendered(container)
    expect(shown.length).toBeGreaterThan(5)
    expect(shown.length).toBeLessThan(200)
    expect(shown[0]).toBe(0)
    expect(container.querySelector('table')!.getAttribute('aria-rowcount')).toBe('3001')
    expect(container.querySelector('#row-3')!.getAttribute('aria-rowindex')).toBe('5')
    // Spacers stand for the rest: hidden from assistive technology, as high as the rows they replace.
    const spacers = [...container.querySelectorAll<HTMLElement>('tbody tr.row-spacer')]
    expect(spacers.length).toBe(2)
    expect(spacers.every((s) => s.getAttribute('aria-hidden') === 'true')).toBe(true)
    expect(parseFloat(spacers[1]!.querySelector('td')!.style.height)).toBeGreaterThan(10_000)
    expect(container.querySelector('#row-2999')).toBeNull()
  })

  it('renders every row of a short comparison', () => {
    const short = rows.slice(0, WINDOW_FROM - 1)
    const { container } = render(<I18nProvider initial="nl"><SideBySide rows={short} current={-1} oldLabel="oud" newLabel="nieuw" /></I18nProvider>)
    expect(rendered(container)).toHaveLength(short.length)
    expect(container.querySelector('tr.row-spacer')).toBeNull()
  })

  it('windows the inline view and the outline too, with their positions in the list', () => {
    const inline = render(<I18nProvider initial="nl"><InlineView rows={rows} current={-1} /></I18nProvider>)
    expect(rendered(inline.container).length).toBeLessThan(200)
    const item = inline.container.querySelector('#row-2')!
    expect(item.getAttribute('aria-posinset')).toBe('3')
    expect(item.getAttribute('aria-setsize')).toBe('3000')
    cleanup()
    const outline = render(<I18nProvider initial="nl"><OutlineView rows={rows} current={-1} onSelect={() => {}} /></I18nProvider>)
    expect(rendered(outline.container).length).toBeLessThan(200)
    expect(outline.container.querySelector('li[data-row="1"]')!.getAttribute('aria-setsize')).toBe('3000')
  })

  it('always renders the current row, wherever it is', () => {
    const { container } = render(<I18nProvider initial="nl"><SideBySide rows={rows} current={2750} oldLabel="oud" newLabel="nieuw" /></I18nProvider>)
    const row = container.querySelector('#row-2750')!
    expect(row).not.toBeNull()
    expect(row.getAttribute('aria-current')).toBe('true')
    expect(row.getAttribute('aria-rowindex')).toBe('2752')
    // A spacer on each side of it.
    expect(row.previousElementSibling!.classList.contains('row-spacer')).toBe(true)
    expect(row.nextElementSibling!.classList.contains('row-spacer')).toBe(true)
  })

  it('navigates to the next change outside the window: renders, scrolls to and focuses it', () => {
    /** The App's next-change flow: current row, then scrollToRow. */
    let goNext: () => void = () => {}
    function Harness() {
      const [current, setCurrent] = useState(-1)
      goNext = () => {
        const target = nextChange(rows, current, 1)
        setCurrent(target)
        return target
      }
      return <SideBySide rows={rows} current={current} oldLabel="oud" newLabel="nieuw" />
    }
    const { container } = render(<I18nProvider initial="nl"><Harness /></I18nProvider>)
    expect(container.querySelector('#row-250')).toBeNull()
    act(() => goNext())
    act(() => {
      expect(scrollToRow(250)).toBe(true)
    })
    expect(document.activeElement?.id).toBe('row-250')
    expect(container.querySelector('#row-250')!.getAttribute('aria-current')).toBe('true')
  })

  it('renders a row that is neither current nor in the window when asked to show it', () => {
    const { container } = render(<I18nProvider initial="nl"><InlineView rows={rows} current={-1} /></I18nProvider>)
    expect(container.querySelector('#row-1999')).toBeNull()
    act(() => {
      expect(scrollToRow(1999)).toBe(true)
    })
    const row = container.querySelector<HTMLElement>('#row-1999')!
    expect(row).not.toBeNull()
    expect(document.activeElement).toBe(row)
    // It stays rendered while it holds focus.
    expect(rendered(container)).toContain(1999)
  })
})
