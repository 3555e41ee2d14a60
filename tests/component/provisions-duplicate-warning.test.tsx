/**
 * The workbench warns before a second non-punishment clause goes into the proposal: the warning
 * takes the focus, names the clause found, answers to the keyboard (Escape cancels) and speaks the
 * interface language; "insert anyway" inserts, "cancel" leaves the text alone.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { parseText } from '../../shared/parse/index.js'
import { I18nProvider } from '../../renderer/i18n/index.js'
import { ProvisionWorkbench, type InsertedProvision } from '../../renderer/provisions/ProvisionWorkbench.js'

const sample = (name: string) => parseText(readFileSync(path.resolve(import.meta.dirname, `../../samples/${name}`), 'utf8'), { name, format: 'md' }).text
const proposed = sample('273f-proposed.md')
const current = sample('273f-current.md')

function mount(text = proposed, language: 'nl' | 'en' = 'nl') {
  const onInsert = vi.fn<(r: InsertedProvision) => void>()
  render(
    <I18nProvider initial={language}>
      <ProvisionWorkbench proposed={text} onInsert={onInsert} now={() => '2026-11-23T14:00:00Z'} />
    </I18nProvider>,
  )
  return onInsert
}

afterEach(cleanup)

describe('inserting a second non-punishment clause', () => {
  it('warns first, with the focus on Cancel, and inserts only when asked to', () => {
    const onInsert = mount()
    fireEvent.click(screen.getByRole('button', { name: 'Invoegen als lid' }))
    const warning = screen.getByRole('alertdialog', { name: 'De voorgestelde tekst bevat al een non-punishmentbepaling' })
    expect(warning.textContent).toContain('Gevonden in: Artikel 273f, lid 9.')
    expect(onInsert).not.toHaveBeenCalled()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Annuleren' }))
    fireEvent.click(screen.getByRole('button', { name: 'Toch invoegen' }))
    expect(onInsert).toHaveBeenCalledTimes(1)
    expect(onInsert.mock.calls[0]![0].insertion!.path).toBe('artikel:273f/lid:10')
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(screen.getByRole('status').textContent).toBe('Ingevoegd als Artikel 273f, lid 10.')
  })

  it('cancels with the Cancel button or with Escape, and gives the focus back to the insert button', () => {
    const onInsert = mount()
    const insert = screen.getByRole('button', { name: 'Invoegen als lid' })
    fireEvent.click(insert)
    fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }))
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(document.activeElement).toBe(insert)

    fireEvent.click(insert)
    fireEvent.keyDown(screen.getByRole('button', { name: 'Annuleren' }), { key: 'Escape' })
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(document.activeElement).toBe(insert)
    expect(onInsert).not.toHaveBeenCalled()
  })

  it('warns in English in the English interface', () => {
    const onInsert = mount(proposed, 'en')
    fireEvent.click(screen.getByRole('button', { name: 'Insert as paragraph (lid)' }))
    const warning = screen.getByRole('alertdialog', { name: 'The proposed text already contains a non-punishment provision' })
    expect(warning.textContent).toContain('Found in: Artikel 273f, lid 9.')
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }))
    fireEvent.click(screen.getByRole('button', { name: 'Insert anyway' }))
    expect(onInsert).toHaveBeenCalledTimes(1)
  })

  it('does not warn when the text has no such clause, when attaching, or when replacing the clause itself', () => {
    const first = mount(current)
    fireEvent.click(screen.getByRole('button', { name: 'Invoegen als lid' }))
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(first).toHaveBeenCalledTimes(1)
    cleanup()

    const attach = mount()
    fireEvent.change(screen.getByLabelText('Plaats'), { target: { value: 'koppelen' } })
    fireEvent.click(screen.getByRole('button', { name: 'Koppelen' }))
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(attach).toHaveBeenCalledTimes(1)
    cleanup()

    const replace = mount()
    fireEvent.change(screen.getByLabelText('Lid'), { target: { value: '9' } })
    fireEvent.click(screen.getByLabelText('Bestaande eenheid vervangen'))
    fireEvent.click(screen.getByRole('button', { name: 'Invoegen als lid' }))
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(replace.mock.calls[0]![0].insertion!.path).toBe('artikel:273f/lid:9')
  })

  it('recognises a clause inserted earlier by its record', () => {
    const onInsert = vi.fn<(r: InsertedProvision) => void>()
    const clause = 'Het OM laat slachtoffers van uitbuiting met rust.'
    const lid8 = { ...current, units: current.units.map((a) => (a.number === '273f' ? { ...a, children: [...a.children, { type: 'lid' as const, number: '8', path: 'artikel:273f/lid:8', text: clause, children: [] }] } : a)) }
    render(<ProvisionWorkbench proposed={lid8} onInsert={onInsert} provisions={[{ id: 'np-1', text: clause, insertedAs: { unitPath: 'artikel:273f/lid:8' } }]} />)
    fireEvent.click(screen.getByRole('button', { name: 'Invoegen als lid' }))
    expect(screen.getByRole('alertdialog').textContent).toContain('Artikel 273f, lid 8')
    expect(onInsert).not.toHaveBeenCalled()
  })
})
