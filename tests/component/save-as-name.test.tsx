import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { I18nProvider } from '../../renderer/i18n/index.js'
import { SaveAsDialog } from '../../renderer/app/ProjectDialogs.js'

describe('save as', () => {
  afterEach(cleanup)

  it('says which characters a project name may not hold, and saves nothing until it is fixed', () => {
    const onSave = vi.fn()
    render(<I18nProvider initial="nl"><SaveAsDialog suggested="Vergelijking art. 273f Sr" onSave={onSave} onClose={() => {}} /></I18nProvider>)
    const field = screen.getByLabelText('Naam') as HTMLInputElement
    fireEvent.change(field, { target: { value: 'Consultatie 2026/27: versie 2' } })
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }))
    expect(onSave).not.toHaveBeenCalled()
    expect(screen.getByRole('alert').textContent).toMatch(/mag geen .* bevatten/)
    expect(field.getAttribute('aria-invalid')).toBe('true')
    fireEvent.change(field, { target: { value: 'Consultatie 2026-27, versie 2' } })
    expect(screen.queryByRole('alert')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }))
    expect(onSave).toHaveBeenCalledWith('Consultatie 2026-27, versie 2')
  })
})
