/**
 * The workbench without language leftovers: in English no Dutch model name, note or source
 * caption; in Dutch none of the English ones the tester found. Quotations stay in their language
 * and are marked with it; NI's Schedule 3 reads as a list not reproduced, not as "0 listed".
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { parseText } from '../../shared/parse/index.js'
import { CATALOGUE, type ModelId } from '../../shared/provisions/index.js'
import { I18nProvider, useI18n } from '../../renderer/i18n/index.js'
import { ProvisionWorkbench } from '../../renderer/provisions/ProvisionWorkbench.js'

const proposed = parseText(readFileSync(path.resolve(import.meta.dirname, '../../samples/273f-proposed.md'), 'utf8'), { name: '273f-proposed.md', format: 'md' }).text

function LanguageSwitch() {
  const { language, setLanguage } = useI18n()
  return <button type="button" onClick={() => setLanguage(language === 'en' ? 'nl' : 'en')}>switch language</button>
}

function mount(language: 'nl' | 'en') {
  return render(
    <I18nProvider initial={language}>
      <LanguageSwitch />
      <ProvisionWorkbench proposed={proposed} onInsert={vi.fn()} now={() => '2026-11-23T14:00:00Z'} />
    </I18nProvider>,
  )
}

const add = (id: ModelId, language: 'nl' | 'en') => {
  fireEvent.change(screen.getByLabelText(language === 'en' ? 'New variant from' : 'Nieuwe variant naar'), { target: { value: id } })
  fireEvent.click(screen.getByRole('button', { name: language === 'en' ? 'Add variant' : 'Variant toevoegen' }))
}

/** The text outside the quotations (blockquotes) and the drafted Dutch clause. */
const interfaceText = (root: HTMLElement): string => {
  const copy = root.cloneNode(true) as HTMLElement
  for (const q of copy.querySelectorAll('blockquote, textarea')) q.remove()
  return copy.textContent ?? ''
}

const DUTCH_NAMES = CATALOGUE.filter((m) => m.name.nl !== m.name.en).map((m) => m.name.nl)

afterEach(() => {
  cleanup()
  localStorage.clear()
})

describe('the workbench in English', () => {
  it('offers and shows the models by their English names, nowhere a Dutch one', () => {
    const { container } = mount('en')
    const options = [...(screen.getByLabelText('New variant from') as HTMLSelectElement).options].map((o) => o.textContent)
    expect(options).toEqual(CATALOGUE.map((m) => m.name.en))
    expect(options).toContain('EU Directive 2011/36 art. 8')
    for (const id of CATALOGUE.map((m) => m.id).filter((id) => id !== 'uk-s45')) add(id, 'en')
    expect(screen.getByRole('button', { name: 'Council of Europe Convention art. 26' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Germany § 154c StPO' }).getAttribute('aria-pressed')).toBe('true')
    expect(screen.getByText('UK MSA s. 45 → Belgium art. 433quinquies § 5')).toBeTruthy()
    const text = container.textContent!
    for (const name of DUTCH_NAMES) expect(text).not.toContain(name)
    expect(text).not.toMatch(/Richtlijn|Verdrag|België|Spanje|Duitsland/)
  })

  it('shows the citation, captions, source descriptions and notes in English; the texts stay verbatim and marked', () => {
    mount('en')
    add('be-433quinquies', 'en')
    const sources = screen.getByRole('region', { name: 'Source text Belgium art. 433quinquies § 5' })
    expect(sources.querySelector('h4')!.textContent).toBe('Strafwetboek (Belgian Criminal Code), art. 433quinquies, § 5, inserted by the Act of 22 May 2019 (Belgian Official Gazette, BS, 21 June 2019)')
    expect(interfaceText(sources)).toContain('§ 5 (French) — from memory, not verified — From memory (legal/non-punishment.md)')
    expect([...sources.querySelectorAll('li')].map((li) => li.textContent)[0]).toBe('A ground excluding criminal liability (strafuitsluitingsgrond) in Dutch-language statute text, close to Dutch drafting style.')
    expect(interfaceText(sources)).not.toMatch(/ingevoegd|Uit het geheugen|UIT HET GEHEUGEN|zoals geciteerd/)
    expect([...sources.querySelectorAll('blockquote')].map((q) => q.lang)).toEqual(['nl', 'fr'])
    expect(sources.querySelector('blockquote[lang="nl"]')!.textContent).toContain('loopt geen straf op voor deze misdrijven')
  })

  it('marks each line of a text pairing German and Dutch with its language', () => {
    mount('en')
    add('eu-art8', 'en')
    const paired = screen.getByRole('region', { name: 'Source text EU Directive 2011/36 art. 8' }).querySelectorAll('blockquote')[1]!
    expect([...paired.querySelectorAll('p')].map((p) => [p.textContent!.slice(0, 4), p.lang])).toEqual([['DE: ', 'de'], ['NL: ', 'nl']])
  })

  it('follows a switch of language, also for an adjusted model', () => {
    mount('en')
    add('eu-art8', 'en')
    fireEvent.change(screen.getByLabelText('Duty or power'), { target: { value: 'must' } })
    expect(screen.getByRole('button', { name: 'EU Directive 2011/36 art. 8 (adjusted)' })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'switch language' }))
    expect(screen.getByRole('button', { name: 'EU Richtlijn 2011/36 art. 8 (aangepast)' })).toBeTruthy()
    expect(screen.getByRole('region', { name: 'Brontekst EU Richtlijn 2011/36 art. 8' })).toBeTruthy()
    expect(screen.queryByText(/EU Directive/)).toBeNull()
  })

  it('marks the Dutch unit names in the duplicate warning as Dutch', () => {
    mount('en')
    fireEvent.click(screen.getByRole('button', { name: 'Insert as paragraph (lid)' }))
    const warning = screen.getByRole('alertdialog')
    expect(warning.textContent).toContain('Found in: Artikel 273f, lid 9. A second provision')
    expect(warning.querySelector('span[lang="nl"]')!.textContent).toBe('Artikel 273f, lid 9')
  })
})

describe('the workbench in Dutch', () => {
  it('shows the notes and source captions the tester found in English in Dutch', () => {
    const { container } = mount('nl')
    let sources = screen.getByRole('region', { name: 'Brontekst UK MSA s. 45' })
    const notes = [...sources.querySelectorAll('li')].map((li) => li.textContent!)
    expect(notes.map((n) => n.split(':')[0])).toEqual(['Volwassenen', 'Minderjarigen', 'UIT HET GEHEUGEN, NIET GEVERIFIEERD'])
    expect(interfaceText(sources)).toContain('s. 45 (7) rest en (8) — uit het geheugen, niet geverifieerd — Uit het geheugen (legal/non-punishment.md), niet gecontroleerd aan de officiële tekst')

    add('be-433quinquies', 'nl')
    sources = screen.getByRole('region', { name: 'Brontekst België art. 433quinquies § 5' })
    expect(sources.querySelector('li')!.textContent).toBe('Een strafuitsluitingsgrond in Nederlandstalige wettekst, dicht bij de Nederlandse wetgevingsstijl.')
    for (const id of ['ni-s22', 'scotland-s8', 'eu-art8', 'coe-art26', 'es-177bis', 'de-154c'] as const) {
      add(id, 'nl')
      const text = interfaceText(container)
      expect(text, id).not.toMatch(/FROM MEMORY|From memory|Adults:|Minors:|A strafuitsluitingsgrond|not retrieved|as quoted|the commentator/)
    }
    expect(screen.getByRole('button', { name: 'Schotland s. 8' })).toBeTruthy()
  })
})

describe('NI s. 22: an exclusion list of unknown content', () => {
  it.each([
    ['en', 'all except the offences in Schedule 3 (list not reproduced here)'],
    ['nl', 'alle behalve de feiten in Schedule 3 (lijst hier niet weergegeven)'],
  ] as const)('%s: reads as a list not reproduced, not "0 listed"', (language, summary) => {
    const { container } = mount(language)
    add('ni-s22', language)
    expect(screen.getAllByText(summary).length).toBeGreaterThan(0)
    expect(container.textContent).not.toMatch(/\b0 (listed|genoemd)/)
  })
})
