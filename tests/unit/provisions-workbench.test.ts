// @vitest-environment happy-dom
/**
 * The workbench panel (renderer/provisions) in happy-dom: the draft, the coverage, the variant
 * comparison and the insertion, driven the way a drafter would, by labels and buttons.
 * Written without JSX because the unit tier only collects *.test.ts files.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createElement } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { parseText } from '../../shared/parse/index.js'
import { provisionSchema } from '../../shared/provisions/index.js'
import { ProvisionWorkbench, type InsertedProvision } from '../../renderer/provisions/ProvisionWorkbench.js'

const proposed = parseText(readFileSync(path.resolve(import.meta.dirname, '../../samples/273f-proposed.md'), 'utf8'), { name: '273f-proposed.md', format: 'md' }).text
const mount = (onInsert = vi.fn<(r: InsertedProvision) => void>()) => {
  render(createElement(ProvisionWorkbench, { proposed, onInsert, now: () => '2026-11-23T14:00:00Z' }))
  return onInsert
}
const draft = (): HTMLTextAreaElement => screen.getByLabelText('Ontwerptekst')

afterEach(cleanup)

describe('the provision workbench', () => {
  it('opens on UK s. 45 with its Dutch draft, its coverage and its sources marked by reliability', () => {
    mount()
    expect(screen.getByRole('button', { name: 'UK MSA s. 45' }).getAttribute('aria-pressed')).toBe('true')
    expect(draft().value).toMatch(/^Niet strafbaar is het slachtoffer van mensenhandel/)
    const row = document.querySelector('[data-form="strafbare-activiteiten"]')!
    expect(row.textContent).toMatch(/deels gedekt/)
    expect(row.textContent).toMatch(/diefstal met geweld \(Schedule 4\) \(onverifieerd\)/)
    expect(screen.getAllByText('letterlijk').length).toBe(2)
    expect(screen.getByText('uit het geheugen, niet geverifieerd')).toBeTruthy()
  })

  it('compares an added variant: differing rows say so, and the texts are redlined', () => {
    mount()
    fireEvent.change(screen.getByLabelText('Model'), { target: { value: 'ni-s22' } })
    fireEvent.click(screen.getByRole('button', { name: 'Variant toevoegen' }))
    const table = screen.getByRole('region', { name: 'Varianten vergeleken' })
    const differing = [...table.querySelectorAll('tr.np-differs th')].map((th) => th.textContent)
    expect(differing).toEqual(['Welke strafbare feiten verschilt', 'Minderjarigen verschilt', 'Wie moet wat aantonen verschilt'])
    expect(within(table).getByText('UK MSA s. 45 → NI s. 22')).toBeTruthy()
    expect(table.querySelectorAll('ins').length).toBeGreaterThan(0)
    expect(table.querySelectorAll('del').length).toBeGreaterThan(0)
  })

  it('turns an adjusted model into an own design and redrafts the text', () => {
    mount()
    fireEvent.change(screen.getByLabelText('Verplicht of bevoegdheid'), { target: { value: 'may' } })
    expect(screen.getByRole('button', { name: 'UK MSA s. 45 (aangepast)' })).toBeTruthy()
    // The sources of the model it was adjusted from stay in view.
    expect(screen.getByRole('region', { name: 'Brontekst UK MSA s. 45' })).toBeTruthy()
    expect(draft().value).toMatch(/^De rechter kan bepalen dat geen straf of maatregel wordt opgelegd/)
  })

  it('inserts the clause as the next lid and hands over the new text and a valid record', () => {
    const onInsert = mount()
    expect((screen.getByLabelText('Lid') as HTMLInputElement).value).toBe('10')
    fireEvent.click(screen.getByRole('button', { name: 'Invoegen als lid' }))
    expect(onInsert).toHaveBeenCalledTimes(1)
    const { insertion, record } = onInsert.mock.calls[0]![0]
    expect(insertion!.path).toBe('artikel:273f/lid:10')
    expect(insertion!.markdown).toContain('10. Niet strafbaar is het slachtoffer')
    expect(provisionSchema.parse(record)).toMatchObject({ id: 'np-1', model: 'uk-s45', insertedAs: { version: 'proposed', unitPath: 'artikel:273f/lid:10' } })
    expect(screen.getByRole('status').textContent).toBe('Ingevoegd als artikel:273f/lid:10.')
  })

  it('says why it cannot insert over an existing lid, until asked to replace it', () => {
    const onInsert = mount()
    fireEvent.change(screen.getByLabelText('Lid'), { target: { value: '9' } })
    fireEvent.click(screen.getByRole('button', { name: 'Invoegen als lid' }))
    expect(screen.getByRole('alert').textContent).toBe('Artikel 273f heeft al een lid 9.')
    expect(onInsert).not.toHaveBeenCalled()
    fireEvent.click(screen.getByLabelText('Bestaande eenheid vervangen'))
    fireEvent.click(screen.getByRole('button', { name: 'Invoegen als lid' }))
    expect(onInsert.mock.calls[0]![0].insertion!.path).toBe('artikel:273f/lid:9')
  })

  it('inserts the clause as a new article after the chosen one', () => {
    const onInsert = mount()
    fireEvent.change(screen.getByLabelText('Plaats'), { target: { value: 'artikel' } })
    fireEvent.change(screen.getByLabelText('Nieuw artikel'), { target: { value: '273fb' } })
    fireEvent.click(screen.getByRole('button', { name: 'Invoegen als artikel' }))
    const { insertion, record } = onInsert.mock.calls[0]![0]
    expect(insertion!.path).toBe('artikel:273fb')
    expect(insertion!.text.units.map((u) => u.path)).toEqual(['artikel:273f', 'artikel:273fb', 'artikel:273fa'])
    expect(record.insertedAs).toEqual({ version: 'proposed', unitPath: 'artikel:273fb' })
  })

  it('attaches the provision to an article without changing the text', () => {
    const onInsert = mount()
    fireEvent.change(screen.getByLabelText('Plaats'), { target: { value: 'koppelen' } })
    fireEvent.click(screen.getByRole('button', { name: 'Koppelen' }))
    const { insertion, record } = onInsert.mock.calls[0]![0]
    expect(insertion).toBeNull()
    expect(record).toMatchObject({ attachedTo: { version: 'proposed', unitPath: 'artikel:273f' }, insertedAs: null })
  })
})
