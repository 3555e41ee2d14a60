import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { parseText } from '../../shared/parse/index.js'
import { compareTexts } from '../../shared/compare/index.js'
import { buildRows, badgesOf, numberLabel } from '../../renderer/model/rows.js'
import { I18nProvider } from '../../renderer/i18n/index.js'
import { SideBySide } from '../../renderer/views/SideBySide.js'
import { InlineView } from '../../renderer/views/InlineView.js'
import { OutlineView } from '../../renderer/views/OutlineView.js'
import { RenvooiRuns } from '../../renderer/views/RenvooiRuns.js'

const ROOT = path.resolve(import.meta.dirname, '../..')
const read = (name: string) => parseText(fs.readFileSync(path.join(ROOT, 'samples', name), 'utf8'), { name }).text
const oldText = read('273f-current.md')
const newText = read('273f-proposed.md')
const rows = buildRows(compareTexts(oldText, newText), oldText, newText)
const rowOf = (container: HTMLElement, words: string) =>
  [...container.querySelectorAll<HTMLElement>('[id^="row-"]')].find((r) => r.textContent?.includes(words))!

afterEach(cleanup)

describe('badges', () => {
  it('names every kind of change in the drafter\'s words', () => {
    expect(badgesOf({ kind: 'modified', old: ['a'], new: ['b'], renumbered: true, moved: true })).toEqual(['gewijzigd', 'vernummerd', 'verplaatst'])
    expect(badgesOf({ kind: 'inserted', old: [], new: ['b'] })).toEqual(['nieuw'])
    expect(badgesOf({ kind: 'deleted', old: ['a'], new: [] })).toEqual(['vervallen'])
    expect(badgesOf({ kind: 'split', old: ['a'], new: ['b', 'c'] })).toEqual(['gesplitst'])
    expect(badgesOf({ kind: 'merged', old: ['a', 'b'], new: ['c'] })).toEqual(['samengevoegd'])
    expect(badgesOf({ kind: 'unchanged', old: ['a'], new: ['a'] })).toEqual([])
  })
})

describe('renvooi runs', () => {
  it('marks deletions with <del> and insertions with <ins>, per side', () => {
    const runs = [{ op: 'equal', text: 'ten hoogste ' }, { op: 'delete', text: 'twaalf' }, { op: 'insert', text: 'vijftien' }, { op: 'equal', text: ' jaren' }] as const
    const both = render(<p data-testid="p"><RenvooiRuns runs={runs} side="both" /></p>)
    expect(both.getByTestId('p').innerHTML).toBe('<span>ten hoogste </span><del>twaalf</del><ins>vijftien</ins><span> jaren</span>')
    cleanup()
    const old = render(<p data-testid="p"><RenvooiRuns runs={runs} side="old" /></p>)
    expect(old.getByTestId('p').textContent).toBe('ten hoogste twaalf jaren')
  })

  it('escapes the text it shows', () => {
    const { container } = render(<p><RenvooiRuns runs={[{ op: 'insert', text: '<img src=x onerror=alert(1)>' }]} side="both" /></p>)
    expect(container.querySelector('img')).toBeNull()
    expect(container.querySelector('ins')!.textContent).toBe('<img src=x onerror=alert(1)>')
  })
})

describe('side by side', () => {
  it('aligns one row per change, old number left and new number right', () => {
    const { container } = render(<I18nProvider initial="nl"><SideBySide rows={rows} current={-1} oldLabel="geldend" newLabel="voorstel" /></I18nProvider>)
    expect(container.querySelectorAll('tbody tr')).toHaveLength(rows.length)
    const lid3 = rowOf(container, 'Uitbuiting omvat ten minste')
    expect(lid3.querySelector('.cell-old .nr')!.textContent).toBe('2.')
    expect(lid3.querySelector('.cell-new .nr')!.textContent).toBe('3.')
    expect(within(lid3).getByText('vernummerd')).toBeTruthy()
    expect(lid3.querySelector('.cell-new ins')).not.toBeNull()
    expect(lid3.querySelector('.cell-old del')).not.toBeNull()
  })

  it('marks the words struck and inserted in each unit of a merge and a split, not only on the single side', () => {
    const { container } = render(<I18nProvider initial="nl"><SideBySide rows={rows} current={-1} oldLabel="geldend" newLabel="voorstel" /></I18nProvider>)
    const merged = container.querySelector<HTMLElement>('tr[data-kind="merged"]')!
    const mergedParts = merged.querySelectorAll('.cell-old .unit')
    expect(mergedParts.length).toBeGreaterThan(1)
    // Each current unit shows its own text, with the words the merge drops struck through.
    expect([...mergedParts].some((u) => u.querySelector('del'))).toBe(true)
    const split = container.querySelector<HTMLElement>('tr[data-kind="split"]')!
    const splitParts = split.querySelectorAll('.cell-new .unit')
    expect(splitParts.length).toBeGreaterThan(1)
    expect([...splitParts].some((u) => u.querySelector('ins'))).toBe(true)
  })

  it('says where a unit moved to another lid or article stood, and explains each badge', () => {
    const { container } = render(<I18nProvider initial="nl"><SideBySide rows={rows} current={-1} oldLabel="geldend" newLabel="voorstel" /></I18nProvider>)
    const movedAway = rows.findIndex((r) => r.change.moved && r.old.length === 1 && r.new.length === 1 && r.old[0]!.path.split('/')[0] !== r.new[0]!.path.split('/')[0])
    expect(movedAway).toBeGreaterThanOrEqual(0)
    const row = container.querySelector<HTMLElement>(`#row-${movedAway}`)!
    const oldPath = rows[movedAway]!.old[0]!.path
    expect(row.querySelector('.cell-old .moved-from')!.textContent).toMatch(new RegExp(`^stond in Artikel ${oldPath.split('/')[0]!.split(':')[1]}`))
    expect(row.querySelector('[data-badge="verplaatst"]')!.getAttribute('title')).toMatch(/andere plaats/)
    // A merge moved out of its lid says so too, once for the group.
    const merged = rows.findIndex((r) => r.change.kind === 'merged' && r.change.moved)
    expect(container.querySelectorAll(`#row-${merged} .cell-old .moved-from`)).toHaveLength(1)
    // Not for a unit that only changed its words in place.
    const modified = rows.findIndex((r) => r.change.kind === 'modified' && !r.change.moved)
    expect(container.querySelector(`#row-${modified} .moved-from`)).toBeNull()
  })
})

describe('inline renvooi', () => {
  it('shows a renumbering as a struck and an inserted number', () => {
    const { container } = render(<I18nProvider initial="nl"><InlineView rows={rows} current={-1} /></I18nProvider>)
    const lid8 = rowOf(container, 'Artikel 251 is van overeenkomstige toepassing')
    expect(lid8.querySelector('.nr del')!.textContent).toBe('7.')
    expect(lid8.querySelector('.nr ins')!.textContent).toBe('8.')
    const lid9 = rowOf(container, 'Niet strafbaar is het slachtoffer')
    expect(lid9.querySelector('.text ins')).not.toBeNull()
  })

  it('puts every part of a merge and a split on its own line, under its own number', () => {
    const { container } = render(<I18nProvider initial="nl"><InlineView rows={rows} current={-1} /></I18nProvider>)
    for (const kind of ['merged', 'split'] as const) {
      const row = rows.find((r) => r.change.kind === kind)!
      const [side, units] = kind === 'merged' ? ['del', row.old] as const : ['ins', row.new] as const
      const el = container.querySelector<HTMLElement>(`[data-kind="${kind}"]`)!
      const parts = [...el.querySelectorAll<HTMLElement>('.text > .part')]
      expect(parts, kind).toHaveLength(units.length)
      parts.forEach((part, k) => {
        // The first part is numbered at the start of the row; each further one starts a new
        // line with its own number, struck in a merge and inserted in a split.
        if (k === 0) expect(part.querySelector('.nr')).toBeNull()
        else {
          expect(part.textContent!.startsWith('\n'), `${kind} part ${k}`).toBe(true)
          expect(part.querySelector(`.nr ${side}`)!.textContent).toBe(numberLabel(units[k]!))
        }
        // Each part spells its own unit (the other side's words aside).
        const other = kind === 'merged' ? 'ins' : 'del'
        const clone = part.cloneNode(true) as HTMLElement
        clone.querySelectorAll(`${other}, .nr`).forEach((n) => n.remove())
        expect(clone.textContent!.replace(/^\n /, '')).toBe(units[k]!.text)
      })
      expect(el.querySelector(':scope > .nr')!.textContent).toContain(numberLabel(units[0]!))
    }
  })
})

describe('outline', () => {
  it('lists units with badges and selects on click', () => {
    const onSelect = vi.fn()
    render(<I18nProvider initial="en"><OutlineView rows={rows} current={-1} onSelect={onSelect} /></I18nProvider>)
    expect(screen.getAllByText('split').length).toBeGreaterThan(0)
    expect(screen.getAllByText('merged').length).toBeGreaterThan(0)
    expect(screen.getAllByText('removed').length).toBeGreaterThan(0)
    fireEvent.click(screen.getByRole('button', { name: /Artikel 273f, lid 9/ }))
    expect(onSelect).toHaveBeenCalled()
  })
})
