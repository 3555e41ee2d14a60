import { lazy } from 'react'
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { I18nProvider } from '../../renderer/i18n/index.js'
import { LoadBoundary } from '../../renderer/app/LoadBoundary.js'

describe('parts loaded when first opened', () => {
  afterEach(() => {
    cleanup()
    vi.restoreAllMocks()
  })

  it('show a message with a reload button when their code cannot be fetched, and leave the rest', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}) // React reports the caught error
    const Broken = lazy(() => Promise.reject(new Error('Failed to fetch dynamically imported module')))
    render(
      <I18nProvider initial="nl">
        <p>de vergelijking</p>
        <LoadBoundary loading={<p>Laden…</p>}><Broken /></LoadBoundary>
      </I18nProvider>,
    )
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('kon niet worden geladen')
    expect(screen.getByRole('button', { name: 'Opnieuw laden' })).toBeTruthy()
    expect(screen.getByText('de vergelijking')).toBeTruthy()
  })

  it('show the part once it has loaded', async () => {
    const Part = lazy(async () => ({ default: () => <p>de werkbank</p> }))
    render(<I18nProvider initial="nl"><LoadBoundary loading={<p>Laden…</p>}><Part /></LoadBoundary></I18nProvider>)
    expect(await screen.findByText('de werkbank')).toBeTruthy()
  })
})
