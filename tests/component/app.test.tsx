import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { I18nProvider } from '../../renderer/i18n/index.js'
import { App } from '../../renderer/app/App.js'
import { createFakeHost } from './fake-host.js'

afterEach(cleanup)

const renderApp = (host = createFakeHost()) => {
  const view = render(<I18nProvider initial="nl"><App host={host} /></I18nProvider>)
  return { host, ...view }
}

describe('App', () => {
  it('opens the art. 273f sample by default', async () => {
    const { container } = renderApp()
    await waitFor(() => expect(container.querySelectorAll('table.side-by-side tbody tr').length).toBeGreaterThan(10))
    expect(screen.getByRole('tab', { name: 'Naast elkaar' }).getAttribute('aria-selected')).toBe('true')
    await waitFor(() => expect(container.querySelector('.pm-editor')).not.toBeNull())
  })

  it('switches between the three views of one comparison', async () => {
    const { container } = renderApp()
    await waitFor(() => expect(container.querySelector('table.side-by-side')).not.toBeNull())
    fireEvent.click(screen.getByRole('tab', { name: 'Renvooi' }))
    expect(container.querySelector('.inline-view')).not.toBeNull()
    fireEvent.click(screen.getByRole('tab', { name: 'Structuur' }))
    expect(container.querySelector('.outline-view')).not.toBeNull()
  })

  it('switches the interface to English', async () => {
    renderApp()
    await screen.findByRole('tab', { name: 'Naast elkaar' })
    fireEvent.change(screen.getByLabelText('Taal'), { target: { value: 'en' } })
    await screen.findByRole('tab', { name: 'Side by side' })
    expect(screen.getByRole('button', { name: 'Save' })).toBeTruthy()
  })

  it('shows a clear message for a damaged project and keeps the open comparison', async () => {
    const host = createFakeHost()
    host.files.set('kapot.renvooi', '{ nope')
    const { container } = renderApp(host)
    await waitFor(() => expect(container.querySelector('table.side-by-side')).not.toBeNull())
    fireEvent.click(screen.getByRole('button', { name: 'Project openen…' }))
    fireEvent.click(await screen.findByRole('button', { name: 'kapot.renvooi' }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toMatch(/kapot\.renvooi is geen geldig Renvooi-project/)
    expect(container.querySelector('table.side-by-side')).not.toBeNull()
  })

  it('saves under a name in the browser host', async () => {
    const host = createFakeHost()
    const { container } = renderApp(host)
    await waitFor(() => expect(container.querySelector('table.side-by-side')).not.toBeNull())
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan als…' }))
    fireEvent.change(await screen.findByLabelText('Naam'), { target: { value: 'proef' } })
    await act(async () => {
      fireEvent.submit(screen.getByLabelText('Naam').closest('form')!)
    })
    await screen.findByText('Opgeslagen als proef.renvooi.')
    expect(JSON.parse(host.files.get('proef.renvooi')!).versions).toHaveLength(2)
  })

  it('keeps the non-punishment variants across tabs and through the first save', async () => {
    const host = createFakeHost()
    const { container } = renderApp(host)
    await waitFor(() => expect(container.querySelector('table.side-by-side')).not.toBeNull())
    fireEvent.click(screen.getByRole('tab', { name: 'Non-punishment' }))
    const add = await screen.findByRole('button', { name: 'Variant toevoegen' })
    const variants = () => container.querySelectorAll('.np-variants > button').length
    const before = variants()
    fireEvent.click(add)
    expect(variants()).toBe(before + 1)
    fireEvent.click(screen.getByRole('tab', { name: 'Opmerkingen' }))
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan als…' }))
    fireEvent.change(await screen.findByLabelText('Naam'), { target: { value: 'proef' } })
    await act(async () => {
      fireEvent.submit(screen.getByLabelText('Naam').closest('form')!)
    })
    await screen.findByText('Opgeslagen als proef.renvooi.')
    fireEvent.click(screen.getByRole('tab', { name: 'Non-punishment' }))
    expect(variants()).toBe(before + 1)
  })

  it('offers a recovery copy at start', async () => {
    const host = createFakeHost()
    const sample = await host.readSample('273f-current.md')
    const { createProject } = await import('../../shared/project/index.js')
    host.recovery = { savedAt: '2026-11-23T12:00:00Z', handle: null, project: createProject('hersteld', { label: 'a', format: 'md', content: sample.content, source: null }, { label: 'b', format: 'md', content: sample.content.replace('twaalf', 'dertien'), source: null }) }
    renderApp(host)
    const restore = await screen.findByRole('button', { name: 'Herstellen' })
    fireEvent.click(restore)
    await waitFor(() => expect(document.querySelector('h1 .project-name')!.textContent).toBe('hersteld'))
    expect(document.querySelector('.pm-editor')!.textContent).toContain('dertien')
  })
})

describe('opening a text', () => {
  it('reads a pasted proposal and compares it', async () => {
    const { container } = renderApp()
    await waitFor(() => expect(container.querySelector('table.side-by-side')).not.toBeNull())
    fireEvent.click(screen.getByRole('button', { name: 'Voorstel…' }))
    fireEvent.change(await screen.findByLabelText('Tekst'), { target: { value: '# Artikel 273f\n\n1. Alleen dit lid blijft over.\n' } })
    fireEvent.submit(screen.getByLabelText('Tekst').closest('form')!)
    await waitFor(() => expect(container.querySelectorAll('[data-badge="vervallen"]').length).toBeGreaterThan(5))
    expect(container.querySelector('.pm-editor')!.textContent).toContain('Alleen dit lid blijft over.')
  })

  it('names the pasted text in the message when it cannot be read', async () => {
    const { container } = renderApp()
    await waitFor(() => expect(container.querySelector('table.side-by-side')).not.toBeNull())
    fireEvent.click(screen.getByRole('button', { name: 'Huidige tekst…' }))
    fireEvent.change(await screen.findByLabelText('Tekst'), { target: { value: 'geen wettekst' } })
    fireEvent.submit(screen.getByLabelText('Tekst').closest('form')!)
    expect((await screen.findByRole('alert')).textContent).toMatch(/^geplakte tekst/)
  })
})
