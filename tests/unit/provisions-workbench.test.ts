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
import { PARAMETER_LABELS, PARAMETER_LABELS_EN } from '../../shared/provisions/explain.js'
import { PARAMETER_NAMES } from '../../shared/provisions/parameters.js'
import { I18nProvider } from '../../renderer/i18n/index.js'
import { MESSAGES, type MessageKey } from '../../renderer/i18n/messages.js'
import { PARAMETER_KEYS } from '../../renderer/provisions/parameter-labels.js'
import { ProvisionWorkbench, type InsertedProvision } from '../../renderer/provisions/ProvisionWorkbench.js'

const proposed = parseText(readFileSync(path.resolve(import.meta.dirname, '../../samples/273f-proposed.md'), 'utf8'), { name: '273f-proposed.md', format: 'md' }).text
const mount = (onInsert = vi.fn<(r: InsertedProvision) => void>()) => {
  render(createElement(ProvisionWorkbench, { proposed, onInsert, now: () => '2026-11-23T14:00:00Z' }))
  return onInsert
}
const draft = (): HTMLTextAreaElement => screen.getByLabelText('Ontwerptekst')
/** The sample proposal already has a non-punishment lid 9: the workbench warns, and the drafter goes on. */
const insertAnyway = (name = 'Toch invoegen') => {
  expect(screen.getByRole('alertdialog')).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name }))
}

afterEach(cleanup)

describe('the provision workbench', () => {
  it('opens on UK s. 45 with its Dutch draft, its coverage and its sources marked by reliability', () => {
    mount()
    expect(screen.getByRole('button', { name: 'UK MSA s. 45' }).getAttribute('aria-pressed')).toBe('true')
    expect(draft().value).toMatch(/^Niet strafbaar is het slachtoffer van mensenhandel/)
    const row = document.querySelector('[data-form="strafbare-activiteiten"]')!
    expect(row.textContent).toMatch(/deels gedekt/)
    expect(row.textContent).toMatch(/diefstal met geweld \(Schedule 4\) \(niet geverifieerd\)/)
    expect(screen.getAllByText('letterlijk').length).toBe(2)
    expect(screen.getByText('uit het geheugen, niet geverifieerd')).toBeTruthy()
  })

  it('compares an added variant: differing rows say so, and the texts are redlined', () => {
    mount()
    fireEvent.change(screen.getByLabelText('Nieuwe variant naar'), { target: { value: 'ni-s22' } })
    fireEvent.click(screen.getByRole('button', { name: 'Variant toevoegen' }))
    const table = screen.getByRole('region', { name: 'Varianten vergeleken' })
    const differing = [...table.querySelectorAll('tr.np-differs th')].map((th) => th.textContent)
    expect(differing).toEqual(['Welke strafbare feiten verschilt', 'Minderjarigen verschilt', 'Wie moet wat aantonen verschilt'])
    expect(within(table).getByText('UK MSA s. 45 → Noord-Ierland s. 22')).toBeTruthy()
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
    insertAnyway()
    expect(onInsert).toHaveBeenCalledTimes(1)
    const { insertion, record } = onInsert.mock.calls[0]![0]
    expect(insertion!.path).toBe('artikel:273f/lid:10')
    expect(insertion!.markdown).toContain('10. Niet strafbaar is het slachtoffer')
    expect(provisionSchema.parse(record)).toMatchObject({ id: 'np-1', model: 'uk-s45', insertedAs: { version: 'proposed', unitPath: 'artikel:273f/lid:10' } })
    expect(screen.getByRole('status').textContent).toBe('Ingevoegd als Artikel 273f, lid 10.')
  })

  it('says why it cannot insert over an existing lid, until asked to replace it', () => {
    const onInsert = mount()
    fireEvent.change(screen.getByLabelText('Lid'), { target: { value: '9' } })
    fireEvent.click(screen.getByRole('button', { name: 'Invoegen als lid' }))
    insertAnyway()
    expect(screen.getByRole('alert').textContent).toBe('Artikel 273f heeft al een lid 9.')
    expect(onInsert).not.toHaveBeenCalled()
    // Replacing lid 9, the existing clause, adds no second one: no warning.
    fireEvent.click(screen.getByLabelText('Bestaande eenheid vervangen'))
    fireEvent.click(screen.getByRole('button', { name: 'Invoegen als lid' }))
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(onInsert.mock.calls[0]![0].insertion!.path).toBe('artikel:273f/lid:9')
  })

  it('inserts the clause as a new article after the chosen one, numbered and placed after those already inserted there', () => {
    const onInsert = mount()
    fireEvent.change(screen.getByLabelText('Plaats'), { target: { value: 'artikel' } })
    // The sample proposal has 273fa after 273f already: the suggestion is the next letter.
    expect((screen.getByLabelText('Nieuw artikel') as HTMLInputElement).value).toBe('273fb')
    fireEvent.click(screen.getByRole('button', { name: 'Invoegen als artikel' }))
    insertAnyway()
    const { insertion, record } = onInsert.mock.calls[0]![0]
    expect(insertion!.path).toBe('artikel:273fb')
    // After 273fa, so the numbers keep rising (it went between 273f and 273fa before).
    expect(insertion!.text.units.map((u) => u.path)).toEqual(['artikel:273f', 'artikel:273fa', 'artikel:273fb'])
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

  it('speaks English when the interface is switched, and leaves the drafted text and the sources Dutch/original', () => {
    const onInsert = vi.fn<(r: InsertedProvision) => void>()
    const { container } = render(createElement(I18nProvider, { initial: 'en', children: createElement(ProvisionWorkbench, { proposed, onInsert, now: () => '2026-11-23T14:00:00Z' }) }))
    // The statute text being drafted stays Dutch, and says so.
    const text = screen.getByLabelText('Draft text (Dutch)') as HTMLTextAreaElement
    expect(text.value).toMatch(/^Niet strafbaar is het slachtoffer van mensenhandel/)
    expect(text.lang).toBe('nl')
    expect(document.querySelector('[data-form="strafbare-activiteiten"]')!.textContent).toMatch(/partly covered/)
    expect(screen.getAllByText('verbatim').length).toBe(2)
    expect(screen.getByText('from memory, not verified')).toBeTruthy()
    expect((screen.getByLabelText('Paragraph (lid)') as HTMLInputElement).value).toBe('10')
    expect((screen.getByLabelText('Adults: compulsion') as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('compelled by another person or by circumstances')

    fireEvent.change(screen.getByLabelText('New variant from'), { target: { value: 'ni-s22' } })
    fireEvent.click(screen.getByRole('button', { name: 'Add variant' }))
    const table = screen.getByRole('region', { name: 'Variants compared' })
    expect([...table.querySelectorAll('tr.np-differs th')].map((th) => th.textContent)).toEqual(['Which offences differs', 'Minors differs', 'Who has to show what differs'])
    fireEvent.change(screen.getByLabelText('Duty or power'), { target: { value: 'may' } })
    expect(screen.getByRole('button', { name: 'NI s. 22 (adjusted)' })).toBeTruthy()
    expect(screen.getByRole('region', { name: 'Source text NI s. 22' })).toBeTruthy()

    // No Dutch interface text is left outside the parts marked lang="nl" (shared/provisions' Dutch).
    const dutchOnly = new Set(Object.entries(MESSAGES.nl).filter(([k, nl]) => k.startsWith('provisions.') && !nl.includes('{') && nl !== MESSAGES.en[k as MessageKey]).map(([, nl]) => nl))
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT)
    const leaks: string[] = []
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.parentElement!.closest('[lang="nl"]') && dutchOnly.has(n.textContent!.trim())) leaks.push(n.textContent!.trim())
    }
    for (const el of container.querySelectorAll('[aria-label]')) if (dutchOnly.has(el.getAttribute('aria-label')!)) leaks.push(el.getAttribute('aria-label')!)
    expect(leaks).toEqual([])

    // The explanations computed in shared/provisions follow the interface language too.
    const explanations = container.querySelector('.np-explanations')!
    expect(explanations.textContent).toContain('It is a power, not a duty')
    expect(explanations.querySelector('dd')!.lang).toBe('en')
    expect(screen.getByRole('region', { name: 'Coverage' }).textContent).toContain('exploitation of criminal activities (uitbuiting van strafbare activiteiten)')

    fireEvent.click(screen.getByRole('button', { name: 'Insert as paragraph (lid)' }))
    insertAnyway('Insert anyway')
    expect(onInsert.mock.calls[0]![0].insertion!.path).toBe('artikel:273f/lid:10')
    expect(screen.getByRole('status').textContent).toBe('Inserted as Artikel 273f, lid 10.')
  })

  it('keeps the Dutch parameter names in messages.ts equal to shared/provisions', () => {
    for (const name of PARAMETER_NAMES) expect(MESSAGES.nl[PARAMETER_KEYS[name]]).toBe(PARAMETER_LABELS[name])
  })

  it('keeps the English parameter names in messages.ts equal to shared/provisions', () => {
    for (const name of PARAMETER_NAMES) expect(MESSAGES.en[PARAMETER_KEYS[name]]).toBe(PARAMETER_LABELS_EN[name])
  })
})
