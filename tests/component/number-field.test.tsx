import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { I18nProvider } from '../../renderer/i18n/index.js'
import { NumberField } from '../../renderer/app/NumberField.js'

describe('renumbering a unit', () => {
  afterEach(cleanup)
  const lid = { type: 'lid' as const, nr: '8a', path: 'artikel:273f/lid:8a' }

  it('refuses a number a sibling has, saying why, and renumbers once the number is free', () => {
    const onSet = vi.fn()
    const taken = (nr: string) => ['8', '9'].includes(nr.replace(/\.$/, ''))
    render(<I18nProvider initial="nl"><NumberField unit={lid} onSet={onSet} taken={taken} /></I18nProvider>)
    const field = screen.getByLabelText('Nummer van dit lid') as HTMLInputElement
    const button = screen.getByRole('button', { name: 'Nummer wijzigen' }) as HTMLButtonElement
    fireEvent.change(field, { target: { value: '9' } })
    expect(screen.getByRole('alert').textContent).toBe('Er is hier al een lid 9: kies een nummer dat nog vrij is.')
    expect(field.getAttribute('aria-invalid')).toBe('true')
    expect(button.disabled).toBe(true)
    fireEvent.submit(field.form!)
    expect(onSet).not.toHaveBeenCalled()
    fireEvent.change(field, { target: { value: '10' } })
    expect(screen.queryByRole('alert')).toBeNull()
    fireEvent.click(button)
    expect(onSet).toHaveBeenCalledWith('10')
  })

  it('refuses what is no number, and takes the forms statutes use', () => {
    const onSet = vi.fn()
    render(<I18nProvider initial="nl"><NumberField unit={lid} onSet={onSet} taken={() => false} /></I18nProvider>)
    const field = screen.getByLabelText('Nummer van dit lid') as HTMLInputElement
    fireEvent.change(field, { target: { value: 'x!' } })
    expect(screen.getByRole('alert').textContent).toMatch(/Een nummer is een getal/)
    fireEvent.submit(field.form!)
    expect(onSet).not.toHaveBeenCalled()
    for (const ok of ['3', '3a', '2°', 'a', 'aa', 'iv', '12.']) {
      fireEvent.change(field, { target: { value: ok } })
      expect(screen.queryByRole('alert'), ok).toBeNull()
    }
  })
})
